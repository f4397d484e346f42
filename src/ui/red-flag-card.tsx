import type { ReactNode } from 'react';
import type { NoteId, UrgentFindings } from '../assessment/urgent-findings';
import { urgentWords } from '../content/urgent-messages';
import { inVoice, questionWords, type Voice } from '../content/voice';

/**
 * The urgent care card: a strong red border and the urgency in words, so that it never relies on
 * colour alone. It says what to do and how soon: it never alarms without a next step.
 */
export function RedFlagCard({ assessment, heading, voice }: { assessment: UrgentFindings; heading: ReactNode; voice: Voice }) {
  const t = { ...urgentWords.urgent, ...(voice === 'thirdPerson' ? urgentWords.urgent.thirdPerson : {}) };
  const flagWords = questionWords('redFlags', voice).options;
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
              {flagWords[flag.id].label}
              <span className="app-care-card__label"> ({urgentWords.redFlagLabels[flag.label]})</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

/** Under 18: a doctor should go through the answers (docs/clinical-basis.md §11); shown first, before any result. */
export function UnderEighteenNote({ notes, voice }: { notes: readonly NoteId[]; voice: Voice }) {
  if (!notes.includes('underEighteen')) return null;
  return (
    <p className="app-inset">
      <strong>{inVoice(voice, urgentWords.underEighteen, urgentWords.underEighteenThirdPerson)}</strong>
    </p>
  );
}
