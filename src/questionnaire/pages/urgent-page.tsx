import { urgentFindings } from '../../assessment/urgent-findings';
import type { KnownAnswers } from '../../catalogue/answers';
import { BackLink } from '../../ui/back-link';
import { PageTitle } from '../../ui/page-title';
import { PageHeading } from '../../ui/page-heading';
import { RedFlagCard, UnderEighteenNote } from '../../ui/red-flag-card';
import { urgentWords } from '../../content/urgent-messages';
import { inVoice, voiceOf } from '../../content/voice';

/** Shown straight after a red flag (docs/clinical-basis.md §2): what to do and how soon, before anything else. */
export function UrgentPage({ answers, onContinue, onBack }: { answers: KnownAnswers; onContinue: () => void; onBack: () => void }) {
  const t = urgentWords.urgent;
  const voice = voiceOf(answers);
  const findings = urgentFindings(answers);
  const title = findings.urgency === 'emergency' ? t.emergencyTitle : t.sameDayTitle;
  return (
    <>
      <PageTitle text={title} />
      <BackLink onBack={onBack} />
      <div data-primary={findings.redFlag ? 'urgentReferral' : undefined}>
        <RedFlagCard
          assessment={findings}
          voice={voice}
          heading={<PageHeading className="app-care-card__heading">{title}</PageHeading>}
        />
      </div>
      <UnderEighteenNote notes={findings.notes} voice={voice} />
      <p>{inVoice(voice, t.carryOnIntro, t.thirdPerson.carryOnIntro)}</p>
      <button type="button" className="app-button app-button--secondary" onClick={onContinue}>
        {t.carryOn}
      </button>
    </>
  );
}
