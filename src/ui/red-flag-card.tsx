import type { ReactNode } from 'react';
import type { NoteId, UrgentFindings } from '../assessment/urgent-findings';
import { optionLabel } from '../content/option-label';
import { urgentWords } from '../content/urgent-messages';

/**
 * The urgent care card: a strong red border and the urgency in words, so that it never relies on
 * colour alone. It says what to do and how soon: it never alarms without a next step.
 */
export function RedFlagCard({ assessment, heading }: { assessment: UrgentFindings; heading: ReactNode }) {
  const t = urgentWords.urgent;
  if (!assessment.redFlag) return null;
  const emergency = assessment.urgency === 'emergency';
  return (
    <section className={`app-care-card ${emergency ? 'app-care-card--emergency' : 'app-care-card--urgent'}`}>
      <div className="app-care-card__heading-container">
        <p className="app-care-card__tag">{emergency ? t.urgencyLabel.emergency : t.urgencyLabel.sameDay}</p>
        {heading}
      </div>
      <div className="app-care-card__content">
        <p>
          <strong>{emergency ? t.emergencyBody : t.sameDayBody}</strong>
        </p>
        {assessment.notes.includes('maternityAssessment') && (
          <p>
            <strong>{t.maternity}</strong>
          </p>
        )}
        <p>{t.youTicked}</p>
        <ul>
          {assessment.redFlags.map((flag) => (
            <li key={flag.id}>
              {optionLabel('redFlags', flag.id)}
              <span className="app-care-card__label"> ({urgentWords.redFlagLabels[flag.label]})</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

/** Under 18: a doctor should go through the answers (docs/clinical-basis.md §11); shown first, before any result. */
export function UnderEighteenNote({ notes }: { notes: readonly NoteId[] }) {
  if (!notes.includes('underEighteen')) return null;
  return (
    <p className="app-inset">
      <strong>{urgentWords.underEighteen}</strong>
    </p>
  );
}
