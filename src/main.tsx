import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppRoot } from './app-root';
import { loadSession } from './persistence/saved-session';

/**
 * The built index.html holds the start page prerendered as a first-time visitor sees it
 * (src/prerender.tsx), in the mode `data-start-page` names (src/start-page.ts swaps in the GP one
 * for `?mode=gp`). It is hydrated only when this first render is that same page: the same mode,
 * nothing saved (so nothing to resume and no problem to tell; see `Session` in app.tsx). Otherwise
 * (a saved journey, unreadable or unreachable storage, or the dev server, which prerenders nothing)
 * React renders afresh and replaces the prerendered page when it commits.
 */
function showsPrerenderedPage(root: HTMLElement): boolean {
  if (root.firstElementChild === null) return false;
  const mode = new URLSearchParams(window.location.search).get('mode') === 'gp' ? 'gp' : 'patient';
  if (root.dataset.startPage !== mode) return false;
  return loadSession().kind === 'empty';
}

/**
 * Called by src/boot.ts once this module has loaded. Reading the saved session and hydrating are
 * separate tasks, so that neither holds the main thread for long on a slow phone.
 */
export async function startApp(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const hydrate = showsPrerenderedPage(root);
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (hydrate) {
    // As a transition, hydration yields to the browser every few milliseconds instead of holding the
    // main thread for the whole page; a click meanwhile makes React hydrate what was clicked first.
    startTransition(() => {
      hydrateRoot(root, <AppRoot />);
    });
  } else {
    createRoot(root).render(<AppRoot />);
  }
  if (import.meta.env.VITE_SERVICE_WORKER === true && 'serviceWorker' in navigator) {
    if (document.readyState === 'complete') registerServiceWorker();
    else window.addEventListener('load', registerServiceWorker, { once: true });
  }
}

/**
 * Offline use, in builds only (see `serviceWorkerFlag` in vite.config.ts): the service worker that
 * vite-plugin-pwa generates precaches the whole app. It is registered once the page has loaded, so
 * that it never competes with the first screen, and each later visit asks for a new version. A new
 * version's worker takes over at once; the page then reloads into the new version. A reload resumes
 * at the same step with the same answers (src/persistence), and the old page is never left asking
 * for files that the new cache no longer holds.
 */
function registerServiceWorker(): void {
  const { serviceWorker } = navigator;
  // A page an older worker already served: a change of controller now is a new version taking over.
  const hadWorker = serviceWorker.controller !== null;
  let reloading = false;
  serviceWorker.addEventListener('controllerchange', () => {
    if (!hadWorker || reloading) return;
    reloading = true;
    window.location.reload();
  });
  serviceWorker
    .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
    // Registering an existing worker does not look for a new version: ask, each time the app opens.
    .then((registration) => (hadWorker ? registration.update() : undefined))
    .catch(() => {
      // Offline, or no service worker at all: the app works without one; there is nothing to tell.
    });
}
