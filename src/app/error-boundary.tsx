import { Component, type ReactNode } from 'react';
import { messages } from '../content/messages';
import { downloadText, forgetSession, savedText } from '../persistence/saved-session';

interface State {
  failed: boolean;
  /** The saved answers as stored when the page failed, read then rather than while rendering. */
  saved: string | null;
  /** "Start again" was pressed once: it deletes the answers only when confirmed. */
  confirming: boolean;
}

/**
 * If any page fails to render, show a plain error page instead of a blank screen, with the saved
 * answers offered as a download; starting again, which deletes them, asks first.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false, saved: null, confirming: false };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true, saved: savedText() };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    const t = messages.session;
    const { saved, confirming } = this.state;
    const download = saved && (
      <button type="button" className="app-button" onClick={() => downloadText(saved, 'nightlegs-answers.json')}>
        {t.errorDownload}
      </button>
    );
    return (
      <div className="app-width-container">
        <main className="app-main" id="main-content" data-step="error">
          <h1 className="app-heading-l">{t.errorTitle}</h1>
          <p>{t.errorBody}</p>
          {confirming && saved ? (
            <div className="app-inset" role="alert">
              <p>{t.errorConfirmStartAgain}</p>
              <div className="app-button-group">
                {download}
                <button type="button" className="app-button app-button--secondary" onClick={() => this.setState({ confirming: false })}>
                  {t.errorKeepAnswers}
                </button>
                <button
                  type="button"
                  className="app-link-button"
                  onClick={() => {
                    forgetSession();
                    window.location.reload();
                  }}
                >
                  {t.errorConfirmRemove}
                </button>
              </div>
            </div>
          ) : (
            <div className="app-button-group">
              {download}
              <button
                type="button"
                className="app-button app-button--secondary"
                onClick={() => (saved ? this.setState({ confirming: true }) : window.location.reload())}
              >
                {t.errorStartAgain}
              </button>
            </div>
          )}
        </main>
      </div>
    );
  }
}
