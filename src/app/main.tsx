import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { opensAsFirstVisit, type AppStart } from './app';
import { AppRoot } from './app-root';
import { openSession } from '../persistence/open-session';
import { announceUpdate, watchForUpdates } from './app-update';

/**
 * Everything the app takes from the browser, read once here and passed in, so that rendering reads
 * nothing: the saved session (which also marks this tab as open, to tell a later reload), and the
 * mode in the address.
 */
export function readBrowser(): AppStart {
  return {
    opened: openSession(),
    mode: new URLSearchParams(window.location.search).get('mode') === 'gp' ? 'gp' : 'patient',
  };
}

/**
 * Called by src/boot.ts once this module has loaded. Reading the saved session and hydrating are
 * separate tasks, so that neither holds the main thread for long on a slow phone.
 *
 * The built index.html holds the start page of a first visit (src/prerender.tsx), in the mode its
 * `data-start-page` names (src/start-page.ts swaps in the GP one for `?mode=gp` before the first
 * paint). It is hydrated only when the app opens on that same page; otherwise (a journey to resume or
 * ask about, a problem with the saved data to tell, or the dev server, which prerenders nothing)
 * React renders afresh and replaces the prerendered page when it commits.
 */
export async function startApp(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const start = readBrowser();
  const hydrate = root.firstElementChild !== null && opensAsFirstVisit(start, root.dataset.startPage);
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (hydrate) {
    // As a transition, hydration yields to the browser every few milliseconds instead of holding the
    // main thread for the whole page; a click meanwhile makes React hydrate what was clicked first.
    startTransition(() => {
      hydrateRoot(root, <AppRoot {...start} />);
    });
  } else {
    createRoot(root).render(<AppRoot {...start} />);
  }
  if (import.meta.env.VITE_SERVICE_WORKER === true && 'serviceWorker' in navigator) {
    if (document.readyState === 'complete') registerServiceWorker();
    else window.addEventListener('load', registerServiceWorker, { once: true });
  }
}

/**
 * Offline use, in builds only (see `serviceWorkerFlag` in vite.config.ts): the service worker that
 * vite-plugin-pwa generates precaches the whole app. It is registered once the page has loaded, so
 * that it never competes with the first screen, and each later visit asks for a new version.
 *
 * A new version's worker installs and then waits: this tab keeps running, and keeps being served, the
 * version it started with. The update is offered to the app (src/app/app-update.ts), which applies it
 * at a natural point: the worker is told to take over, and the page reloads into the new version at
 * the same step with every answer. If another tab applied it first, this tab is already under the new
 * worker and reloads at its own next natural point.
 */
function registerServiceWorker(): void {
  const { serviceWorker } = navigator;
  const scope = import.meta.env.BASE_URL;
  // A page an older worker already served: a change of controller now is a new version taking over.
  const hadWorker = serviceWorker.controller !== null;
  let takenOver = false;
  let reloading = false;
  const reload = () => {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  };
  serviceWorker.addEventListener('controllerchange', () => {
    if (!hadWorker) return;
    takenOver = true;
    announceUpdate();
  });
  // Asked at each natural point, from the registration as it is then (`register()` itself may not
  // settle until a new version has finished installing).
  watchForUpdates(async () => {
    if (takenOver) return reload;
    const waiting = (await serviceWorker.getRegistration(scope))?.waiting;
    if (!waiting || !serviceWorker.controller) return null;
    return () => {
      serviceWorker.addEventListener('controllerchange', reload);
      waiting.postMessage({ type: 'SKIP_WAITING' });
    };
  });
  serviceWorker
    .register(`${scope}sw.js`, { scope })
    .then((registration) => {
      const whenInstalled = (worker: ServiceWorker | null) =>
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed') announceUpdate();
        });
      whenInstalled(registration.installing);
      registration.addEventListener('updatefound', () => whenInstalled(registration.installing));
      // Registering an existing worker does not look for a new version: ask, each time the app opens.
      return hadWorker ? registration.update() : undefined;
    })
    .catch(() => {
      // Offline, or no service worker at all: the app works without one; there is nothing to tell.
    });
}
