import { Component, type ReactNode } from 'react';
import { messages } from '../content/messages';
import { downloadText, forgetSession, savedText } from '../persistence/saved-session';

interface State {
  failed: boolean;
  /** The saved answers as stored when the page failed, read then rather than while rendering. */
  saved: string | null;
}

/**
 * If any page fails to render, show a plain error page instead of a blank screen, with the saved
 * answers offered as a download before starting again.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false, saved: null };

  static getDerivedStateFromError(): State {
    return { failed: true, saved: savedText() };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    const t = messages.session;
    const { saved } = this.state;
    return (
      <div className="app-width-container">
        <main className="app-main" id="main-content" data-step="error">
          <h1 className="app-heading-l">{t.errorTitle}</h1>
          <p>{t.errorBody}</p>
          <div className="app-button-group">
            {saved && (
              <button type="button" className="app-button" onClick={() => downloadText(saved, 'nightlegs-answers.json')}>
                {t.errorDownload}
              </button>
            )}
            <button
              type="button"
              className="app-button app-button--secondary"
              onClick={() => {
                forgetSession();
                window.location.reload();
              }}
            >
              {t.errorStartAgain}
            </button>
          </div>
        </main>
      </div>
    );
  }
}
