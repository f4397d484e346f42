import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's `<h1>`. It takes focus when the page appears, so that keyboard and screen-reader users
 * start reading at the new question rather than at the button they pressed on the page before. The
 * page is scrolled to the top first: focus alone would only scroll the heading just into view,
 * leaving the Back link above the screen.
 */
export function PageHeading({ children, className = 'app-heading-l' }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    window.scrollTo?.(0, 0);
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 className={className} ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
