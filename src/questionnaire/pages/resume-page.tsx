import { messages } from '../../content/messages';
import { PageHeading } from '../../ui/page-heading';
import { PageTitle } from '../../ui/page-title';

/** Shown on a return visit when answers are saved: carry on, or remove them and start again. */
export function ResumePage({ savedAt, onContinue, onStartAgain }: { savedAt: string; onContinue: () => void; onStartAgain: () => void }) {
  const t = messages.session;
  const date = new Date(savedAt);
  return (
    <>
      <PageTitle text={t.resumeTitle} />
      <PageHeading>{t.resumeTitle}</PageHeading>
      <p>{t.resumeLead}</p>
      {!Number.isNaN(date.getTime()) && (
        <p>{t.resumeSavedAt.replace('{date}', date.toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' }))}</p>
      )}
      <p>{t.resumeSharedComputer}</p>
      <div className="app-button-group">
        <button type="button" className="app-button" onClick={onContinue}>
          {t.resumeContinue}
        </button>
        <button type="button" className="app-button app-button--secondary" onClick={onStartAgain}>
          {t.resumeStartAgain}
        </button>
      </div>
    </>
  );
}
