import { Component, type ReactNode } from 'react';
import { messages } from '../content/messages';
import { PageHeading } from '../ui/page-heading';
import { PageTitle } from '../ui/page-title';
import { ModuleLoadError, retryFailedLoads } from './lazy-page';

interface Props {
  children: ReactNode;
  /** A part of a page (the file export) rather than the whole page. */
  section?: boolean;
  /** Told when a part failed to load, e.g. to look for a new version of the app. */
  onLoadFailed?: () => void;
}

/**
 * Where a lazily loaded page or section could not be fetched, says so and offers to try again,
 * instead of the error page: the answers are saved and nothing is lost. Any other error is passed on
 * to the error boundary above.
 */
export class LoadBoundary extends Component<Props, { error: unknown }> {
  state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidCatch(error: unknown) {
    if (error instanceof ModuleLoadError) this.props.onLoadFailed?.();
  }

  render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (!(error instanceof ModuleLoadError)) throw error;
    const t = messages.session;
    const tryAgain = (
      <button
        type="button"
        className="app-button app-button--secondary"
        onClick={() => {
          retryFailedLoads();
          this.setState({ error: null });
        }}
      >
        {t.loadFailedTryAgain}
      </button>
    );
    if (this.props.section) {
      return (
        <div className="app-notification" role="alert">
          <p>{t.loadFailedSection}</p>
          {tryAgain}
        </div>
      );
    }
    return (
      <div data-load-failed="">
        <PageTitle text={t.loadFailedTitle} />
        <PageHeading>{t.loadFailedTitle}</PageHeading>
        <p>{t.loadFailedBody}</p>
        {tryAgain}
      </div>
    );
  }
}
