import { useEffect } from 'react';
import { messages } from '../content/messages';

/**
 * Names the page in the browser tab and for screen readers: "<step> – nightlegs", prefixed with
 * "Error: " while the page shows errors (GOV.UK pattern). Set directly on `document.title`, because
 * index.html already has a `<title>` that a hoisted one would not replace.
 */
export function PageTitle({ text, error = false }: { text: string; error?: boolean }) {
  const title = `${error ? messages.ui.titleErrorPrefix : ''}${text} – ${messages.appName}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
