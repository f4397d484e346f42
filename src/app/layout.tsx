import { Suspense, type ReactNode } from 'react';
import { messages } from '../content/messages';
import { LoadBoundary } from './load-boundary';

interface LayoutProps {
  step: string;
  /** The clinician view's tables need more than one column of reading width. */
  wide?: boolean;
  banner?: ReactNode;
  footerAction?: ReactNode;
  status?: string | null;
  /** Told when the page's code could not be loaded (see LoadBoundary). */
  onLoadFailed?: () => void;
  children: ReactNode;
}

/**
 * The page around every step: skip link, header, the step's `<main>` (with its `data-step`), footer.
 * A page whose code cannot be loaded says so inside `<main>`, which keeps its `data-step`.
 */
export function Layout({ step, wide = false, banner, footerAction, status, onLoadFailed, children }: LayoutProps) {
  return (
    <>
      <a href="#main-content" className="app-skip-link">
        {messages.ui.skipToContent}
      </a>
      <header className="app-header">
        <div className="app-width-container">
          <span className="app-header__name">{messages.appName}</span>
        </div>
      </header>
      <div className="app-width-container">
        <main className={`app-main${wide ? ' app-main--wide' : ''}`} id="main-content" data-step={step} key={step}>
          {banner}
          {status && (
            <p className="app-notification app-notification--success" role="status">
              {status}
            </p>
          )}
          <LoadBoundary onLoadFailed={onLoadFailed}>
            <Suspense fallback={null}>{children}</Suspense>
          </LoadBoundary>
        </main>
      </div>
      <footer className="app-footer">
        <div className="app-width-container">
          <p>{messages.ui.footer}</p>
          {footerAction}
        </div>
      </footer>
    </>
  );
}
