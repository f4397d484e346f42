/**
 * A new version of the app, and how this tab moves to it. The service worker registration
 * (src/app/main.tsx) says whether a new version is ready, and announces one when it is installed;
 * `useSafeUpdate` applies it at a natural point of the journey, never under a person half-way through a page.
 */
/** How to switch to a new version that is ready, or null while there is none. */
type UpdateSource = () => Promise<(() => void) | null>;

let source: UpdateSource = () => Promise.resolve(null);
const listeners = new Set<() => void>();

/** Where updates come from (the service worker registration); asked afresh each time. */
export function watchForUpdates(next: UpdateSource): void {
  source = next;
  announceUpdate();
}

/** Tells the app that an update may now be ready. */
export function announceUpdate(): void {
  for (const listener of listeners) listener();
}

export function onUpdateAnnounced(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How to switch to the new version, if one is ready now. */
export function readyUpdate(): Promise<(() => void) | null> {
  return source().catch(() => null);
}

/**
 * Whether the server now has another version than the one this page runs: the build's `version.js`
 * names its entry script. It is imported, not fetched, because the page may not connect anywhere
 * (connect-src 'none'); the service worker does not cache it, so it always comes from the server.
 * False when it cannot be reached (offline) or there is none (the dev server).
 */
export async function newVersionDeployed(): Promise<boolean> {
  const ours = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.getAttribute('src');
  if (!ours) return false;
  try {
    const probe = `${import.meta.env.BASE_URL}version.js?at=${Date.now()}`;
    const { entry } = (await import(/* @vite-ignore */ probe)) as { entry?: unknown };
    return typeof entry === 'string' && entry !== ours;
  } catch {
    return false;
  }
}
