import { useEffect, useRef } from 'react';
import type { Actor } from 'xstate';
import { currentStep, type questionnaireMachine } from '../questionnaire/questionnaire-machine';

interface HistoryEntry {
  app: 'nightlegs';
  index: number;
  step: string;
}

function entryOf(state: unknown): HistoryEntry | null {
  return typeof state === 'object' && state !== null && (state as HistoryEntry).app === 'nightlegs'
    ? (state as HistoryEntry)
    : null;
}

/**
 * An in-page link ("Skip to main content", a numbered citation) would add a history entry of its
 * own, which is not a page of the questionnaire: the next Back would only leave that entry and seem
 * to do nothing. So such a link replaces the current entry's address instead (the browser still
 * scrolls to the target and moves the keyboard's starting point there), and the entry keeps its
 * place in the questionnaire's history.
 */
function followInPageLinksInPlace(event: MouseEvent): void {
  const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
  // Ctrl or Cmd and click opens a new tab, which adds nothing to this tab's history.
  if (!(link instanceof HTMLAnchorElement) || !link.hash || event.defaultPrevented || event.ctrlKey || event.metaKey) return;
  event.preventDefault();
  const { state } = window.history;
  window.location.replace(link.hash);
  // A fragment navigation leaves the entry with no state: give it back the questionnaire's.
  window.history.replaceState(state, '');
}

/**
 * Keeps the browser's Back and Forward in step with the questionnaire: every new page is a history
 * entry; Back and Forward are sent to the machine as `nav.back` / `nav.forward`, so the machine still
 * decides where they lead, and no answer is lost. The in-page Back link uses the same route.
 */
export function useBrowserHistory(actor: Actor<typeof questionnaireMachine>): () => void {
  const index = useRef(0);
  const fromHistory = useRef(false);

  useEffect(() => {
    const existing = entryOf(window.history.state);
    index.current = existing?.index ?? 0;
    const step = currentStep(actor.getSnapshot());
    window.history.replaceState({ app: 'nightlegs', index: index.current, step } satisfies HistoryEntry, '');

    let shown = step;
    const subscription = actor.subscribe((snapshot) => {
      const next = currentStep(snapshot);
      if (next === shown) return;
      shown = next;
      if (fromHistory.current) {
        window.history.replaceState({ app: 'nightlegs', index: index.current, step: next } satisfies HistoryEntry, '');
      } else {
        index.current += 1;
        window.history.pushState({ app: 'nightlegs', index: index.current, step: next } satisfies HistoryEntry, '');
      }
    });

    const onPopState = (event: PopStateEvent) => {
      const entry = entryOf(event.state);
      if (!entry) return;
      const moves = entry.index - index.current;
      index.current = entry.index;
      fromHistory.current = true;
      for (let i = 0; i < Math.abs(moves); i++) actor.send({ type: moves < 0 ? 'nav.back' : 'nav.forward' });
      fromHistory.current = false;
      // Where the machine really is now, in case Back or Forward led elsewhere than the entry said.
      const step = currentStep(actor.getSnapshot());
      shown = step;
      window.history.replaceState({ app: 'nightlegs', index: index.current, step } satisfies HistoryEntry, '');
    };
    window.addEventListener('popstate', onPopState);
    document.addEventListener('click', followInPageLinksInPlace);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('popstate', onPopState);
      document.removeEventListener('click', followInPageLinksInPlace);
    };
  }, [actor]);

  // The in-page Back link walks the same history, so that browser Forward can undo it.
  return () => {
    if (index.current > 0) window.history.back();
    else actor.send({ type: 'nav.back' });
  };
}
