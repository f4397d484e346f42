import { useForm, type Resolver } from 'react-hook-form';
import { clinicianPrompts } from '../content/en-clinician';
import { messages } from '../content/messages';
import { questionWords, voiceOf } from '../content/voice';
import { BackLink } from '../ui/back-link';
import { ChoiceFieldset, errorTextFor, registerChoice, type ChoiceFormValues } from '../ui/choice-fieldset';
import { ErrorSummary } from '../ui/error-summary';
import { PageHeading } from '../ui/page-heading';
import { PageTitle } from '../ui/page-title';
import { answerResolver, getAnswer, readAnswers, type AnswerValue, type KnownAnswers } from '../catalogue/answers';
import { isMultiChoice, type QuestionId } from '../catalogue/questions';
import { gpScreenQuestions, stepIds, gpScreenOf, type GpScreenId } from '../questionnaire/steps';

interface GpScreenPageProps {
  screen: GpScreenId;
  answers: KnownAnswers;
  onSubmit: (answers: Partial<Record<QuestionId, AnswerValue>>) => void;
  onBack: () => void;
}

/** The questions of a screen that these form values ask: the same skip rules as the patient pages. */
function askedOnScreen(screen: GpScreenId, saved: KnownAnswers, values: ChoiceFormValues): QuestionId[] {
  return gpScreenQuestions(screen, readAnswers({ ...saved, ...values }));
}

/**
 * GP mode: the questions of one section on one screen, with the clinician prompt as each legend and
 * the patient wording under it. A question appears as soon as an answer on the screen opens it.
 */
export function GpScreenPage({ screen, answers, onSubmit, onBack }: GpScreenPageProps) {
  const allOnScreen = stepIds.filter((id) => gpScreenOf(id) === screen);
  // Only the questions the screen asks for these values are checked and submitted.
  const resolver: Resolver<ChoiceFormValues> = (values) =>
    answerResolver(...askedOnScreen(screen, answers, values))(values) as ReturnType<Resolver<ChoiceFormValues>>;
  const form = useForm<ChoiceFormValues>({
    resolver,
    defaultValues: Object.fromEntries(
      allOnScreen.map((q) => [q, getAnswer(answers, q) ?? (isMultiChoice(q) ? [] : null)]),
    ),
    shouldFocusError: false,
  });
  const values = form.watch();
  const asked = askedOnScreen(screen, answers, values);
  // "History from" is on the first screen: the patient wording follows it as soon as it is chosen.
  const voice = voiceOf(readAnswers({ ...answers, ...values }));
  const { errors, submitCount } = form.formState;
  const errorItems = asked.flatMap((question) => {
    const text = errorTextFor(question, errors[question]?.message, values[question], voice);
    return text ? [{ fieldId: question, text: `${questionWords(question, voice).short}: ${text}` }] : [];
  });
  const title = messages.gp.screens[screen];

  return (
    <>
      <PageTitle text={title} error={errorItems.length > 0} />
      <BackLink onBack={onBack} />
      <ErrorSummary errors={errorItems} attempt={submitCount} />
      <PageHeading>{title}</PageHeading>
      <p className="app-hint">{messages.gp.screenLead}</p>
      <form noValidate onSubmit={form.handleSubmit((valid) => onSubmit(valid as Partial<Record<QuestionId, AnswerValue>>))}>
        {asked.map((question) => {
          const text = questionWords(question, voice);
          return (
            <ChoiceFieldset
              key={question}
              question={question}
              legend={<h2 className="app-heading-s app-gp-legend">{clinicianPrompts[question]}</h2>}
              hint={`${messages.gp.patientWordingLabel} “${text.text}”`}
              errorText={errorTextFor(question, errors[question]?.message, values[question], voice)}
              registration={registerChoice(form, question)}
              voice={voice}
            />
          );
        })}
        <button type="submit" className="app-button">
          {messages.ui.continue}
        </button>
      </form>
    </>
  );
}
