import { enFramed } from './content/en-framed';

/**
 * Framed by another page: nothing of the app is shown (no questions, no answers, no buttons a framing
 * page could trick someone into pressing), only a link that opens this page in a tab of its own.
 */
export function showOpenInOwnTab(): void {
  const root = document.getElementById('root');
  if (!root) return;
  const main = document.createElement('main');
  main.className = 'app-main app-width-container';
  main.dataset.framed = '';
  const text = document.createElement('p');
  text.textContent = enFramed.text;
  const link = document.createElement('a');
  link.href = window.location.href;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = enFramed.link;
  const linkParagraph = document.createElement('p');
  linkParagraph.append(link);
  main.append(text, linkParagraph);
  root.replaceChildren(main);
  document.getElementById('gp-start-page')?.remove();
}
