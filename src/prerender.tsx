/**
 * Build time only (never bundled for the browser): renders the first screen a first-time visitor in
 * the given mode sees, for the `nightlegs-prerender` plugin in vite.config.ts to put into the built
 * index.html (the GP one in a template that src/start-page.ts swaps in for `?mode=gp`). The browser
 * then hydrates it (src/app/main.tsx), so the start page paints before any script has run and
 * nothing moves when it does.
 *
 * It renders the real `<AppRoot />`, exactly as main.tsx does, given what main.tsx reads from the
 * browser on a first visit: nothing saved, and the mode. Rendering reads nothing from the browser
 * itself, so Node needs no stand-in `window`; code that did would fail the build here.
 */
import { prerender } from 'react-dom/static';
import { firstVisit } from './app/app';
import { AppRoot } from './app/app-root';
import type { Mode } from './questionnaire/steps';

/**
 * The start page as HTML, to go inside `<div id="root">`. `prerender` (unlike `renderToString`) waits
 * for lazily loaded parts such as the answer-file import, so the page is complete and hydrates without
 * any boundary falling back to client rendering.
 */
export async function renderStartPage(mode: Mode): Promise<string> {
  const errors: unknown[] = [];
  const { prelude } = await prerender(<AppRoot {...firstVisit(mode)} />, { onError: (error) => void errors.push(error) });
  const html = await new Response(prelude).text();
  // An error inside a Suspense boundary would only leave that part to the client: fail the build instead.
  if (errors.length > 0) throw new AggregateError(errors, 'Prerendering the start page failed');
  return html;
}
