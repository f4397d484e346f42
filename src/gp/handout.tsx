/**
 * The appointment handout: a block that is hidden on screen and is the only thing
 * printed when it is on the page (src/ui/print.css). One A4 page, readable with background graphics
 * off: meaning is carried by words, weights and borders, never by colour.
 */
import type { Assessment } from '../assessment/assess';
import { conditionsByBand } from '../assessment/band-order';
import { formatDate, handoutMessages } from '../content/en-handout';
import { messages } from '../content/messages';
import { outcome } from '../content/outcome-messages';
import { patientBandWord, patientReasons } from '../content/outcome-voice';
import { reasonText } from '../content/reason-text';
import { capitalise } from '../content/text';
import { voiceOf } from '../content/voice';
import type { KnownAnswers } from '../catalogue/answers';
import { pertinentFindings, shortLabel } from './findings';

export interface HandoutProps {
  assessment: Assessment;
  answers: KnownAnswers;
  date: Date;
  appVersion: string;
}

export function Handout({ assessment, answers, date, appVersion }: HandoutProps) {
  const voice = voiceOf(answers);
  const t = voice === 'thirdPerson' ? { ...handoutMessages, ...handoutMessages.thirdPerson } : handoutMessages;
  const reasonWords = patientReasons(voice);
  const findings = pertinentFindings(answers);
  const bands = assessment.bands;
  const others = assessment.alerts.map((a) => outcome.mimicNames[a.id]);

  return (
    <section className="app-handout" aria-labelledby="handout-title" data-testid="handout">
      <header className="app-handout__header">
        <h2 className="app-handout__title" id="handout-title">
          {t.title}
        </h2>
        <p className="app-handout__meta">
          {t.meta(formatDate(date), appVersion)}
          {answers.ageBand && (
            <>
              {' '}
              {messages.questions.ageBand.short}: {shortLabel('ageBand', answers.ageBand)}.
            </>
          )}
        </p>
        <p className="app-handout__meta" data-testid="handout-answered-by">
          {t.answeredBy[answers.respondent === 'someoneElse' ? 'someoneElse' : 'self']}
        </p>
      </header>

      <div className={`app-handout__box${assessment.redFlag ? ' app-handout__box--urgent' : ''}`}>
        <h3 className="app-handout__heading">{t.redFlagsTitle}</h3>
        {assessment.redFlag ? (
          <>
            <p>{t.redFlagsReported}</p>
            <ul className="app-handout__list">
              {assessment.redFlags.map((flag) => (
                <li key={flag.id}>
                  <strong>{t.tierWords[flag.tier]}:</strong> {outcome.redFlagLabels[flag.label]}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t.redFlagsNone}</p>
        )}
      </div>

      <h3 className="app-handout__heading">{t.suggestTitle}</h3>
      {bands ? (
        <ul className="app-handout__list app-handout__list--bands">
          {conditionsByBand(bands).map((condition) => (
            <li key={condition} data-condition={condition}>
              <strong>
                {outcome.conditions[condition].name}: {patientBandWord(assessment, condition)}
              </strong>
              {bands[condition] !== 'unlikely' &&
                assessment.reasons[condition].map((reason) => (
                  <span key={reason.id}>
                    {' '}
                    {reasonText(reason, reasonWords)}
                  </span>
                ))}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.notScored}</p>
      )}
      {others.length > 0 && (
        <p>
          <strong>{t.otherThings}</strong> {capitalise(others.join(', '))}.
        </p>
      )}

      <h3 className="app-handout__heading">{t.yesTitle}</h3>
      <FindingList items={findings.positives} testId="handout-positives" noneListed={t.noneListed} />
      <h3 className="app-handout__heading">{t.noTitle}</h3>
      <FindingList items={findings.negatives} testId="handout-negatives" noneListed={t.noneListed} />
      {findings.unsure.length > 0 && (
        <>
          <h3 className="app-handout__heading">{t.unsureTitle}</h3>
          <FindingList items={findings.unsure} testId="handout-unsure" noneListed={t.noneListed} />
        </>
      )}

      {!assessment.redFlag && (
        <>
          <h3 className="app-handout__heading">{t.testsTitle}</h3>
          {assessment.labDetails.length === 0 ? (
            <p>{t.testsNone}</p>
          ) : (
            <>
              <ul className="app-handout__list app-handout__list--tests">
                {assessment.labDetails.map((lab) => (
                  <li key={lab.id}>{outcome.labs[lab.id]}</li>
                ))}
              </ul>
              <p>{t.testsLead}</p>
            </>
          )}
        </>
      )}

      <p className="app-handout__disclaimer">
        <strong>{t.notDiagnosis}</strong>
      </p>
    </section>
  );
}

function FindingList({ items, testId, noneListed }: { items: string[]; testId: string; noneListed: string }) {
  if (items.length === 0) return <p data-testid={testId}>{noneListed}</p>;
  return (
    <ul className="app-handout__list app-handout__list--columns" data-testid={testId}>
      {items.map((item) => (
        <li key={item}>{capitalise(item)}</li>
      ))}
    </ul>
  );
}

/** "Print or save as PDF": the browser's print dialogue, which prints the handout only. */
export function PrintButton({ className = 'app-button app-button--secondary' }: { className?: string }) {
  return (
    <button type="button" className={`${className} app-print-button`} onClick={() => window.print()}>
      {handoutMessages.printButton}
    </button>
  );
}
