/**
 * The clinician view of the result: red flags first, the bands with the rules that gave them, the
 * IRLSSG / ICSD-3 checklists with the answers behind each criterion, mimics and alerts, the medication
 * review, the tests with their reasons and the AASM iron note, the examination checklist, cautions, an
 * IRLS total field, and the text for clinical notes. What each section says, and the numbers of its
 * sources, come from the view-model (clinician-view.ts).
 */
import { useId, useRef, useState, type ReactNode } from 'react';
import type { Assessment } from '../assessment/assess';
import { gpMessages } from '../content/en-gp';
import { messages } from '../content/messages';
import type { KnownAnswers } from '../catalogue/answers';
import type { Mode } from '../questionnaire/steps';
import { Cite, SourceList } from '../ui/citations';
import { clinicalNotesText } from './clinical-notes';
import {
  AlertsSection,
  BandsSection,
  CautionsSection,
  CriteriaSection,
  ExamSection,
  MedicinesSection,
  PaediatricSection,
  RedFlagsSection,
  TestsSection,
} from './clinician-sections';
import { clinicianView, type ClinicianSection } from './clinician-view';

export const IRLS_MIN = 0;
export const IRLS_MAX = 40;

/** A whole number from 0 to 40, or null. */
export function parseIrlsScore(raw: string): number | null {
  const text = raw.trim();
  if (!/^\d{1,2}$/.test(text)) return null;
  const n = Number(text);
  return n >= IRLS_MIN && n <= IRLS_MAX ? n : null;
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
}

export function ClinicianResult({ assessment, answers, date, mode = 'gp', appVersion = '' }: ClinicianResultProps) {
  const t = gpMessages.clinician;
  const [openedAt] = useState(() => new Date());
  const [irlsScore, setIrlsScore] = useState<number | null>(null);
  const view = clinicianView(assessment, answers);
  const notesText = clinicalNotesText({ assessment, answers, date: date ?? openedAt, mode, appVersion, irlsScore });

  return (
    <div className="app-gp">
      {view.sections.map((section) => (
        <Section key={section.kind} section={section} onIrlsScore={setIrlsScore} />
      ))}
      <CopyToNotes text={notesText} />
      <section aria-labelledby="gp-references-title">
        <h2 className="app-heading-m" id="gp-references-title">
          {t.referencesTitle}
        </h2>
        <SourceList references={view.references} />
      </section>
    </div>
  );
}

function Section({ section, onIrlsScore }: { section: ClinicianSection; onIrlsScore: (score: number | null) => void }) {
  const t = gpMessages.clinician;
  switch (section.kind) {
    case 'redFlags':
      return <RedFlagsSection section={section} />;
    case 'noRedFlags':
      return <p className="app-gp-screened">{t.redFlagsNone}</p>;
    case 'historyFrom':
      return (
        <p className="app-gp-screened" data-testid="history-from">
          {section.text}
        </p>
      );
    case 'paediatric':
      return <PaediatricSection section={section} />;
    case 'bands':
      return <BandsSection section={section} />;
    case 'criteria':
      return <CriteriaSection section={section} />;
    case 'alerts':
      return <AlertsSection section={section} />;
    case 'medicines':
      return <MedicinesSection section={section} />;
    case 'tests':
      return <TestsSection section={section} />;
    case 'exam':
      return <ExamSection section={section} />;
    case 'cautions':
      return <CautionsSection section={section} />;
    case 'irls':
      return (
        <section aria-labelledby="gp-irls-title">
          <h2 className="app-heading-m" id="gp-irls-title">
            {t.irlsTitle}
          </h2>
          <IrlsField
            onChange={onIrlsScore}
            hint={
              <>
                {section.hint.text}
                <Cite citations={section.hint.citations} />
              </>
            }
          />
        </section>
      );
  }
}

/**
 * The optional IRLS total. Only the number is recorded, because the instrument is licensed;
 * anything but a whole number from 0 to 40 is refused with a message.
 */
export function IrlsField({ onChange, hint }: { onChange: (score: number | null) => void; hint: ReactNode }) {
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
        {hint}
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
export function CopyToNotes({ text }: { text: string }) {
  const t = gpMessages.copy;
  const id = useId();
  const [status, setStatus] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);

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
      <h2 className="app-heading-m" id={`${id}-title`}>
        {t.title}
      </h2>
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

