/**
 * The file picker on the start page that loads answers from a file: a FHIR QuestionnaireResponse, or
 * the app's own saved document, all or nothing. The picker itself is small and part of the first
 * page; the code that reads and checks a file (questionnaire-response.ts) is loaded only once a
 * file has been chosen.
 */
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { enFhirImport as t } from '../content/en-fhir-import';
import type { KnownAnswers } from '../catalogue/answers';

interface ImportFailure {
  fileName: string;
  problems: string[];
}

interface ImportAnswersProps {
  onImport: (answers: KnownAnswers) => void;
  /** Called first when an answer of an older version was replaced by the options that replaced it. */
  onCarriedOver?: () => void;
}

export function ImportAnswers({ onImport, onCarriedOver }: ImportAnswersProps) {
  const id = useId();
  const inputId = `${id}-file`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  // Only the latest choice of file counts, if an earlier one is still being read.
  const latest = useRef(0);

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const attempt = ++latest.current;
    let problems: string[];
    let reader: [typeof import('./questionnaire-response'), typeof import('../content/en-fhir')];
    try {
      reader = await Promise.all([import('./questionnaire-response'), import('../content/en-fhir')]);
    } catch {
      // The app's files could not be loaded (offline before the first full visit, or an old page).
      if (attempt !== latest.current) return;
      setFailure({ fileName: file.name, problems: [t.readerUnavailable] });
      input.value = '';
      return;
    }
    if (attempt !== latest.current) return;
    const [{ fromImport, maxImportBytes }, { enFhir }] = reader;
    if (file.size > maxImportBytes) {
      problems = [enFhir.problems.tooLarge];
    } else {
      let text: string | undefined;
      try {
        text = await file.text();
      } catch {
        text = undefined;
      }
      if (attempt !== latest.current) return;
      const result = text === undefined ? { ok: false as const, problems: [enFhir.problems.unreadable] } : fromImport(text);
      if (result.ok) {
        setFailure(null);
        input.value = '';
        if (result.carriedOver) onCarriedOver?.();
        onImport(result.answers);
        return;
      }
      problems = result.problems;
    }
    setFailure({ fileName: file.name, problems });
    // Choosing the same file again, once it is fixed, must be noticed.
    input.value = '';
  };

  return (
    <div className={failure ? 'app-form-group app-form-group--error' : 'app-form-group'}>
      <label className="app-heading-s" htmlFor={inputId}>
        {t.label}
      </label>
      <div className="app-hint" id={hintId}>
        {t.hint}
      </div>
      {failure && (
        <div className="app-error-message" id={errorId} role="alert">
          <span className="app-visually-hidden">{t.errorPrefix} </span>
          {t.errorLead(failure.fileName)}
          <ul>
            {failure.problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <input
        type="file"
        id={inputId}
        accept=".json,application/json"
        aria-describedby={failure ? `${hintId} ${errorId}` : hintId}
        aria-invalid={failure ? true : undefined}
        onChange={(event) => void onChange(event)}
      />
    </div>
  );
}
