import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { messages } from '../../content/messages';
import { BackLink } from '../../ui/back-link';
import { ErrorSummary } from '../../ui/error-summary';
import { PageTitle } from '../../ui/page-title';
import { PageHeading } from '../../ui/page-heading';
import { answerSchema, type AnswerError, type AnswerValue } from '../answers';
import { exclusiveOptionIds, questions, type QuestionId } from '../questions';

interface QuestionPageProps {
  question: QuestionId;
  /** The saved answer, so that Back and Change show what was chosen before. */
  saved: AnswerValue | undefined;
  onSubmit: (value: AnswerValue) => void;
  onBack: () => void;
}

/** One field, named after the question. */
type FormValues = Record<string, string | string[] | null>;

/**
 * One question per page (GOV.UK pattern): the question is the `<legend>` and the page's `<h1>`, with
 * native radios or checkboxes named after the question id and valued with the option ids.
 */
export function QuestionPage({ question, saved, onSubmit, onBack }: QuestionPageProps) {
  const definition = questions[question];
  const text = messages.questions[question];
  const multi = definition.kind === 'multi';
  const {
    register,
    handleSubmit,
    setValue,
    getValues,
    formState: { errors, submitCount },
  } = useForm<FormValues>({
    resolver: zodResolver(answerSchema(question)) as never,
    defaultValues: { [question]: saved ?? (multi ? [] : null) },
    // The error summary takes focus instead, so the problem is announced once.
    shouldFocusError: false,
  });

  const errorCode = errors[question]?.message as AnswerError | undefined;
  const exclusiveTicked = multi
    ? ((getValues(question) as string[] | null) ?? []).find((id) => exclusiveOptionIds.has(id))
    : undefined;
  const errorText =
    errorCode === 'exclusive' && exclusiveTicked
      ? messages.ui.exclusiveError.replace('{option}', (text.options as Record<string, { label: string }>)[exclusiveTicked].label)
      : errorCode
        ? text.required
        : undefined;
  const errorId = `${question}-error`;
  const hintId = `${question}-hint`;
  const describedBy = [text.hint ? hintId : null, errorText ? errorId : null].filter(Boolean).join(' ') || undefined;

  const field = register(question, {
    onChange: (event: { target: HTMLInputElement }) => {
      if (!multi || !event.target.checked) return;
      // "None of these" and "Doesn't apply" clear the other boxes, and the other boxes clear them.
      const ticked = (getValues(question) as string[] | null) ?? [];
      const value = event.target.value;
      const next = exclusiveOptionIds.has(value) ? [value] : ticked.filter((id) => !exclusiveOptionIds.has(id));
      if (next.length !== ticked.length) setValue(question, next);
    },
  });

  const options = definition.options;
  const lastIsExclusive = multi && exclusiveOptionIds.has(options[options.length - 1]);

  return (
    <>
      <PageTitle text={text.text} error={Boolean(errorText)} />
      <BackLink onBack={onBack} />
      <ErrorSummary errors={errorText ? [{ fieldId: question, text: errorText }] : []} attempt={submitCount} />
      <form noValidate onSubmit={handleSubmit((values) => onSubmit(values[question] as AnswerValue))}>
        <div className={`app-form-group${errorText ? ' app-form-group--error' : ''}`}>
          <fieldset className="app-fieldset" aria-describedby={describedBy}>
            <legend className="app-fieldset__legend">
              <PageHeading>{text.text}</PageHeading>
            </legend>
            {text.hint && (
              <div className="app-hint" id={hintId}>
                {text.hint}
              </div>
            )}
            {errorText && (
              <p className="app-error-message" id={errorId}>
                <span className="app-visually-hidden">{messages.ui.errorPrefix}</span> {errorText}
              </p>
            )}
            <div className={multi ? 'app-checkboxes' : 'app-radios'}>
              {options.map((option, index) => {
                const optionText = (text.options as Record<string, { label: string; hint?: string }>)[option];
                // The first input carries the question id, so the error summary link lands on it.
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
                        aria-describedby={optionText.hint ? optionHintId : undefined}
                        {...field}
                      />
                      <label className="app-choice__label" htmlFor={id}>
                        {optionText.label}
                      </label>
                      {optionText.hint && (
                        <div className="app-hint app-choice__hint" id={optionHintId}>
                          {optionText.hint}
                        </div>
                      )}
                    </div>
                  </div>
                );
              })}
            </div>
          </fieldset>
        </div>
        <button type="submit" className="app-button">
          {messages.ui.continue}
        </button>
      </form>
    </>
  );
}
