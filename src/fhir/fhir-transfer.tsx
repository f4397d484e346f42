/**
 * Export and import of answers as files: a FHIR QuestionnaireResponse for a GP's system (and the
 * Questionnaire it answers), and a file picker that loads such a file, or the app's own saved
 * document, all or nothing. Nothing leaves the device: downloads are made in the browser.
 */
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { enFhir } from '../content/en-fhir';
import { downloadText } from '../persistence/saved-session';
import type { KnownAnswers } from '../questionnaire/answers';
import { buildQuestionnaire } from './questionnaire-resource';
import { fromImport, maxImportBytes, toQuestionnaireResponse } from './questionnaire-response';

const t = enFhir;

export function ExportAnswers({ answers, completed }: { answers: KnownAnswers; completed: boolean }) {
  const hintId = useId();
  const downloadAnswers = () => {
    const response = toQuestionnaireResponse(answers, completed ? 'completed' : 'in-progress', new Date().toISOString());
    downloadText(JSON.stringify(response, null, 2), t.export.fileName, 'application/fhir+json');
  };
  const downloadQuestionnaire = () => {
    downloadText(JSON.stringify(buildQuestionnaire(), null, 2), t.export.questionnaireFileName, 'application/fhir+json');
  };
  return (
    <div>
      <p className="app-hint" id={hintId}>
        {t.export.hint}
      </p>
      <div className="app-button-group app-button-group--tight">
        <button type="button" className="app-button app-button--secondary" aria-describedby={hintId} onClick={downloadAnswers}>
          {t.export.button}
        </button>
        <button type="button" className="app-link-button" onClick={downloadQuestionnaire}>
          {t.export.questionnaireButton}
        </button>
      </div>
    </div>
  );
}

interface ImportFailure {
  fileName: string;
  problems: string[];
}

export function ImportAnswers({ onImport }: { onImport: (answers: KnownAnswers) => void }) {
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
    if (file.size > maxImportBytes) {
      problems = [t.problems.tooLarge];
    } else {
      let text: string | undefined;
      try {
        text = await file.text();
      } catch {
        text = undefined;
      }
      if (attempt !== latest.current) return;
      const result = text === undefined ? { ok: false as const, problems: [t.problems.unreadable] } : fromImport(text);
      if (result.ok) {
        setFailure(null);
        input.value = '';
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
        {t.import.label}
      </label>
      <div className="app-hint" id={hintId}>
        {t.import.hint}
      </div>
      {failure && (
        <div className="app-error-message" id={errorId} role="alert">
          <span className="app-visually-hidden">{t.import.errorPrefix} </span>
          {t.import.errorLead(failure.fileName)}
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
