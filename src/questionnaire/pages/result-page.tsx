import type { ReactNode } from 'react';
import { assess, type Band } from '../../assessment/assess';
import type { KnownAnswers } from '../answers';
import { conditionIds, type ConditionId } from '../../assessment/knowledge';
import {
  adviceText,
  alertText,
  isCrampPanelOnly,
  labWhyText,
  noteText,
  patientBandWord,
  reasonText,
  resultWords,
  softFlagText,
} from '../../content/outcome-voice';
import { questionWords, voiceOf } from '../../content/voice';
import type { SourceId } from '../../content/sources';
import { Cite, numberSources, SourceList } from '../../ui/citations';
import { PageTitle } from '../../ui/page-title';
import { PageHeading } from '../../ui/page-heading';
import { RedFlagCard, UnderEighteenNote } from '../../ui/red-flag-card';
import { Handout, PrintButton } from '../../gp/handout';
import { appVersion } from '../../app-version';
import { advice as adviceData, softFlags as softFlagData } from '../../assessment/knowledge';
import { outcome } from '../../content/outcome-messages';

interface ResultPageProps {
  answers: KnownAnswers;
  /** Ways to take the answers away (file export), shown before the buttons. */
  extra?: ReactNode;
  onChangeAnswers: () => void;
  onRestart: () => void;
}

const bandOrder: Record<Band, number> = { likely: 0, possible: 1, unlikely: 2 };

/** The patient summary (spec §10.8): red flags first, then what the answers suggest, and what next. */
export function ResultPage({ answers, extra, onChangeAnswers, onRestart }: ResultPageProps) {
  const voice = voiceOf(answers);
  const t = resultWords(voice);
  const assessment = assess(answers);
  const bands = assessment.bands;
  const conditions: ConditionId[] = bands
    ? [...conditionIds].sort((a, b) => bandOrder[bands[a]] - bandOrder[bands[b]])
    : [];
  const medicineWords = questionWords('medications', voice).options;
  const conditionWords = questionWords('conditions', voice).options;
  // Each list is built once: it is rendered below and numbers the sources in the order it shows them.
  const alerts: CitedItem[] = assessment.alerts.map((a) => ({ key: a.id, text: alertText(a.id, voice), sources: a.sources }));
  const softFlags: CitedItem[] = assessment.softFlags.map((f) => ({
    key: f,
    text: softFlagText(f, voice),
    sources: softFlagData[f].sources,
  }));
  // A medicine's link is told only beside a result that was not ruled out; the others are listed
  // without a claim.
  const linkedMedicines = assessment.contributing.medicines.filter((m) => m.patientLinks.length > 0);
  const unlinkedMedicines = (answers.medications ?? []).filter(
    (id) => id !== 'none' && !linkedMedicines.some((m) => m.id === id),
  );
  const contributing: CitedItem[] = [
    ...linkedMedicines.map((m) => ({
      key: m.id,
      text: `${medicineWords[m.id].label}: ${m.patientLinks.map((l) => outcome.medicineLinks[l]).join('; ')}.`,
      sources: m.sources,
    })),
    ...(unlinkedMedicines.length > 0
      ? [{ key: 'medicinesWithoutClaim', text: t.medicinesWithoutClaim(unlinkedMedicines.map((id) => medicineWords[id].label).join('; ')), sources: [] }]
      : []),
    ...assessment.contributing.conditions.map((c) => ({
      key: c.id,
      text: `${c.id === 'pregnancy' ? outcome.contributingConditions.pregnancy : conditionWords[c.id].label}: ${c.links.map((l) => outcome.conditionLinks[l]).join('; ')}.`,
      sources: c.sources,
    })),
  ];
  const whatNow: CitedItem[] = [
    // Maternity and under-18 notes are shown at the top (with the red flag, or before the result); the
    // iron-test note goes with the tests.
    ...assessment.notes
      .filter((note) => note !== 'maternityAssessment' && note !== 'underEighteen' && note !== 'ironTestPreparation')
      .map((note) => ({ key: note, text: noteText(note, voice), sources: [] })),
    ...assessment.advice.map((a) => ({ key: a, text: adviceText(a, voice), sources: adviceData[a].sources as SourceId[] })),
  ];
  const mainLabs = assessment.labDetails.filter((lab) => !isCrampPanelOnly(lab));
  const crampPanelLabs = assessment.labDetails.filter(isCrampPanelOnly);
  const numbers = numberSources([
    ...assessment.redFlags.map((f) => f.sources),
    ...conditions.flatMap((c) => assessment.reasons[c].map((r) => r.sources)),
    ...[...alerts, ...softFlags, ...contributing].map((item) => item.sources),
    ...[...mainLabs, ...crampPanelLabs].map((l) => l.sources),
    ...whatNow.map((item) => item.sources),
  ]);
  const bothRlsAndCramps = bands !== null && bands.rls !== 'unlikely' && bands.nocturnalLegCramps !== 'unlikely';
  const labItem = (lab: (typeof assessment.labDetails)[number]) => (
    <li key={lab.id} data-lab={lab.id}>
      <strong>{outcome.labs[lab.id].patient}</strong>
      <br />
      <span className="app-hint">
        {lab.because.map((rule) => labWhyText(lab.id, rule, voice)).filter(Boolean).join(' ')}
        <Cite ids={lab.sources} numbers={numbers} />
      </span>
    </li>
  );

  return (
    <>
      <PageTitle text={t.title} />
      <PageHeading>{t.title}</PageHeading>
      <UnderEighteenNote notes={assessment.notes} voice={voice} />

      {assessment.redFlag ? (
        // Scoring stopped on a red flag (spec §10.1): the urgent card is the whole suggestion.
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
                  {outcome.conditions[condition].name}: <span className="app-band">{patientBandWord(assessment, condition)}</span>
                </h3>
                <ul className="app-list">
                  {assessment.reasons[condition].map((reason) => (
                    <li key={reason.id}>
                      {reasonText(reason, voice)}
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
          (linkedMedicines.length > 0 || unlinkedMedicines.length > 0) && (
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
              {mainLabs.length > 0 && <ul className="app-list app-list--tests">{mainLabs.map(labItem)}</ul>}
              {crampPanelLabs.length > 0 && (
                <>
                  <p>{t.crampTestsIntro}</p>
                  <ul className="app-list app-list--tests">{crampPanelLabs.map(labItem)}</ul>
                </>
              )}
              {assessment.notes.includes('ironTestPreparation') && (
                <p className="app-inset">{noteText('ironTestPreparation', voice)}</p>
              )}
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
