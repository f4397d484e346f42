/**
 * The page's entry script, about a kilobyte. The built index.html already shows the start page
 * (prerendered, see vite.config.ts) with this CSS, so the app itself is loaded only after that page
 * has painted: on a slow phone the first screen never waits for the app's script to download,
 * compile and run. The app then starts in steps, each its own task, so that the page stays
 * responsive meanwhile: React; the questionnaire's state machine; the rest of the app; reading the
 * saved session; hydrating, which React does a few milliseconds at a time.
 *
 * A click on a button of the prerendered page before the app has loaded (a patient pressing
 * "Start now" at once) is remembered and replayed once the app is listening, rather than lost.
 */
import './ui/styles.css';
import './ui/forms.css';
import './ui/summary.css';
import './gp/gp.css';
import './ui/print.css';
import { enBoot } from './content/en-boot';

let earlyClick: HTMLButtonElement | null = null;
const rememberEarlyClick = (event: MouseEvent) => {
  const button = event.target instanceof Element ? event.target.closest('#root button') : null;
  if (button instanceof HTMLButtonElement) earlyClick = button;
};
document.addEventListener('click', rememberEarlyClick, { capture: true });

/**
 * Resolves once the prerendered page has painted (its first contentful paint), and the document has
 * been read to the end. Without a prerendered page (the dev server) there is nothing to wait for;
 * where no paint is reported (a hidden tab paints nothing) the app loads after a second anyway.
 */
function afterFirstPaint(): Promise<void> {
  const parsed = new Promise<void>((resolve) => {
    if (document.readyState !== 'loading') resolve();
    else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  });
  const painted = new Promise<void>((resolve) => {
    const prerendered = document.getElementById('root')?.firstElementChild != null;
    if (!prerendered || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      resolve();
      return;
    }
    const observer = new PerformanceObserver((entries) => {
      if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve();
    }, 1000);
  });
  return Promise.all([parsed, painted]).then(() => undefined);
}

/** Lets the browser paint and handle input before the next step. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function boot(): Promise<void> {
  await afterFirstPaint();
  await import('react-dom/client');
  await nextTask();
  await import('./questionnaire/questionnaire-machine');
  await nextTask();
  const { startApp } = await import('./app/main');
  await nextTask();
  await startApp();
  document.removeEventListener('click', rememberEarlyClick, { capture: true });
  // The app listens from now on; React hydrates the button first if it has not yet, then handles the click.
  if (earlyClick?.isConnected) earlyClick.click();
}

/** The app could not load: say so on the page, where the Start button would otherwise do nothing. */
function showLoadFailure(): void {
  const main = document.querySelector('main');
  if (!main || main.querySelector('[data-load-failure]')) return;
  const message = document.createElement('p');
  message.className = 'app-error-message';
  message.setAttribute('role', 'alert');
  message.dataset.loadFailure = '';
  message.textContent = enBoot.loadFailed;
  main.prepend(message);
}

boot().catch(showLoadFailure);
