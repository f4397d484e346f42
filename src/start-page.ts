/*
 * The one script that runs before the page first paints: a classic, render-blocking script that the
 * build puts in the head of index.html (`startPageScript` in vite.config.ts; the Content-Security-Policy
 * allows no inline script). It imports nothing and is kept tiny: it is on the way to the first paint.
 *
 * 1. GP mode's start page. The built index.html holds the patient start page in #root and the GP
 *    one in <template id="gp-start-page">, both prerendered. For `?mode=gp` this puts the GP page in
 *    #root as soon as the parser has read the template, before anything paints; #root stays hidden
 *    until then (first-paint.css), so the patient page is never shown and nothing moves.
 *    `data-start-page` on #root tells src/main.tsx which page it can hydrate.
 * 2. Early presses. A press on a button of the prerendered page before the app listens (src/boot.ts
 *    loads it after the first paint) is remembered, and replayed when boot.ts announces the app.
 */
(() => {
  const html = document.documentElement;

  if (new URLSearchParams(window.location.search).get('mode') === 'gp') {
    html.classList.add('app-start-page-pending');
    const showGpStartPage = () => {
      const template = document.getElementById('gp-start-page');
      const root = document.getElementById('root');
      // Not yet read to the end of the template (its next sibling comes after it): wait.
      if (document.readyState === 'loading' && !template?.nextSibling) return;
      observer.disconnect();
      if (template instanceof HTMLTemplateElement && root) {
        root.replaceChildren(template.content);
        root.dataset.startPage = 'gp';
        template.remove();
      }
      html.classList.remove('app-start-page-pending');
    };
    const observer = new MutationObserver(showGpStartPage);
    observer.observe(html, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', showGpStartPage, { once: true });
  }

  let pressed: HTMLButtonElement | null = null;
  const remember = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest('#root button') : null;
    if (button instanceof HTMLButtonElement) pressed = button;
  };
  document.addEventListener('click', remember, true);
  // The event src/boot.ts dispatches once the app listens (the same name there).
  document.addEventListener(
    'nightlegs:app-ready',
    () => {
      document.removeEventListener('click', remember, true);
      if (pressed?.isConnected) pressed.click();
    },
    { once: true },
  );
})();
