import type { ReactNode } from 'react';
import { assess } from '../assessment/assess';
import type { KnownAnswers } from '../catalogue/answers';
import { outcome } from '../content/outcome-messages';
import { resultWords } from '../content/outcome-voice';
import { Cite, CitedList, CitedSection, SourceList } from '../ui/citations';
import { PageTitle } from '../ui/page-title';
import { PageHeading } from '../ui/page-heading';
import { RedFlagCard, UnderEighteenNote } from '../ui/red-flag-card';
import { Handout, PrintButton } from '../gp/handout';
import { appVersion } from '../catalogue/app-version';
import { resultSummary, type TestLine } from './result-summary';

interface ResultPageProps {
  answers: KnownAnswers;
  /** Ways to take the answers away (file export), shown before the buttons. */
  extra?: ReactNode;
  onChangeAnswers: () => void;
  onRestart: () => void;
}

/** The patient summary: red flags first, then what the answers suggest, and what next. */
export function ResultPage({ answers, extra, onChangeAnswers, onRestart }: ResultPageProps) {
  const assessment = assess(answers);
  const bands = assessment.bands;
  const summary = resultSummary(assessment, answers);
  const { voice } = summary;
  const t = resultWords(voice);
  const bothRlsAndCramps = bands !== null && bands.rls !== 'unlikely' && bands.nocturnalLegCramps !== 'unlikely';

  return (
    <>
      <PageTitle text={t.title} />
      <PageHeading>{t.title}</PageHeading>
      <UnderEighteenNote notes={assessment.notes} voice={voice} />

      {assessment.redFlag ? (
        // Scoring stopped on a red flag: the urgent card is the whole suggestion.
        <div data-primary={assessment.primary}>
          <RedFlagCard
            assessment={assessment}
            voice={voice}
            heading={
              <h2 className="app-care-card__heading">
                {assessment.urgency === 'emergency' ? outcome.urgent.emergencyTitle : outcome.urgent.sameDayTitle}
              </h2>
            }
          />
          <p>
            {t.urgentLinksNote}
            <Cite citations={summary.urgentCitations ?? []} />
          </p>
        </div>
      ) : (
        <section aria-labelledby="suggest-title" data-primary={assessment.primary}>
          <h2 className="app-heading-m" id="suggest-title">
            {t.suggestTitle}
          </h2>
          {assessment.primary === 'noneFits' && <p className="app-body-l">{t.noneFits}</p>}
          {bothRlsAndCramps && <p className="app-body-l">{t.twoThings}</p>}
          {summary.conditions.map((card) => (
            <div className={`app-card app-card--${card.band}`} key={card.condition} data-condition={card.condition} data-band={card.band}>
              <h3 className="app-card__heading">
                {card.name}: <span className="app-band">{card.bandWord}</span>
              </h3>
              <CitedList items={card.reasons} className="app-list" />
            </div>
          ))}
        </section>
      )}

      <CitedSection id="alerts" title={t.otherThingsTitle} items={summary.alerts} />
      <CitedSection id="soft" title={t.seeGpSoonTitle} items={summary.softFlags} />
      <CitedSection
        id="contributing"
        title={t.contributingTitle}
        lead={
          (answers.medications ?? []).some((id) => id !== 'none') && (
            <p className="app-warning-text">
              <strong>{t.doNotStop}</strong>
            </p>
          )
        }
        items={summary.contributing}
      />

      {!assessment.redFlag && (
        <section aria-labelledby="tests-title">
          <h2 className="app-heading-m" id="tests-title">
            {t.testsTitle}
          </h2>
          {summary.tests.length === 0 && summary.crampTests.length === 0 ? (
            <p>{t.noTests}</p>
          ) : (
            <>
              <p>{t.testsLead}</p>
              {summary.tests.length > 0 && <TestList tests={summary.tests} />}
              {summary.crampTests.length > 0 && (
                <>
                  <p>{t.crampTestsIntro}</p>
                  <TestList tests={summary.crampTests} />
                </>
              )}
              {summary.testPreparation && <p className="app-inset">{summary.testPreparation}</p>}
            </>
          )}
        </section>
      )}

      <CitedSection id="now" title={t.whatNowTitle} items={summary.whatNow} />

      <section aria-labelledby="about-title">
        <h2 className="app-heading-m" id="about-title">
          {t.aboutTitle}
        </h2>
        <p className="app-inset">
          <strong>{t.notDiagnosis}</strong>
        </p>
        <p>{t.rulesNote}</p>
        <h3 className="app-heading-s">{t.sourcesTitle}</h3>
        <SourceList references={summary.references} />
      </section>

      <PrintButton />
      <Handout assessment={assessment} answers={answers} date={new Date()} appVersion={appVersion} />

      {extra}

      <div className="app-button-group">
        <button type="button" className="app-button app-button--secondary" onClick={onChangeAnswers}>
          {t.changeAnswers}
        </button>
        <button type="button" className="app-link-button" onClick={onRestart}>
          {t.startAgain}
        </button>
      </div>
    </>
  );
}

function TestList({ tests }: { tests: TestLine[] }) {
  return (
    <ul className="app-list app-list--tests">
      {tests.map((lab) => (
        <li key={lab.id} data-lab={lab.id}>
          <strong>{lab.name}</strong>
          <br />
          <span className="app-hint">
            {lab.why}
            <Cite citations={lab.citations} />
          </span>
        </li>
      ))}
    </ul>
  );
}
