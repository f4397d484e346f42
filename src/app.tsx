import { useActor } from '@xstate/react';
import { assess } from './assessment/assess';
import { messages } from './content/messages';
import { getAnswer } from './questionnaire/answers';
import { CheckAnswersPage } from './questionnaire/pages/check-answers-page';
import { QuestionPage } from './questionnaire/pages/question-page';
import { ResultPage } from './questionnaire/pages/result-page';
import { StartPage } from './questionnaire/pages/start-page';
import { UrgentPage } from './questionnaire/pages/urgent-page';
import { currentStep, questionnaireMachine } from './questionnaire/questionnaire-machine';

/**
 * The shell: holds the questionnaire actor and shows the page for its current state. Pages send
 * events; the machine decides what comes next.
 */
export function App() {
  const [snapshot, send] = useActor(questionnaireMachine, { input: {} });
  const step = currentStep(snapshot);
  const { answers } = snapshot.context;
  const back = () => send({ type: 'nav.back' });

  let page;
  switch (step) {
    case 'start':
      page = <StartPage onStart={() => send({ type: 'journey.start' })} />;
      break;
    case 'urgent':
      page = <UrgentPage assessment={assess(answers)} onContinue={() => send({ type: 'urgent.continue' })} onBack={back} />;
      break;
    case 'checkAnswers':
      page = (
        <CheckAnswersPage
          answers={answers}
          onChange={(question) => send({ type: 'nav.change', question })}
          onConfirm={() => send({ type: 'review.confirm' })}
          onBack={back}
        />
      );
      break;
    case 'result':
      page = (
        <ResultPage
          assessment={assess(answers)}
          onChangeAnswers={back}
          onRestart={() => send({ type: 'journey.restart' })}
        />
      );
      break;
    default:
      page = (
        // A new key per step: the form reads its saved answer once, when the page appears.
        <QuestionPage
          key={step}
          question={step}
          saved={getAnswer(answers, step)}
          onSubmit={(value) => send({ type: 'answer.submit', question: step, value })}
          onBack={back}
        />
      );
  }

  return (
    <>
      <a href="#main-content" className="app-skip-link">
        {messages.ui.skipToContent}
      </a>
      <header className="app-header">
        <div className="app-width-container">
          <span className="app-header__name">{messages.appName}</span>
        </div>
      </header>
      <div className="app-width-container">
        <main className="app-main" id="main-content" data-step={step} key={step}>
          {page}
        </main>
      </div>
      <footer className="app-footer">
        <div className="app-width-container">
          <p>{messages.ui.footer}</p>
        </div>
      </footer>
    </>
  );
}
