/**
 * The one sentence src/boot.ts may need before the app (and its messages) has loaded: shown when the
 * app's files cannot be loaded, for example on a connection that dropped during the first visit.
 */
export const enBoot = {
  loadFailed: 'This page could not finish loading, so the questions cannot start yet. Check your internet connection, then reload the page. Nothing you entered before has been lost.',
};
