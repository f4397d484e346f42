import { useForm, type Resolver } from 'react-hook-form';
import { messages } from '../../content/messages';
import { inVoice, questionWords, voiceOf } from '../../content/voice';
import { BackLink } from '../../ui/back-link';
import { ChoiceFieldset, errorTextFor, registerChoice, type ChoiceFormValues } from '../../ui/choice-fieldset';
import { ErrorSummary } from '../../ui/error-summary';
import { PageHeading } from '../../ui/page-heading';
import { PageTitle } from '../../ui/page-title';
import { answerResolver, getAnswer, type AnswerValue, type KnownAnswers } from '../../catalogue/answers';
import { isMultiChoice, type QuestionId } from '../../catalogue/questions';
import { showsMixedFeelingsHint } from '../steps';

interface QuestionPageProps {
  question: QuestionId;
  /** The answers so far: the saved answer of this page, who is answering, and what was felt. */
  answers: KnownAnswers;
  onSubmit: (value: AnswerValue) => void;
  onBack: () => void;
}

/**
 * One question per page (GOV.UK pattern): the question is the `<legend>` and the page's `<h1>`.
 */
export function QuestionPage({ question, answers, onSubmit, onBack }: QuestionPageProps) {
  const voice = voiceOf(answers);
  const text = questionWords(question, voice);
  const saved = getAnswer(answers, question);
  const mixedHint = showsMixedFeelingsHint(question, answers)
    ? inVoice(voice, messages.mixedFeelingsHint.self, messages.mixedFeelingsHint.thirdPerson)
    : undefined;
  const form = useForm<ChoiceFormValues>({
    resolver: answerResolver(question) as Resolver<ChoiceFormValues>,
    defaultValues: { [question]: saved ?? (isMultiChoice(question) ? [] : null) },
    // The error summary takes focus instead, so the problem is announced once.
    shouldFocusError: false,
  });
  const { errors, submitCount } = form.formState;
  const errorText = errorTextFor(question, errors[question]?.message, form.getValues(question), voice);

  return (
    <>
      <PageTitle text={text.text} error={Boolean(errorText)} />
      <BackLink onBack={onBack} />
      <ErrorSummary errors={errorText ? [{ fieldId: question, text: errorText }] : []} attempt={submitCount} />
      <form noValidate onSubmit={form.handleSubmit((values) => onSubmit(values[question] as AnswerValue))}>
        <ChoiceFieldset
          question={question}
          legend={<PageHeading>{text.text}</PageHeading>}
          hint={
            mixedHint && text.hint ? (
              <>
                <strong>{mixedHint}</strong> {text.hint}
              </>
            ) : mixedHint ? (
              <strong>{mixedHint}</strong>
            ) : (
              text.hint
            )
          }
          errorText={errorText}
          registration={registerChoice(form, question)}
          voice={voice}
        />
        <button type="submit" className="app-button">
          {messages.ui.continue}
        </button>
      </form>
    </>
  );
}
