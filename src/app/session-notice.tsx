import { messages } from '../content/messages';
import type { SessionNotice } from '../persistence/open-session';
import { downloadText } from '../persistence/saved-session';

/** One plain sentence about a problem with saved answers, with a way to keep them as a file. */
export function SessionNoticeBanner({ notice, onDismiss }: { notice: SessionNotice; onDismiss: () => void }) {
  const t = messages.session;
  const text =
    notice.kind === 'storageUnavailable'
      ? t.storageUnavailable
      : notice.kind === 'quotaExceeded'
        ? t.quotaExceeded
        : notice.kind === 'changedElsewhere'
          ? t.changedInAnotherTab
          : notice.kind === 'removedElsewhere'
            ? t.removedInAnotherTab
            : t.problems[notice.problem];
  return (
    <section className="app-notification" aria-labelledby="notice-title" role="status">
      <h2 className="app-notification__title" id="notice-title">
        {t.noticeTitle}
      </h2>
      <p>{text}</p>
      {(notice.kind === 'changedElsewhere' || notice.kind === 'removedElsewhere') && (
        <button type="button" className="app-link-button" onClick={onDismiss}>
          {t.hideNotice}
        </button>
      )}
      {(notice.kind === 'unreadable' || notice.kind === 'recovered') && (
        <div className="app-button-group app-button-group--tight">
          <button
            type="button"
            className="app-button app-button--secondary"
            onClick={() => downloadText(notice.raw, 'nightlegs-saved-answers.json')}
          >
            {t.downloadRaw}
          </button>
          <button type="button" className="app-link-button" onClick={onDismiss}>
            {t.discardRaw}
          </button>
        </div>
      )}
    </section>
  );
}
