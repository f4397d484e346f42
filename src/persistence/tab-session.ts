/**
 * This tab's hold on the saved session. Several tabs of the app share one saved session, and any of
 * them may save at any time: each tab remembers the text it last read or wrote, and a save refuses to
 * overwrite text that another tab has written since (`changedElsewhere`), so that no tab replaces newer
 * answers with older ones unseen. The tab then moves to the newer answers and says so.
 */
import { forgetSession, saveSession, savedText, type SaveResult } from './saved-session';

export type TabSaveResult = SaveResult | 'changedElsewhere';

export interface TabSession {
  /** Saves, unless another tab has saved or forgotten the session since this tab last read or wrote it. */
  save(session: Parameters<typeof saveSession>[0], now?: Date): TabSaveResult;
  /** Forgets the saved session, at this person's request. */
  forget(): void;
  /** This tab has now seen `raw` (what another tab saved), and may save over it. */
  seen(raw: string | null): void;
  /** Whether `raw` is what this tab last read or wrote. */
  knows(raw: string | null): boolean;
}

/** `raw`: the saved session as this tab read it when it opened. */
export function tabSession(raw: string | null): TabSession {
  let known = raw;
  return {
    save(session, now) {
      if (savedText() !== known) return 'changedElsewhere';
      const result = saveSession(session, now);
      if (result === 'saved') known = savedText();
      return result;
    },
    forget() {
      forgetSession();
      known = null;
    },
    seen(next) {
      known = next;
    },
    knows(next) {
      return next === known;
    },
  };
}
