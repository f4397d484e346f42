/*
 * The one script that runs before the page first paints (a classic, render-blocking script in the
 * head of index.html; the Content-Security-Policy allows no inline script). Kept tiny: it is on the
 * way to the first paint.
 *
 * 1. GP mode's start page. The built index.html holds the patient start page in #root and the GP
 *    one in <template id="gp-start-page">, both prerendered. For `?mode=gp` this puts the GP page in
 *    #root as soon as the parser has read the template, before anything paints; #root stays hidden
 *    until then, so the patient page is never shown and nothing moves. `data-start-page` on #root
 *    tells src/main.tsx which page it can hydrate.
 * 2. Early presses. A press on a button of the prerendered page before the app listens (src/boot.ts
 *    loads it after the first paint) is remembered, and replayed when boot.ts announces the app.
 */
(function () {
  var html = document.documentElement;

  if (new URLSearchParams(window.location.search).get('mode') === 'gp') {
    html.classList.add('app-start-page-pending');
    var showGpStartPage = function () {
      var template = document.getElementById('gp-start-page');
      var root = document.getElementById('root');
      var parsed = document.readyState !== 'loading';
      // Not yet read to the end of the template (its next sibling comes after it): wait.
      if (!parsed && !(template && template.nextSibling)) return;
      observer.disconnect();
      if (template && root) {
        root.replaceChildren(template.content);
        root.setAttribute('data-start-page', 'gp');
        template.remove();
      }
      html.classList.remove('app-start-page-pending');
    };
    var observer = new MutationObserver(showGpStartPage);
    observer.observe(html, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', showGpStartPage, { once: true });
  }

  var pressed = null;
  var remember = function (event) {
    var button = event.target instanceof Element ? event.target.closest('#root button') : null;
    if (button) pressed = button;
  };
  document.addEventListener('click', remember, true);
  document.addEventListener(
    'nightlegs:app-ready',
    function () {
      document.removeEventListener('click', remember, true);
      if (pressed && pressed.isConnected) pressed.click();
    },
    { once: true },
  );
})();
