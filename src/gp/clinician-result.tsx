/**
 * The clinician view of the result (spec §10.8, issue 4 item 2): red flags first, the bands with the
 * rules that gave them, the IRLSSG / ICSD-3 checklists with the answers behind each criterion, mimics
 * and alerts, the medication review, the tests with their reasons and the AASM iron note, the
 * examination checklist, cautions, an IRLS total field, and the text for clinical notes.
 */
import { useId, useRef, useState, type ReactNode } from 'react';
import type { Assessment, CriterionStatus, Reason } from '../assessment/assess';
import { conditionIds, softFlags as softFlagData } from '../assessment/knowledge';
import { gpMessages, type ChecklistStatus } from '../content/en-gp';
import { messages } from '../content/messages';
import type { SourceId } from '../content/sources';
import type { KnownAnswers } from '../questionnaire/answers';
import type { QuestionId } from '../questionnaire/questions';
import type { Mode } from '../questionnaire/steps';
import { Cite, numberSources, SourceList } from '../ui/citations';
import { answerText, clinicalNotesText } from './clinical-notes';
import { outcome } from '../content/outcome-messages';

/** Sources of the fixed statements of this view (spec §2, §4, §5, §6.1, §4.4–4.5, §6.2, §3). */
const S = {
  rls: ['S1', 'S2'],
  significance: ['S5'],
  cramps: ['S22', 'S23'],
  plmd: ['S34', 'S35'],
  redFlagTests: ['S54', 'S58'],
  medStarted: ['S49'],
  iron: ['S39'],
  ironOlder: ['S44'],
  examSeed: ['S63'],
  examCks: ['S25'],
  quinine: ['S27', 'S28', 'S26'],
  dopamineAgonists: ['S40'],
  paediatric: ['S34', 'S2'],
  irls: ['S17'],
} as const satisfies Record<string, readonly SourceId[]>;

/** Alerts that bear on IRLSSG criterion 5 (a mimic that may explain the picture). */
const criterion5Mimics = new Set<string>([
  'peripheralNeuropathyMimic', 'akathisiaMimic', 'positionalDiscomfortMimic', 'venousOrOedemaMimic',
  'claudicationMimic', 'arthritisMimic', 'habitualFootTappingMimic', 'hypnicJerksMimic',
]);

/** Soft flags already said by an alert of the same meaning. */
const softFlagsShownAsAlerts = new Set<string>(['suspectedAkathisia', 'augmentation']);

export const IRLS_MIN = 0;
export const IRLS_MAX = 40;

/** A whole number from 0 to 40, or null. */
export function parseIrlsScore(raw: string): number | null {
  const text = raw.trim();
  if (!/^\d{1,2}$/.test(text)) return null;
  const n = Number(text);
  return n >= IRLS_MIN && n <= IRLS_MAX ? n : null;
}

export function clinicianReasonText(reason: Reason): string {
  const words = outcome.reasons[reason.id] as { clinician: (r: Reason) => string };
  return words.clinician(reason);
}

export interface ClinicianResultProps {
  assessment: Assessment;
  answers: KnownAnswers;
  /** For the notes text; defaults to when the view was opened. */
  date?: Date;
  /** For the notes text; defaults to GP mode. */
  mode?: Mode;
  /** For the notes text, e.g. "0.1.0". */
  appVersion?: string;
  /** Heading level of the view's sections (2 under the page's h1). */
  headingLevel?: 2 | 3;
}

export function ClinicianResult({ assessment, answers, date, mode = 'gp', appVersion = '', headingLevel = 2 }: ClinicianResultProps) {
  const t = gpMessages.clinician;
  const [openedAt] = useState(() => new Date());
  const [irlsScore, setIrlsScore] = useState<number | null>(null);
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  const { bands, criteria } = assessment;
  const alertsShown = assessment.alerts;
  const softFlagsShown = assessment.softFlags.filter((f) => !softFlagsShownAsAlerts.has(f));
  const under18 = assessment.notes.includes('underEighteen');
  const ironListed = assessment.labs.includes('ferritin') || assessment.labs.includes('transferrinSaturation');

  // Numbered in the order the view cites them, so that [n] matches the reference list.
  const numbers = numberSources([
    ...assessment.redFlags.map((f) => f.sources),
    assessment.redFlag ? S.redFlagTests : [],
    under18 ? S.paediatric : [],
    ...(bands ? conditionIds.flatMap((c) => assessment.reasons[c].map((r) => r.sources)) : []),
    ...(criteria ? [S.rls, ...alertsShown.filter((a) => criterion5Mimics.has(a.id)).map((a) => a.sources), S.significance, S.cramps, S.plmd] : []),
    ...alertsShown.map((a) => a.sources),
    ...softFlagsShown.map((f) => softFlagData[f].sources),
    ...assessment.contributing.medicines.map((m) => m.sources),
    assessment.notes.includes('medStartedRecently') ? S.medStarted : [],
    ...assessment.contributing.conditions.map((c) => c.sources),
    ...assessment.labDetails.map((l) => l.sources),
    ironListed ? [...S.iron, ...S.ironOlder] : [],
    S.examSeed,
    S.examCks,
    S.quinine,
    S.dopamineAgonists,
    S.irls,
  ]);
  const cite = (ids: readonly SourceId[]) => <Cite ids={ids} numbers={numbers} />;

  const notesText = clinicalNotesText({
    assessment,
    answers,
    date: date ?? openedAt,
    mode,
    appVersion,
    irlsScore,
  });

  return (
    <div className="app-gp">
      {assessment.redFlag ? (
        <section className="app-gp-red-flags" aria-labelledby="gp-red-flags-title">
          <H className="app-heading-m app-gp-red-flags__title" id="gp-red-flags-title">
            {t.redFlagsTitle}: {t.redFlagTierWord[assessment.urgency === 'emergency' ? 'emergency' : 'sameDay']}
          </H>
          <ul className="app-list">
            {assessment.redFlags.map((flag) => (
              <li key={flag.id}>
                <strong>{t.redFlagLabels[flag.label]}.</strong> {t.redFlagTier[flag.tier]}
                {cite(flag.sources)}
              </li>
            ))}
          </ul>
          {assessment.notes.includes('maternityAssessment') && (
            <p>
              <strong>{t.maternity}</strong>
            </p>
          )}
          <p>
            {t.scoringStopped}
            {cite(S.redFlagTests)}
          </p>
        </section>
      ) : (
        <p className="app-gp-screened">{t.redFlagsNone}</p>
      )}
      {answers.respondent && (
        <p className="app-gp-screened" data-testid="history-from">
          {t.historyFrom[answers.respondent]}
        </p>
      )}

      {under18 && (
        <section aria-labelledby="gp-paediatric-title" className="app-inset">
          <Sub className="app-heading-s app-gp__flush" id="gp-paediatric-title">
            {t.paediatricTitle}
          </Sub>
          <p>
            {t.paediatric}
            {cite(S.paediatric)}
          </p>
        </section>
      )}

      {bands && (
        <section aria-labelledby="gp-bands-title">
          <H className="app-heading-m" id="gp-bands-title">
            {t.bandsTitle}
          </H>
          <table className="app-gp-table">
            <caption className="app-visually-hidden">{t.bandsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.conditionHeader}</th>
                <th scope="col">{t.bandHeader}</th>
              </tr>
            </thead>
            <tbody>
              {conditionIds.map((condition) => (
                <tr key={condition} data-condition={condition} data-band={bands[condition]}>
                  <th scope="row">{outcome.conditions[condition].name}</th>
                  <td>
                    <strong className="app-gp-band">{t.bandWords[bands[condition]]}</strong>
                    <ul className="app-gp-table__list">
                      {assessment.reasons[condition].map((reason) => (
                        <li key={reason.id}>
                          {clinicianReasonText(reason)}
                          {cite(reason.sources)}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="app-hint">{t.bandNote}</p>
        </section>
      )}

      {criteria && (
        <section aria-labelledby="gp-criteria-title">
          <H className="app-heading-m" id="gp-criteria-title">
            {t.criteriaTitle}
          </H>
          <p>{t.criteriaLead}</p>
          <RlsChecklist assessment={assessment} answers={answers} cite={cite} />
          <Checklist
            id="cramps"
            caption={
              <>
                {t.cramps.caption}
                {cite(S.cramps)}
              </>
            }
            rows={(['A', 'B', 'C'] as const).map((key) => ({
              key,
              label: t.cramps.rows[key],
              status: criteria.cramps[key],
              questions: ({ A: ['sensation', 'muscleHardens'], B: ['timing', 'restTrigger'], C: ['relief'] } as const)[key],
            }))}
            answers={answers}
            footnote={t.cramps.note}
          />
          <Checklist
            id="plmd"
            caption={
              <>
                {t.plmd.caption}
                {cite(S.plmd)}
              </>
            }
            rows={[
              {
                key: 'A',
                label: t.plmd.rows.A,
                status: criteria.plmd.A,
                questions: ['partnerObserved'],
                notes: [t.plmd.suspicionOnly, ...(answers.episodeLength?.includes('repeatedJerks') ? [t.plmd.repeatedJerks] : [])],
              },
              { key: 'B', label: t.plmd.rows.B, status: criteria.plmd.B, questions: [] },
              { key: 'C', label: t.plmd.rows.C, status: criteria.plmd.C, questions: ['impact', 'unrefreshed'] },
              {
                key: 'D',
                label: t.plmd.rows.D,
                status: criteria.plmd.D,
                questions: ['snoringApnoea'],
                notes: [
                  ...(bands && bands.rls !== 'unlikely' ? [t.plmd.rlsPrecedence] : []),
                  ...(answers.snoringApnoea === 'yes' ? [t.plmd.osa] : []),
                  t.plmd.dUnknown,
                ],
              },
            ]}
            answers={answers}
          />
        </section>
      )}

      {!assessment.redFlag && (
        <section aria-labelledby="gp-alerts-title">
          <H className="app-heading-m" id="gp-alerts-title">
            {t.alertsTitle}
          </H>
          {alertsShown.length + softFlagsShown.length === 0 ? (
            <p>{t.alertsNone}</p>
          ) : (
            <ul className="app-list app-list--bullet">
              {alertsShown.map((alert) => (
                <li key={alert.id} data-alert={alert.id}>
                  {outcome.alerts[alert.id].clinician}
                  {cite(alert.sources)}
                </li>
              ))}
              {softFlagsShown.map((flag) => (
                <li key={flag} data-soft-flag={flag}>
                  {t.softFlags[flag]}
                  {cite(softFlagData[flag].sources)}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section aria-labelledby="gp-medicines-title">
        <H className="app-heading-m" id="gp-medicines-title">
          {t.medicinesTitle}
        </H>
        {assessment.contributing.medicines.length === 0 ? (
          <p>{t.medicinesNone}</p>
        ) : (
          <>
            <p>{t.medicinesLead}</p>
            <ul className="app-list app-list--bullet">
              {assessment.contributing.medicines.map((medicine) => (
                <li key={medicine.id} data-medicine={medicine.id}>
                  <strong>{capitaliseFirst(gpMessages.optionShort.medications?.[medicine.id] ?? medicine.id)}</strong>:{' '}
                  {medicine.links.map((link) => t.medicineLinks[link]).join('; ')}
                  {cite(medicine.sources)}
                </li>
              ))}
            </ul>
          </>
        )}
        {answers.medications?.includes('otherMedicine') && <p data-testid="other-medicine">{t.otherMedicine}</p>}
        {assessment.notes.includes('medStartedRecently') && (
          <p>
            {t.medStartedRecently}
            {cite(S.medStarted)}
          </p>
        )}
        {assessment.contributing.conditions.length > 0 && (
          <>
            <Sub className="app-heading-s">{t.conditionsTitle}</Sub>
            <ul className="app-list app-list--bullet">
              {assessment.contributing.conditions.map((condition) => (
                <li key={condition.id}>
                  <strong>
                    {condition.id === 'pregnancy'
                      ? t.pregnancy
                      : capitaliseFirst(gpMessages.optionShort.conditions?.[condition.id] ?? condition.id)}
                  </strong>
                  : {condition.links.map((link) => t.conditionLinks[link]).join('; ')}
                  {cite(condition.sources)}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="gp-tests-title">
        <H className="app-heading-m" id="gp-tests-title">
          {t.testsTitle}
        </H>
        {assessment.redFlag ? (
          <p>{t.testsRedFlag}</p>
        ) : assessment.labDetails.length === 0 ? (
          <p>{t.testsNone}</p>
        ) : (
          <table className="app-gp-table">
            <caption className="app-visually-hidden">{t.testsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.testHeader}</th>
                <th scope="col">{t.whyHeader}</th>
              </tr>
            </thead>
            <tbody>
              {assessment.labDetails.map((lab) => (
                <tr key={lab.id} data-lab={lab.id}>
                  <th scope="row">{outcome.labs[lab.id].clinician}</th>
                  <td>
                    {lab.because.map((rule) => t.labWhy[rule]).join(' ')}
                    {cite(lab.sources)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {ironListed && (
          <div className="app-inset app-gp-iron">
            <p>
              <strong>{t.ironNoteTitle}.</strong> {t.ironNote}
              {cite(S.iron)}
            </p>
            <p>
              {t.ironOlder}
              {cite(S.ironOlder)}
            </p>
          </div>
        )}
      </section>

      <section aria-labelledby="gp-exam-title">
        <H className="app-heading-m" id="gp-exam-title">
          {t.examTitle}
        </H>
        <p>{t.examLead}</p>
        <ul className="app-list app-list--bullet app-gp-exam">
          {t.examSeed.map((item) => (
            <li key={item}>
              {item}
              {cite(S.examSeed)}
            </li>
          ))}
          {t.examCks.map((item) => (
            <li key={item}>
              {item}
              {cite(S.examCks)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="gp-cautions-title">
        <H className="app-heading-m" id="gp-cautions-title">
          {t.cautionsTitle}
        </H>
        <ul className="app-list app-gp-cautions">
          <li data-caution="quinine">
            {t.quinine}
            {cite(S.quinine)}
          </li>
          <li data-caution="dopamineAgonists">
            {t.dopamineAgonists}
            {cite(S.dopamineAgonists)}
          </li>
        </ul>
      </section>

      <section aria-labelledby="gp-irls-title">
        <H className="app-heading-m" id="gp-irls-title">
          {t.irlsTitle}
        </H>
        <IrlsField onChange={setIrlsScore} hintExtra={cite(S.irls)} />
      </section>

      <CopyToNotes text={notesText} headingLevel={headingLevel} />

      <section aria-labelledby="gp-references-title">
        <H className="app-heading-m" id="gp-references-title">
          {t.referencesTitle}
        </H>
        <SourceList numbers={numbers} />
      </section>
    </div>
  );
}

function capitaliseFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function StatusText({ status }: { status: ChecklistStatus }) {
  const t = gpMessages.clinician;
  return (
    <strong className={`app-gp-status app-gp-status--${status}`} data-status={status}>
      <span className="app-gp-status__symbol" aria-hidden="true">
        {t.statusSymbols[status]}
      </span>{' '}
      {t.statusWords[status]}
    </strong>
  );
}

/** The answers behind a criterion: question short label and the chosen options. */
function AnswerList({ answers, questions, notes = [] }: { answers: KnownAnswers; questions: readonly QuestionId[]; notes?: ReactNode[] }) {
  if (questions.length === 0 && notes.length === 0) return null;
  return (
    <ul className="app-gp-table__list">
      {questions.map((question) => (
        <li key={question} data-question={question}>
          <span className="app-gp-answer__question">{messages.questions[question].short}:</span> {answerText(answers, question)}
        </li>
      ))}
      {notes.map((note, index) => (
        <li key={`note-${index}`} className="app-gp-table__note">
          {note}
        </li>
      ))}
    </ul>
  );
}

interface ChecklistRow {
  key: string;
  label: string;
  status: ChecklistStatus;
  questions: readonly QuestionId[];
  notes?: ReactNode[];
}

function Checklist({
  id,
  caption,
  rows,
  answers,
  footnote,
  extraRows,
}: {
  id: string;
  caption: ReactNode;
  rows: ChecklistRow[];
  answers: KnownAnswers;
  footnote?: ReactNode;
  extraRows?: ReactNode;
}) {
  const t = gpMessages.clinician;
  return (
    <>
      <table className="app-gp-table app-gp-checklist" data-checklist={id}>
        <caption className="app-gp-table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.criterionHeader}</th>
            <th scope="col">{t.statusHeader}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-criterion={row.key} data-status={row.status}>
              <th scope="row">{row.label}</th>
              <td>
                <StatusText status={row.status} />
                <AnswerList answers={answers} questions={row.questions} notes={row.notes} />
              </td>
            </tr>
          ))}
          {extraRows}
        </tbody>
      </table>
      {footnote && <p className="app-hint app-gp-checklist__footnote">{footnote}</p>}
    </>
  );
}

function RlsChecklist({
  assessment,
  answers,
  cite,
}: {
  assessment: Assessment;
  answers: KnownAnswers;
  cite: (ids: readonly SourceId[]) => ReactNode;
}) {
  const t = gpMessages.clinician;
  const criteria = assessment.criteria;
  if (!criteria) return null;
  const { course, clinicallySignificant } = assessment.specifiers;
  const mimics = assessment.alerts.filter((a) => criterion5Mimics.has(a.id));
  const r5Notes: ReactNode[] = [
    criteria.rls.R5 === 'notMet' ? t.rls.r5NotMet : t.rls.r5Unknown,
    ...mimics.map((m) => (
      <span key={m.id}>
        {outcome.alerts[m.id].clinician}
        {cite(m.sources)}
      </span>
    )),
  ];
  const rows: ChecklistRow[] = [
    { key: 'R1', label: t.rls.rows.R1, status: criteria.rls.R1, questions: ['urgeToMove', 'sensation'] },
    { key: 'R2', label: t.rls.rows.R2, status: criteria.rls.R2, questions: ['restTrigger'] },
    { key: 'R3', label: t.rls.rows.R3, status: criteria.rls.R3, questions: ['relief', 'returnsOnRest'] },
    { key: 'R4', label: t.rls.rows.R4, status: criteria.rls.R4, questions: ['timing'] },
    { key: 'R5', label: t.rls.rows.R5, status: criteria.rls.R5 as CriterionStatus, questions: [], notes: r5Notes },
  ];
  const courseText = course ? t.rls.course[course] : t.rls.course.unknown;
  const significanceText =
    clinicallySignificant === null ? t.rls.significance.unknown : clinicallySignificant ? t.rls.significance.present : t.rls.significance.absent;
  return (
    <Checklist
      id="rls"
      caption={
        <>
          {t.rls.caption}
          {cite(S.rls)}
        </>
      }
      rows={rows}
      answers={answers}
      extraRows={
        <>
          <tr data-specifier="course">
            <th scope="row">{t.rls.courseRow}</th>
            <td>
              <strong>{courseText}</strong>
              <AnswerList answers={answers} questions={['onset', 'frequency']} />
            </td>
          </tr>
          <tr data-specifier="clinicallySignificant">
            <th scope="row">{t.rls.significanceRow}</th>
            <td>
              <strong>{significanceText}</strong>
              <AnswerList
                answers={answers}
                questions={['impact']}
                notes={[
                  <span key="note">
                    {t.rls.significanceNote}
                    {cite(S.significance)}
                  </span>,
                ]}
              />
            </td>
          </tr>
        </>
      }
    />
  );
}

/**
 * The optional IRLS total. Only the number is recorded (the instrument is licensed, spec §1.8, §3);
 * anything but a whole number from 0 to 40 is refused with a message.
 */
export function IrlsField({ onChange, hintExtra }: { onChange: (score: number | null) => void; hintExtra?: ReactNode }) {
  const t = gpMessages.clinician;
  const id = useId();
  const [raw, setRaw] = useState('');
  const score = parseIrlsScore(raw);
  const invalid = raw.trim() !== '' && score === null;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={`app-form-group${invalid ? ' app-form-group--error' : ''}`}>
      <label className="app-gp-label" htmlFor={id}>
        {t.irlsLabel}
      </label>
      <p className="app-hint" id={hintId}>
        {t.irlsHint}
        {hintExtra}
      </p>
      {invalid && (
        <p className="app-error-message" id={errorId}>
          <span className="app-visually-hidden">{messages.ui.errorPrefix} </span>
          {t.irlsError}
        </p>
      )}
      <input
        id={id}
        name="irlsScore"
        className={`app-gp-input${invalid ? ' app-gp-input--error' : ''}`}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        maxLength={3}
        value={raw}
        aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}
        aria-invalid={invalid || undefined}
        onChange={(event) => {
          setRaw(event.target.value);
          onChange(parseIrlsScore(event.target.value));
        }}
      />
      {score !== null && (
        <p className="app-gp-recorded">
          {t.irlsRecorded.replace('{n}', String(score))}
        </p>
      )}
    </div>
  );
}

/**
 * "Copy for clinical notes": puts the plain-text summary on the clipboard and shows it in a read-only
 * text box, so that it can be copied by hand when the clipboard is not available. The outcome is
 * announced in a polite status region.
 */
export function CopyToNotes({ text, headingLevel = 2 }: { text: string; headingLevel?: 2 | 3 }) {
  const t = gpMessages.copy;
  const id = useId();
  const [status, setStatus] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const H = `h${headingLevel}` as 'h2' | 'h3';

  async function copy() {
    setStatus('');
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (clipboard && typeof clipboard.writeText === 'function') {
      try {
        await clipboard.writeText(text);
        setStatus(t.copied);
        return;
      } catch {
        // Refused (no permission, not a secure context): fall through to copying by hand.
      }
    }
    box.current?.focus();
    box.current?.select();
    setStatus(t.unavailable);
  }

  return (
    <section className="app-gp-copy" aria-labelledby={`${id}-title`}>
      <H className="app-heading-m" id={`${id}-title`}>
        {t.title}
      </H>
      <button type="button" className="app-button" onClick={copy}>
        {t.button}
      </button>
      <p className="app-gp-copy__status" role="status">
        {status}
      </p>
      <div className="app-form-group">
        <label className="app-gp-label" htmlFor={`${id}-text`}>
          {t.label}
        </label>
        <p className="app-hint" id={`${id}-hint`}>
          {t.hint}
        </p>
        <textarea
          ref={box}
          id={`${id}-text`}
          className="app-gp-copy__text"
          readOnly
          rows={text.split('\n').length + 1}
          value={text}
          aria-describedby={`${id}-hint`}
          spellCheck={false}
        />
      </div>
    </section>
  );
}

