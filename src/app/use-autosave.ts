import { useEffect, useState } from 'react';
import type { Actor } from 'xstate';
import type { SessionNotice } from '../persistence/open-session';
import type { TabSession } from '../persistence/tab-session';
import { currentStep, type questionnaireMachine } from '../questionnaire/questionnaire-machine';

/**
 * Saves the journey on this device after every change, so that a reload or a return visit loses no
 * answer; back on an empty start page there is nothing to keep, and the saved copy goes. A save that
 * fails (storage full or switched off) is told through `onNotice`; a save refused because another tab
 * has saved newer answers calls `onChangedElsewhere`. Both must keep their identity.
 * `forget()` deletes the saved copy at the person's request; `forgotten` stays true until the next save.
 * `carriedOver` says whether the review still has to tell of an answer carried over from an old format.
 */
export function useAutosave(
  actor: Actor<typeof questionnaireMachine>,
  tab: TabSession,
  onNotice: (notice: SessionNotice) => void,
  onChangedElsewhere: () => void,
  carriedOver: () => boolean,
): { forgotten: boolean; forget: () => void } {
  const [forgotten, setForgotten] = useState(false);
  useEffect(() => {
    const subscription = actor.subscribe((next) => {
      const step = currentStep(next);
      const { answers, returningToReview } = next.context;
      if (step === 'start' && Object.keys(answers).length === 0) {
        tab.forget();
        return;
      }
      setForgotten(false);
      const result = tab.save({ step, answers, returningToReview, carriedOver: carriedOver() });
      if (result === 'changedElsewhere') onChangedElsewhere();
      else if (result !== 'saved') onNotice({ kind: result });
    });
    return () => subscription.unsubscribe();
  }, [actor, tab, onNotice, onChangedElsewhere, carriedOver]);
  return {
    forgotten,
    forget: () => {
      tab.forget();
      setForgotten(true);
    },
  };
}
