import type { ReactNode } from 'react';
import { messages } from '../../content/messages';
import { inVoice, questionWords, voiceOf, type Voice } from '../../content/voice';
import { BackLink } from '../../ui/back-link';
import { PageTitle } from '../../ui/page-title';
import { PageHeading } from '../../ui/page-heading';
import { getAnswer, type KnownAnswers } from '../../catalogue/answers';
import type { QuestionId } from '../../catalogue/questions';
import { journeyPath, steps, type SectionId } from '../steps';

interface CheckAnswersPageProps {
  answers: KnownAnswers;
  /** An answer from an older version was replaced by the new options: say so (once). */
  carriedOver?: boolean;
  extra?: ReactNode;
  onChange: (question: QuestionId) => void;
  onConfirm: () => void;
  onBack: () => void;
}

/** The labels of the chosen options, in catalogue order, in the voice of the person answering. */
export function answerLabels(answers: KnownAnswers, question: QuestionId, voice: Voice = voiceOf(answers)): string[] {
  const value = getAnswer(answers, question);
  const options = questionWords(question, voice).options as Record<string, { label: string }>;
  return (Array.isArray(value) ? value : value ? [value] : []).map((id) => options[id]?.label ?? id);
}

/** Check your answers: only the questions on the current path are listed (stale answers are gone). */
export function CheckAnswersPage({ answers, carriedOver = false, extra, onChange, onConfirm, onBack }: CheckAnswersPageProps) {
  const t = messages.checkAnswers;
  const voice = voiceOf(answers);
  const asked = new Set(journeyPath(answers));
  const sections = [...new Set(steps.map((s) => s.section))] as SectionId[];
  return (
    <>
      <PageTitle text={t.title} />
      <BackLink onBack={onBack} />
      <PageHeading>{t.title}</PageHeading>
      {carriedOver && (
        <p className="app-inset" role="status" data-testid="carried-over">
          <strong>{t.carriedOver}</strong>
        </p>
      )}
      <p>{t.lead}</p>
      {sections.map((section) => (
        <section key={section} aria-labelledby={`section-${section}`}>
          <h2 className="app-heading-m" id={`section-${section}`}>
            {inVoice(voice, messages.sections[section], messages.sectionsThirdPerson[section as keyof typeof messages.sectionsThirdPerson])}
          </h2>
          <dl className="app-summary-list">
            {steps
              .filter((s) => s.section === section && asked.has(s.id))
              .map(({ id }) => {
                const labels = answerLabels(answers, id, voice);
                const short = questionWords(id, voice).short;
                return (
                  <div className="app-summary-list__row" key={id}>
                    <dt className="app-summary-list__key">{short}</dt>
                    <dd className="app-summary-list__value">
                      {labels.length === 0 ? (
                        t.notAnswered
                      ) : labels.length === 1 ? (
                        labels[0]
                      ) : (
                        <ul className="app-list">
                          {labels.map((label) => (
                            <li key={label}>{label}</li>
                          ))}
                        </ul>
                      )}
                    </dd>
                    <dd className="app-summary-list__actions">
                      <button type="button" className="app-link-button" onClick={() => onChange(id)}>
                        {t.change} <span className="app-visually-hidden">{short.toLowerCase()}</span>
                      </button>
                    </dd>
                  </div>
                );
              })}
          </dl>
        </section>
      ))}
      <button type="button" className="app-button" onClick={onConfirm}>
        {inVoice(voice, t.confirm, t.confirmThirdPerson)}
      </button>
      {extra}
    </>
  );
}
