import type { ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { messages } from '../content/messages';
import { questionWords, type Voice } from '../content/voice';
import { exclusiveOptionIds, isMultiChoice, questions, type QuestionId } from '../catalogue/questions';

/** Form values of a question page or GP screen: one field per question, named after it. */
export type ChoiceFormValues = Record<string, string | string[] | null>;

/**
 * Registers a question's inputs. "None of these" and "Doesn't apply" clear the other boxes, and the
 * other boxes clear them (GOV.UK exclusive checkboxes).
 */
export function registerChoice(form: UseFormReturn<ChoiceFormValues>, question: QuestionId) {
  return form.register(question, {
    onChange: (event: { target: HTMLInputElement }) => {
      if (!isMultiChoice(question) || !event.target.checked) return;
      const ticked = (form.getValues(question) as string[] | null) ?? [];
      const value = event.target.value;
      const next = exclusiveOptionIds.has(value) ? [value] : ticked.filter((id) => !exclusiveOptionIds.has(id));
      if (next.length !== ticked.length) form.setValue(question, next);
    },
  });
}

interface ChoiceFieldsetProps {
  question: QuestionId;
  /** The legend's content: the page's `<h1>` on a one-question page, an `<h2>` on a GP screen. */
  legend: ReactNode;
  hint?: ReactNode;
  errorText?: string;
  registration: ReturnType<typeof registerChoice>;
  /** Whose words the options are in: the person's own, or someone answering for them. */
  voice: Voice;
}

/**
 * A question as a fieldset of native radios or checkboxes (`name` = question id, `value` = option id),
 * with its hint, its error message and a large clickable label for each option.
 */
export function ChoiceFieldset({ question, legend, hint, errorText, registration, voice }: ChoiceFieldsetProps) {
  const options = questions[question].options;
  const multi = isMultiChoice(question);
  const optionTexts = questionWords(question, voice).options as Record<string, { label: string; hint?: string }>;
  const errorId = `${question}-error`;
  const hintId = `${question}-hint`;
  const describedBy = [hint ? hintId : null, errorText ? errorId : null].filter(Boolean).join(' ') || undefined;
  const lastIsExclusive = multi && exclusiveOptionIds.has(options[options.length - 1]);
  return (
    <div className={`app-form-group${errorText ? ' app-form-group--error' : ''}`}>
      <fieldset className="app-fieldset" aria-describedby={describedBy}>
        <legend className="app-fieldset__legend">{legend}</legend>
        {hint && (
          <div className="app-hint" id={hintId}>
            {hint}
          </div>
        )}
        {errorText && (
          <p className="app-error-message" id={errorId}>
            <span className="app-visually-hidden">{messages.ui.errorPrefix}</span> {errorText}
          </p>
        )}
        <div className={multi ? 'app-checkboxes' : 'app-radios'}>
          {options.map((option, index) => {
            const text = optionTexts[option];
            // The first input carries the question id, so that an error summary link lands on it.
            const id = index === 0 ? question : `${question}-${option}`;
            const optionHintId = `${id}-hint`;
            return (
              <div key={option}>
                {lastIsExclusive && index === options.length - 1 && (
                  <div className="app-checkboxes__divider">{messages.ui.or}</div>
                )}
                <div className="app-choice">
                  <input
                    className="app-choice__input"
                    id={id}
                    type={multi ? 'checkbox' : 'radio'}
                    value={option}
                    aria-describedby={text.hint ? optionHintId : undefined}
                    {...registration}
                  />
                  <label className="app-choice__label" htmlFor={id}>
                    {text.label}
                  </label>
                  {text.hint && (
                    <div className="app-hint app-choice__hint" id={optionHintId}>
                      {text.hint}
                    </div>
                  )}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** The words of a question's error, from the schema's error code. */
export function errorTextFor(question: QuestionId, code: string | undefined, ticked: unknown, voice: Voice): string | undefined {
  if (!code) return undefined;
  const text = questionWords(question, voice);
  const exclusive = Array.isArray(ticked) ? ticked.find((id) => exclusiveOptionIds.has(id)) : undefined;
  if (code === 'exclusive' && exclusive) {
    const label = (text.options as Record<string, { label: string }>)[exclusive].label;
    return messages.ui.exclusiveError.replace('{option}', label);
  }
  return text.required;
}
