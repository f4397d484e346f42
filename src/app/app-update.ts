/**
 * A new version of the app, and how this tab moves to it. The service worker registration
 * (src/app/main.tsx) offers an update when a new version is installed; `useSafeUpdate` applies it at a
 * natural point of the journey, never under a person half-way through a page.
 */
let apply: (() => void) | null = null;
const listeners = new Set<() => void>();

export function offerUpdate(applyIt: () => void): void {
  apply = applyIt;
  for (const listener of listeners) listener();
}

export function updateReady(): boolean {
  return apply !== null;
}

export function onUpdateReady(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function applyUpdate(): void {
  const applyIt = apply;
  apply = null;
  applyIt?.();
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
