/** What the page says instead of the app when another website shows it inside its own page (src/framed-page.ts). */
export const enFramed = {
  text: 'This page is shown inside another website, so it cannot show your questions or answers here.',
  link: 'Open nightlegs in its own tab',
};
