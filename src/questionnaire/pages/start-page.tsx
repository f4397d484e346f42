import type { ReactNode } from 'react';
import { messages } from '../../content/messages';
import { PageTitle } from '../../ui/page-title';
import type { Mode } from '../steps';
import { PageHeading } from '../../ui/page-heading';

export function StartPage({ mode, onStart, extra }: { mode: Mode; onStart: () => void; extra?: ReactNode }) {
  const t = messages.start;
  const gp = mode === 'gp';
  const title = gp ? messages.gp.startTitle : t.title;
  return (
    <>
      <PageTitle text={title} />
      <PageHeading className="app-heading-xl">{title}</PageHeading>
      <p className="app-body-l">{gp ? messages.gp.startLead : t.lead}</p>
      <p>{t.whatItChecks}</p>
      <p>{t.takes}</p>
      <div className="app-inset">
        <p>{t.notDiagnosis}</p>
        <p>
          <strong>{t.emergency}</strong>
        </p>
      </div>
      <h2 className="app-heading-m">{t.privacyTitle}</h2>
      <p>{t.privacy}</p>
      <button type="button" className="app-button app-button--start" onClick={onStart}>
        {gp ? messages.gp.startButton : t.button}
        <svg className="app-button__start-icon" aria-hidden="true" focusable="false" width="17" height="19" viewBox="0 0 33 40">
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </button>
      {extra}
      <p>
        {/* A real link, so that a practice can bookmark GP mode; the answers on this device carry over. */}
        <a href={gp ? '?' : '?mode=gp'}>{gp ? messages.gp.switchToPatient : messages.gp.switchToGp}</a>
      </p>
    </>
  );
}
