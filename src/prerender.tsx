/**
 * Build time only (never bundled for the browser): renders the first screen a first-time visitor in
 * the given mode sees, for the `nightlegs-prerender` plugin in vite.config.ts to put into the built
 * index.html. The browser then hydrates it (src/main.tsx), so the start page paints before any script
 * has run and nothing moves when it does.
 *
 * It renders the real `<AppRoot />`, exactly as main.tsx does, so the markup cannot drift from what the
 * client renders. The app reads localStorage, sessionStorage and the URL while rendering; Node has none
 * of them, so for the length of the render `window` is a stand-in with empty storage and no query
 * string but the mode: a first visit, with nothing saved and nothing to tell.
 */
import { prerender } from 'react-dom/static';
import { AppRoot } from './app-root';
import type { Mode } from './questionnaire/steps';

function emptyStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

/** The window of a first visit, as far as rendering (not effects, which never run here) looks at it. */
function firstVisitWindow(mode: Mode): Window {
  return {
    localStorage: emptyStorage(),
    sessionStorage: emptyStorage(),
    location: new URL(mode === 'gp' ? 'https://nightlegs.invalid/?mode=gp' : 'https://nightlegs.invalid/'),
  } as unknown as Window;
}

/**
 * The start page as HTML, to go inside `<div id="root">`. `prerender` (unlike `renderToString`) waits
 * for lazily loaded parts such as the answer-file import, so the page is complete and hydrates without
 * any boundary falling back to client rendering.
 */
export async function renderStartPage(mode: Mode): Promise<string> {
  const global = globalThis as { window?: Window };
  if (global.window !== undefined) throw new Error('renderStartPage() is for Node at build time, where there is no window');
  global.window = firstVisitWindow(mode);
  const errors: unknown[] = [];
  try {
    const { prelude } = await prerender(<AppRoot />, { onError: (error) => void errors.push(error) });
    const html = await new Response(prelude).text();
    // An error inside a Suspense boundary would only leave that part to the client: fail the build instead.
    if (errors.length > 0) throw new AggregateError(errors, 'Prerendering the start page failed');
    return html;
  } finally {
    delete global.window;
  }
}
