import { useCallback, useEffect } from 'react';
import type { Actor } from 'xstate';
import { loadSession } from '../persistence/saved-session';
import { currentStep, type questionnaireMachine, type QuestionnaireSnapshot } from '../questionnaire/questionnaire-machine';
import { newVersionDeployed, onUpdateAnnounced, readyUpdate } from './app-update';

/**
 * Whether the saved session holds exactly the page on show and its answers, so that a reload resumes
 * there with every answer (or there is nothing to keep). Never true when saving failed.
 */
function savedAsShown(snapshot: QuestionnaireSnapshot): boolean {
  const step = currentStep(snapshot);
  const { answers } = snapshot.context;
  const loaded = loadSession();
  if (loaded.kind === 'empty') return step === 'start' && Object.keys(answers).length === 0;
  if (loaded.kind !== 'loaded' || loaded.session.step !== step) return false;
  const saved: Record<string, unknown> = loaded.session.answers;
  const shown: Record<string, unknown> = answers;
  const ids = new Set([...Object.keys(saved), ...Object.keys(shown)]);
  return [...ids].every((id) => JSON.stringify(saved[id]) === JSON.stringify(shown[id]));
}

/**
 * Moves this tab to a new version of the app only at a natural point: just after a page change (the
 * answers of the page before are saved, the new page has nothing ticked yet) or on the start page, and
 * only when the saved session matches the page on show, so that the reload resumes there with every
 * answer. Returns what to do when a part of the app fails to load: if a new version has replaced it,
 * reload into that version at the same step; otherwise the page says to check the connection.
 */
export function useSafeUpdate(actor: Actor<typeof questionnaireMachine>): () => void {
  useEffect(() => {
    const applyIfSafe = () => {
      const step = currentStep(actor.getSnapshot());
      void readyUpdate().then((apply) => {
        const now = actor.getSnapshot();
        if (apply && currentStep(now) === step && savedAsShown(now)) apply();
      });
    };
    let shown = currentStep(actor.getSnapshot());
    const subscription = actor.subscribe((next) => {
      const step = currentStep(next);
      if (step === shown) return;
      shown = step;
      // After this change has been saved (useAutosave saves it in its own subscription).
      setTimeout(applyIfSafe, 0);
    });
    const stopListening = onUpdateAnnounced(() => {
      if (currentStep(actor.getSnapshot()) === 'start') applyIfSafe();
    });
    if (shown === 'start') applyIfSafe();
    return () => {
      subscription.unsubscribe();
      stopListening();
    };
  }, [actor]);

  return useCallback(() => {
    void newVersionDeployed().then((deployed) => {
      if (deployed && savedAsShown(actor.getSnapshot())) window.location.reload();
    });
  }, [actor]);
}
