/**
 * What the app finds when it opens: a session to resume (and whether this is a reload of the same tab,
 * which resumes at once), and any problem with the saved data to tell the person about.
 */
import { loadSession, savedText, type LoadProblem, type SavedSession } from './saved-session';

const tabKey = 'nightlegs.tab-open';

export type SessionNotice =
  | { kind: 'unreadable' | 'recovered'; problem: LoadProblem; raw: string }
  | { kind: 'storageUnavailable' }
  | { kind: 'quotaExceeded' }
  /** Another tab of the app saved newer answers, or removed them; this tab has moved to them. */
  | { kind: 'changedElsewhere' }
  | { kind: 'removedElsewhere' };

export interface OpenedSession {
  saved: SavedSession | null;
  /** A reload of a tab that had the app open within the last day: resume without asking. */
  isReload: boolean;
  notice: SessionNotice | null;
  /** The saved session exactly as stored when the app opened (see tab-session.ts). */
  raw: string | null;
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

/**
 * A tab left open for longer than this may be another person's by now (a shared computer): even a
 * reload then asks before showing the saved answers.
 */
export const resumeWithoutAskingFor = 24 * 60 * 60 * 1000;

function isRecent(savedAt: string, now: number): boolean {
  const saved = Date.parse(savedAt);
  return Number.isFinite(saved) && now - saved >= 0 && now - saved < resumeWithoutAskingFor;
}

/** Nothing saved and nothing to tell: a first visit. */
export const nothingSaved: OpenedSession = { saved: null, isReload: false, notice: null, raw: null };

/**
 * How the app opens: straight back into the journey (a reload of a recent tab), asking first
 * (a return visit, or a tab left open too long), or at the start (nothing in progress). A session that
 * holds answers is in progress on whatever step it was saved, the start page included: someone who
 * went Back to the start and then reloaded, or followed the link to the other mode, keeps them.
 */
export type Opening = 'resume' | 'ask' | 'fresh';

export function openingOf(opened: OpenedSession): Opening {
  const { saved } = opened;
  const inProgress = saved !== null && (saved.step !== 'start' || Object.keys(saved.answers).length > 0);
  if (!inProgress) return 'fresh';
  return opened.isReload ? 'resume' : 'ask';
}

export function openSession(now = Date.now()): OpenedSession {
  const tabWasOpen = markTabOpen();
  return { ...readOpenedSession(loadSession(), tabWasOpen, now), raw: savedText() };
}

function readOpenedSession(loaded: ReturnType<typeof loadSession>, tabWasOpen: boolean, now: number): Omit<OpenedSession, 'raw'> {
  switch (loaded.kind) {
    case 'empty':
      return { saved: null, isReload: tabWasOpen, notice: null };
    case 'loaded':
      return { saved: loaded.session, isReload: tabWasOpen && isRecent(loaded.session.savedAt, now), notice: null };
    case 'recovered':
      return {
        saved: loaded.session,
        isReload: tabWasOpen && isRecent(loaded.session.savedAt, now),
        notice: { kind: 'recovered', problem: loaded.problem, raw: loaded.raw },
      };
    case 'unreadable':
      return { saved: null, isReload: tabWasOpen, notice: { kind: 'unreadable', problem: loaded.problem, raw: loaded.raw } };
    case 'storageUnavailable':
      return { saved: null, isReload: tabWasOpen, notice: { kind: 'storageUnavailable' } };
  }
}
