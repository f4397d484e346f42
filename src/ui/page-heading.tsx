import { useEffect, useRef, type ReactNode } from 'react';
import { afterNextPaint } from './after-next-paint';

/**
 * The page's `<h1>`. It takes focus when the page appears, so that keyboard and screen-reader users
 * start reading at the new question rather than at the button they pressed on the page before.
 * Focus moves just after the new page has painted (moving it needs the page laid out, which would
 * otherwise hold the paint back). The page has been scrolled to the top before it changed (see
 * `Questionnaire` in src/app/app.tsx); a page that opens scrolled down (a reload) is scrolled up here.
 */
export function PageHeading({ children, className = 'app-heading-l' }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(
    () =>
      afterNextPaint(() => {
        if (window.scrollY !== 0) window.scrollTo?.(0, 0);
        ref.current?.focus({ preventScroll: true });
      }),
    [],
  );
  return (
    <h1 className={className} ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
