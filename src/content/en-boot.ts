/**
 * The words src/boot.ts may need before the app (and its messages) has loaded.
 */
export const enBoot = {
  /** When the app's files cannot be loaded, for example on a connection that dropped during the first visit. */
  loadFailed: 'This page could not finish loading, so the questions cannot start yet. Check your internet connection, then reload the page. Nothing you entered before has been lost.',
  /** When another website shows this app inside its own page. */
  framed: {
    text: 'This page is shown inside another website, so it cannot show your questions or answers here.',
    link: 'Open nightlegs in its own tab',
  },
};
