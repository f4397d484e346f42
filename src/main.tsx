import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppRoot } from './app-root';
import { loadSession } from './persistence/saved-session';
import './ui/styles.css';
import './gp/gp.css';
import './ui/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/**
 * The built index.html holds the start page prerendered as a first-time visitor in patient mode sees
 * it (src/prerender.tsx). It is hydrated only when this first render is that same page: patient mode,
 * nothing saved (so nothing to resume and no problem to tell; see `Session` in app.tsx). Otherwise
 * (GP mode, a saved journey, unreadable or unreachable storage, or the dev server, which prerenders
 * nothing) React renders afresh and replaces the prerendered page when it commits.
 */
function showsPrerenderedPage(): boolean {
  if (root?.firstElementChild === null) return false;
  if (new URLSearchParams(window.location.search).get('mode') === 'gp') return false;
  return loadSession().kind === 'empty';
}

if (showsPrerenderedPage()) {
  hydrateRoot(root, <AppRoot />);
} else {
  createRoot(root).render(<AppRoot />);
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

if (import.meta.env.VITE_SERVICE_WORKER === true && 'serviceWorker' in navigator) {
  if (document.readyState === 'complete') registerServiceWorker();
  else window.addEventListener('load', registerServiceWorker, { once: true });
}
