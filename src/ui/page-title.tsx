import { useEffect } from 'react';
import { messages } from '../content/messages';
import { afterNextPaint } from './after-next-paint';

/**
 * Names the page in the browser tab and for screen readers: "<step> – nightlegs", prefixed with
 * "Error: " while the page shows errors (GOV.UK pattern). Set directly on `document.title`, because
 * index.html already has a `<title>` that a hoisted one would not replace. Set just after the page
 * has painted: a new title goes to the browser's window and accessibility tree, which takes a few
 * milliseconds on a slow phone that the paint need not wait for.
 */
export function PageTitle({ text, error = false }: { text: string; error?: boolean }) {
  const title = `${error ? messages.ui.titleErrorPrefix : ''}${text} – ${messages.appName}`;
  useEffect(
    () =>
      afterNextPaint(() => {
        if (document.title !== title) document.title = title;
      }),
    [title],
  );
  return null;
}
