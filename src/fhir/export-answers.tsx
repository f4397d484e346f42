/**
 * Export of answers as files: a FHIR QuestionnaireResponse for a GP's system, and the Questionnaire
 * it answers. Nothing leaves the device: downloads are made in the browser. Loaded only with the
 * pages that offer it (check answers, the summary).
 */
import { useId } from 'react';
import { enFhir } from '../content/en-fhir';
import { downloadText } from '../persistence/saved-session';
import type { KnownAnswers } from '../catalogue/answers';
import { buildQuestionnaire } from './questionnaire-resource';
import { toQuestionnaireResponse } from './questionnaire-response';

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
