import { assess } from '../assessment/assess';
import { appVersion } from '../catalogue/app-version';
import { ClinicianResult } from './clinician-result';
import { BackLink } from '../ui/back-link';
import { PageHeading } from '../ui/page-heading';
import { PageTitle } from '../ui/page-title';
import type { KnownAnswers } from '../catalogue/answers';
import { gpMessages } from '../content/en-gp';
import { outcome } from '../content/outcome-messages';

interface GpResultPageProps {
  answers: KnownAnswers;
  onBack: () => void;
  onRestart: () => void;
}

/** GP mode's result: the clinician view (criteria, tests, cautions, the note for the record). */
export function GpResultPage({ answers, onBack, onRestart }: GpResultPageProps) {
  const assessment = assess(answers);
  const title = gpMessages.clinician.title;
  return (
    <>
      <PageTitle text={title} />
      <BackLink onBack={onBack} />
      <PageHeading>{title}</PageHeading>
      {/* The clinician view opens with the red flags, or with "none reported". */}
      <div data-primary={assessment.primary}>
        <ClinicianResult assessment={assessment} answers={answers} date={new Date()} mode="gp" appVersion={appVersion} />
      </div>
      <div className="app-button-group">
        <button type="button" className="app-link-button" onClick={onRestart}>
          {outcome.result.startAgain}
        </button>
      </div>
    </>
  );
}
