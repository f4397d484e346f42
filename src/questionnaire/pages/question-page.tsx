import { useForm, type Resolver } from 'react-hook-form';
import { messages } from '../../content/messages';
import { BackLink } from '../../ui/back-link';
import { ChoiceFieldset, errorTextFor, registerChoice, type ChoiceFormValues } from '../../ui/choice-fieldset';
import { ErrorSummary } from '../../ui/error-summary';
import { PageHeading } from '../../ui/page-heading';
import { PageTitle } from '../../ui/page-title';
import { answerResolver, type AnswerValue } from '../../catalogue/answers';
import { isMultiChoice, type QuestionId } from '../../catalogue/questions';

interface QuestionPageProps {
  question: QuestionId;
  /** The saved answer, so that Back and Change show what was chosen before. */
  saved: AnswerValue | undefined;
  onSubmit: (value: AnswerValue) => void;
  onBack: () => void;
}

/**
 * One question per page (GOV.UK pattern): the question is the `<legend>` and the page's `<h1>`.
 */
export function QuestionPage({ question, saved, onSubmit, onBack }: QuestionPageProps) {
  const text = messages.questions[question];
  const form = useForm<ChoiceFormValues>({
    resolver: answerResolver(question) as Resolver<ChoiceFormValues>,
    defaultValues: { [question]: saved ?? (isMultiChoice(question) ? [] : null) },
    // The error summary takes focus instead, so the problem is announced once.
    shouldFocusError: false,
  });
  const { errors, submitCount } = form.formState;
  const errorText = errorTextFor(question, errors[question]?.message, form.getValues(question));

  return (
    <>
      <PageTitle text={text.text} error={Boolean(errorText)} />
      <BackLink onBack={onBack} />
      <ErrorSummary errors={errorText ? [{ fieldId: question, text: errorText }] : []} attempt={submitCount} />
      <form noValidate onSubmit={form.handleSubmit((values) => onSubmit(values[question] as AnswerValue))}>
        <ChoiceFieldset
          question={question}
          legend={<PageHeading>{text.text}</PageHeading>}
          hint={text.hint}
          errorText={errorText}
          registration={registerChoice(form, question)}
        />
        <button type="submit" className="app-button">
          {messages.ui.continue}
        </button>
      </form>
    </>
  );
}
