/**
 * The saved session: the current step and answers, kept in localStorage under a versioned key so that
 * a reload, a return visit and browser history all restore from one place. Everything read back is
 * validated; what cannot be read is reported in plain words and offered as a download, never dropped
 * silently.
 */
import { z } from 'zod/mini';
import { readAnswers, withoutRetiredOptions, type KnownAnswers } from '../catalogue/answers';
import { isMultiChoice, questionIds, type QuestionId } from '../catalogue/questions';

export const storageKey = 'nightlegs.session';
export const currentVersion = 2;

export interface SavedSession {
  version: typeof currentVersion;
  savedAt: string;
  step: string;
  answers: KnownAnswers;
  returningToReview: boolean;
  /** An old answer was replaced by the options it was split into: check-answers says so, once. */
  carriedOver: boolean;
}

const savedSessionSchema = z.object({
  version: z.literal(currentVersion),
  savedAt: z.string().check(z.maxLength(64)),
  step: z.string().check(z.maxLength(64)),
  answers: z.record(z.string(), z.unknown()),
  returningToReview: z._default(z.boolean(), false),
  carriedOver: z._default(z.boolean(), false),
});

/**
 * Version 2 asks who is answering and when it started, and split the wound-or-toxin red flag in two.
 * A retired option is replaced by the options it was split into (and the person is told once). The
 * journey then asks only the questions still unanswered (the two new ones) and returns to the review,
 * instead of walking through every answer again.
 */
function toVersion2(document: Record<string, unknown>): Record<string, unknown> {
  const answers = document.answers;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return { ...document, version: 2 };
  let carriedOver = false;
  // Built with fromEntries, so that a key such as "__proto__" stays an own key and is reported later.
  const upgraded: Record<string, unknown> = Object.fromEntries(
    Object.entries(answers).map(([id, value]) => {
      if (!questionIds.includes(id as QuestionId) || !isMultiChoice(id as QuestionId) || !Array.isArray(value)) return [id, value];
      const { ticked, replaced } = withoutRetiredOptions(id as QuestionId, value);
      carriedOver ||= replaced;
      return [id, ticked];
    }),
  );
  const hasAnswers = Object.keys(upgraded).length > 0;
  return {
    ...document,
    version: 2,
    answers: upgraded,
    carriedOver,
    returningToReview: document.returningToReview === true || hasAnswers,
  };
}

/** Older formats are upgraded one version at a time by these functions, keyed by the version they read. */
export const migrations: Record<number, (document: Record<string, unknown>) => Record<string, unknown>> = {
  1: toVersion2,
};

export type LoadProblem =
  /** Not JSON, or not an object. */
  | 'corrupt'
  /** Saved by a newer version of the app than this one. */
  | 'newerVersion'
  /** A version this app never wrote, or a document of the wrong shape. */
  | 'unknownFormat'
  /** Some answers were not recognised and were left out. */
  | 'someAnswersDropped';

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'loaded'; session: SavedSession }
  | { kind: 'recovered'; session: SavedSession; problem: 'someAnswersDropped'; raw: string }
  | { kind: 'unreadable'; problem: Exclude<LoadProblem, 'someAnswersDropped'>; raw: string }
  | { kind: 'storageUnavailable' };

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // private mode or storage disabled: reading the property itself can throw
  }
}

/** The saved session exactly as stored, for the person to download when nothing else works; never throws. */
export function savedText(): string | null {
  try {
    return storage()?.getItem(storageKey) ?? null;
  } catch {
    return null;
  }
}

/** Reads a saved session's text; never throws. */
export function parseSession(raw: string): Exclude<LoadResult, { kind: 'empty' } | { kind: 'storageUnavailable' }> {
  let document: unknown;
  try {
    document = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', problem: 'corrupt', raw };
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return { kind: 'unreadable', problem: 'corrupt', raw };
  }
  let current = document as Record<string, unknown>;
  for (let guard = 0; guard < 100; guard++) {
    const version = current.version;
    if (typeof version === 'number' && version > currentVersion) return { kind: 'unreadable', problem: 'newerVersion', raw };
    const migrate = typeof version === 'number' ? migrations[version] : undefined;
    if (!migrate) break;
    try {
      current = migrate(current);
    } catch {
      return { kind: 'unreadable', problem: 'unknownFormat', raw };
    }
  }
  const parsed = savedSessionSchema.safeParse(current);
  if (!parsed.success) return { kind: 'unreadable', problem: 'unknownFormat', raw };
  const answers = readAnswers(parsed.data.answers);
  const session: SavedSession = { ...parsed.data, version: currentVersion, answers };
  return lostAnswers(parsed.data.answers, answers)
    ? { kind: 'recovered', session, problem: 'someAnswersDropped', raw }
    : { kind: 'loaded', session };
}

/** Whether reading dropped anything: an unknown question, or an option id this version does not have. */
function lostAnswers(saved: Record<string, unknown>, kept: KnownAnswers): boolean {
  const keptRecord = kept as Record<string, unknown>;
  return Object.keys(saved).some((id) => {
    if (!Object.prototype.hasOwnProperty.call(keptRecord, id)) return true;
    const before = saved[id];
    const after = keptRecord[id];
    return Array.isArray(before) && Array.isArray(after) ? before.length !== after.length : false;
  });
}

export function loadSession(): LoadResult {
  const store = storage();
  if (!store) return { kind: 'storageUnavailable' };
  let raw: string | null;
  try {
    raw = store.getItem(storageKey);
  } catch {
    return { kind: 'storageUnavailable' };
  }
  return raw === null ? { kind: 'empty' } : parseSession(raw);
}

export type SaveResult = 'saved' | 'quotaExceeded' | 'storageUnavailable';

export function saveSession(
  session: Omit<SavedSession, 'version' | 'savedAt' | 'carriedOver'> & { carriedOver?: boolean },
  now = new Date(),
): SaveResult {
  const store = storage();
  if (!store) return 'storageUnavailable';
  const document: SavedSession = { version: currentVersion, savedAt: now.toISOString(), carriedOver: false, ...session };
  try {
    store.setItem(storageKey, JSON.stringify(document));
    return 'saved';
  } catch (error) {
    return error instanceof DOMException && /quota/i.test(error.name) ? 'quotaExceeded' : 'storageUnavailable';
  }
}

export function forgetSession(): void {
  try {
    storage()?.removeItem(storageKey);
  } catch {
    // Nothing saved can be reached, so there is nothing to forget.
  }
}

/** Offers text as a file download, so that unreadable saved answers are handed over, not lost. */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
