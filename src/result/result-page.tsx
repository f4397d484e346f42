import type { ReactNode } from 'react';
import { assess, type Band, type Reason } from '../assessment/assess';
import type { KnownAnswers } from '../catalogue/answers';
import { conditionIds, type ConditionId } from '../assessment/knowledge';
import { messages } from '../content/messages';
import type { SourceId } from '../catalogue/sources';
import { Cite, numberSources, SourceList } from '../ui/citations';
import { PageTitle } from '../ui/page-title';
import { PageHeading } from '../ui/page-heading';
import { RedFlagCard, UnderEighteenNote } from '../ui/red-flag-card';
import { Handout, PrintButton } from '../gp/handout';
import { appVersion } from '../catalogue/app-version';
import { advice as adviceData, softFlags as softFlagData } from '../assessment/knowledge';
import { outcome } from '../content/outcome-messages';

interface ResultPageProps {
  answers: KnownAnswers;
  /** Ways to take the answers away (file export), shown before the buttons. */
  extra?: ReactNode;
  onChangeAnswers: () => void;
  onRestart: () => void;
}

const bandOrder: Record<Band, number> = { likely: 0, possible: 1, unlikely: 2 };

export function reasonText(reason: Reason): string {
  const words = outcome.reasons[reason.id] as { patient: (r: Reason) => string };
  return words.patient(reason);
}

/** The patient summary (spec §10.8): red flags first, then what the answers suggest, and what next. */
export function ResultPage({ answers, extra, onChangeAnswers, onRestart }: ResultPageProps) {
  const t = outcome.result;
  const assessment = assess(answers);
  const bands = assessment.bands;
  const conditions: ConditionId[] = bands
    ? [...conditionIds].sort((a, b) => bandOrder[bands[a]] - bandOrder[bands[b]])
    : [];
  // Each list is built once: it is rendered below and numbers the sources in the order it shows them.
  const alerts: CitedItem[] = assessment.alerts.map((a) => ({ key: a.id, text: outcome.alerts[a.id].patient, sources: a.sources }));
  const softFlags: CitedItem[] = assessment.softFlags.map((f) => ({
    key: f,
    text: outcome.softFlags[f],
    sources: softFlagData[f].sources,
  }));
  const contributing: CitedItem[] = [
    ...assessment.contributing.medicines.map((m) => ({
      key: m.id,
      text: `${messages.questions.medications.options[m.id].label}: ${m.links.map((l) => outcome.medicineLinks[l]).join('; ')}.`,
      sources: m.sources,
    })),
    ...assessment.contributing.conditions.map((c) => ({
      key: c.id,
      text: `${c.id === 'pregnancy' ? outcome.contributingConditions.pregnancy : messages.questions.conditions.options[c.id].label}: ${c.links.map((l) => outcome.conditionLinks[l]).join('; ')}.`,
      sources: c.sources,
    })),
  ];
  const whatNow: CitedItem[] = [
    // Maternity and under-18 notes are shown at the top (with the red flag, or before the result).
    ...assessment.notes
      .filter((note) => note !== 'maternityAssessment' && note !== 'underEighteen')
      .map((note) => ({ key: note, text: outcome.notes[note], sources: [] })),
    ...assessment.advice.map((a) => ({ key: a, text: outcome.advice[a], sources: adviceData[a].sources as SourceId[] })),
  ];
  const numbers = numberSources([
    ...assessment.redFlags.map((f) => f.sources),
    ...conditions.flatMap((c) => assessment.reasons[c].map((r) => r.sources)),
    ...[...alerts, ...softFlags, ...contributing].map((item) => item.sources),
    ...assessment.labDetails.map((l) => l.sources),
    ...whatNow.map((item) => item.sources),
  ]);
  const bothRlsAndCramps = bands !== null && bands.rls !== 'unlikely' && bands.nocturnalLegCramps !== 'unlikely';

  return (
    <>
      <PageTitle text={t.title} />
      <PageHeading>{t.title}</PageHeading>
      <UnderEighteenNote notes={assessment.notes} />

      {assessment.redFlag ? (
        // Scoring stopped on a red flag (spec §10.1): the urgent card is the whole suggestion.
        <div data-primary={assessment.primary}>
          <RedFlagCard
            assessment={assessment}
            heading={
              <h2 className="app-care-card__heading">
                {assessment.urgency === 'emergency' ? outcome.urgent.emergencyTitle : outcome.urgent.sameDayTitle}
              </h2>
            }
          />
          <p>
            {t.urgentLinksNote}
            <Cite ids={assessment.redFlags.flatMap((f) => f.sources)} numbers={numbers} />
          </p>
        </div>
      ) : (
        <section aria-labelledby="suggest-title" data-primary={assessment.primary}>
          <h2 className="app-heading-m" id="suggest-title">
            {t.suggestTitle}
          </h2>
          {assessment.primary === 'noneFits' && <p className="app-body-l">{t.noneFits}</p>}
          {bothRlsAndCramps && <p className="app-body-l">{t.twoThings}</p>}
          {bands &&
            conditions.map((condition) => (
              <div
                className={`app-card app-card--${bands[condition]}`}
                key={condition}
                data-condition={condition}
                data-band={bands[condition]}
              >
                <h3 className="app-card__heading">
                  {outcome.conditions[condition].name}: <span className="app-band">{t.bandWords[bands[condition]]}</span>
                </h3>
                <ul className="app-list">
                  {assessment.reasons[condition].map((reason) => (
                    <li key={reason.id}>
                      {reasonText(reason)}
                      <Cite ids={reason.sources} numbers={numbers} />
                    </li>
                  ))}
                </ul>
              </div>
            ))}
        </section>
      )}

      <CitedSection id="alerts" title={t.otherThingsTitle} items={alerts} numbers={numbers} />
      <CitedSection id="soft" title={t.seeGpSoonTitle} items={softFlags} numbers={numbers} />
      <CitedSection
        id="contributing"
        title={t.contributingTitle}
        lead={
          assessment.contributing.medicines.length > 0 && (
            <p className="app-warning-text">
              <strong>{t.doNotStop}</strong>
            </p>
          )
        }
        items={contributing}
        numbers={numbers}
      />

      {!assessment.redFlag && (
        <section aria-labelledby="tests-title">
          <h2 className="app-heading-m" id="tests-title">
            {t.testsTitle}
          </h2>
          {assessment.labDetails.length === 0 ? (
            <p>{t.noTests}</p>
          ) : (
            <>
              <p>{t.testsLead}</p>
              <ul className="app-list app-list--tests">
                {assessment.labDetails.map((lab) => (
                  <li key={lab.id} data-lab={lab.id}>
                    <strong>{outcome.labs[lab.id].patient}</strong>
                    <br />
                    <span className="app-hint">
                      {lab.because.map((rule) => outcome.labWhy[rule]).join(' ')}
                      <Cite ids={lab.sources} numbers={numbers} />
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      <CitedSection id="now" title={t.whatNowTitle} items={whatNow} numbers={numbers} />

      <section aria-labelledby="about-title">
        <h2 className="app-heading-m" id="about-title">
          {t.aboutTitle}
        </h2>
        <p className="app-inset">
          <strong>{t.notDiagnosis}</strong>
        </p>
        <p>{t.rulesNote}</p>
        <h3 className="app-heading-s">{t.sourcesTitle}</h3>
        <SourceList numbers={numbers} />
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

interface CitedItem {
  key: string;
  text: string;
  sources: readonly SourceId[];
}

/** A section of the summary: a heading and a list, each item with its sources; nothing when empty. */
function CitedSection(props: { id: string; title: string; lead?: ReactNode; items: CitedItem[]; numbers: Map<SourceId, number> }) {
  const { id, title, lead, items, numbers } = props;
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 className="app-heading-m" id={`${id}-title`}>
        {title}
      </h2>
      {lead}
      <ul className="app-list app-list--bullet">
        {items.map((item) => (
          <li key={item.key}>
            {item.text}
            <Cite ids={item.sources} numbers={numbers} />
          </li>
        ))}
      </ul>
    </section>
  );
}
