/**
 * What the app finds when it opens: a session to resume (and whether this is a reload of the same tab,
 * which resumes at once), and any problem with the saved data to tell the person about.
 */
import { loadSession, type LoadProblem, type SavedSession } from './saved-session';

const tabKey = 'nightlegs.tab-open';

export type SessionNotice =
  | { kind: 'unreadable' | 'recovered'; problem: LoadProblem; raw: string }
  | { kind: 'storageUnavailable' }
  | { kind: 'quotaExceeded' };

export interface OpenedSession {
  saved: SavedSession | null;
  /** A reload of a tab that already had the app open: resume without asking. */
  isReload: boolean;
  notice: SessionNotice | null;
}

/** sessionStorage lives as long as the tab, so a mark there tells a reload from a new visit. */
function markTabOpen(): boolean {
  try {
    const wasOpen = window.sessionStorage.getItem(tabKey) === '1';
    window.sessionStorage.setItem(tabKey, '1');
    return wasOpen;
  } catch {
    return false;
  }
}

export function openSession(): OpenedSession {
  const isReload = markTabOpen();
  const loaded = loadSession();
  switch (loaded.kind) {
    case 'empty':
      return { saved: null, isReload, notice: null };
    case 'loaded':
      return { saved: loaded.session, isReload, notice: null };
    case 'recovered':
      return { saved: loaded.session, isReload, notice: { kind: 'recovered', problem: loaded.problem, raw: loaded.raw } };
    case 'unreadable':
      return { saved: null, isReload, notice: { kind: 'unreadable', problem: loaded.problem, raw: loaded.raw } };
    case 'storageUnavailable':
      return { saved: null, isReload, notice: { kind: 'storageUnavailable' } };
  }
}
