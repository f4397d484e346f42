import { useCallback, useEffect, useRef, useState } from 'react';
import type { Actor } from 'xstate';
import { currentStep, type questionnaireMachine } from '../questionnaire/questionnaire-machine';

/**
 * Whether the review should say that an old answer was carried over (replaced by the options it was
 * split into, in a saved session or an imported file). It is said once: leaving the review, or starting
 * again, forgets it. Until then it is saved with the session (`pending`), so that a reload keeps it.
 */
export function useCarriedOver(
  actor: Actor<typeof questionnaireMachine>,
  initially: boolean,
): { carriedOver: boolean; markCarriedOver: () => void; pending: () => boolean } {
  const [carriedOver, setCarriedOver] = useState(initially);
  const ref = useRef(initially);
  const set = (value: boolean) => {
    ref.current = value;
    setCarriedOver(value);
  };
  useEffect(() => {
    let shown = currentStep(actor.getSnapshot());
    const subscription = actor.subscribe((next) => {
      const step = currentStep(next);
      const leftReview = shown === 'checkAnswers' && step !== 'checkAnswers';
      const startedAgain = step === 'start' && Object.keys(next.context.answers).length === 0;
      shown = step;
      if (ref.current && (leftReview || startedAgain)) set(false);
    });
    return () => subscription.unsubscribe();
  }, [actor]);
  // Stable, so that the autosave does not subscribe again on every render.
  const pending = useCallback(() => ref.current, []);
  return { carriedOver, markCarriedOver: () => set(true), pending };
}
