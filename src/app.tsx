import { useActorRef, useSelector } from '@xstate/react';
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { messages } from './content/messages';
import { ImportAnswers } from './fhir/import-answers';
import { openSession, type SessionNotice } from './persistence/open-session';
import { forgetSession, saveSession, type SavedSession } from './persistence/saved-session';
import { isAnswered } from './questionnaire/answers';
import { CheckAnswersPage } from './questionnaire/pages/check-answers-page';
import { QuestionPage } from './questionnaire/pages/question-page';
import { ResumePage } from './questionnaire/pages/resume-page';
import { StartPage } from './questionnaire/pages/start-page';
import { currentStep, questionnaireMachine, restoredSnapshot } from './questionnaire/questionnaire-machine';
import { useBrowserHistory } from './questionnaire/use-browser-history';
import { questionIds, type QuestionId } from './questionnaire/questions';
import { gpScreenOf, journeyPath, type Mode } from './questionnaire/steps';
import { ErrorBoundary } from './ui/error-boundary';
import { SessionNoticeBanner } from './ui/session-notice';

// The assessment and the pages that show it are needed only at the end (or on a red flag): they load
// in the background once the journey starts, so the first page is not kept waiting for them.
const loadResultPage = () => import('./questionnaire/pages/result-page');
const loadUrgentPage = () => import('./questionnaire/pages/urgent-page');
const ResultPage = lazy(() => loadResultPage().then((m) => ({ default: m.ResultPage })));
const UrgentPage = lazy(() => loadUrgentPage().then((m) => ({ default: m.UrgentPage })));
// GP mode's screens are for clinicians only: patients never download them.
const GpScreenPage = lazy(() => import('./questionnaire/pages/gp-screen-page').then((m) => ({ default: m.GpScreenPage })));
const GpResultPage = lazy(() => import('./questionnaire/pages/gp-result-page').then((m) => ({ default: m.GpResultPage })));

// File export is for some people only: loaded when a page that offers it is shown. (The import's
// file picker is on the first page; it loads the code that reads a file when a file is chosen.)
const ExportAnswers = lazy(() => import('./fhir/export-answers').then((m) => ({ default: m.ExportAnswers })));

function isQuestionId(step: string): step is QuestionId {
  return (questionIds as readonly string[]).includes(step);
}

export function App() {
  return (
    <ErrorBoundary>
      <Session />
    </ErrorBoundary>
  );
}

/**
 * Opens the saved session: a reload resumes at once, a return visit asks first, and a problem with
 * the saved data is told in one sentence.
 */
function Session() {
  const [opened] = useState(openSession);
  const [notice, setNotice] = useState<SessionNotice | null>(opened.notice);
  const hasProgress = opened.saved !== null && opened.saved.step !== 'start';
  const [resume, setResume] = useState<'ask' | 'resume' | 'fresh'>(
    !hasProgress ? 'fresh' : opened.isReload ? 'resume' : 'ask',
  );
  const banner = notice && <SessionNoticeBanner notice={notice} onDismiss={() => setNotice(null)} />;

  if (resume === 'ask' && opened.saved) {
    return (
      <Layout step="resume" banner={banner}>
        <ResumePage
          savedAt={opened.saved.savedAt}
          onContinue={() => setResume('resume')}
          onStartAgain={() => {
            forgetSession();
            setResume('fresh');
          }}
        />
      </Layout>
    );
  }
  return <Questionnaire saved={resume === 'resume' ? opened.saved : null} mode={modeFromUrl()} banner={banner} onNotice={setNotice} />;
}

/** `?mode=gp` opens GP mode, so that a practice can bookmark it (contract §3). */
function modeFromUrl(): Mode {
  return new URLSearchParams(window.location.search).get('mode') === 'gp' ? 'gp' : 'patient';
}

interface QuestionnaireProps {
  saved: SavedSession | null;
  mode: Mode;
  banner: ReactNode;
  onNotice: (notice: SessionNotice) => void;
}

/** Holds the questionnaire actor, saves it on every change, and shows the page for its state. */
function Questionnaire({ saved, mode, banner, onNotice }: QuestionnaireProps) {
  const actor = useActorRef(questionnaireMachine, {
    input: { mode },
    snapshot: saved ? restoredSnapshot(saved, mode) : undefined,
  });
  const snapshot = useSelector(actor, (s) => s);
  const back = useBrowserHistory(actor);
  const [forgotten, setForgotten] = useState(false);
  // An old answer replaced by the options it was split into: the review says so once, then it is
  // forgotten (it is saved with the session until then, so that a reload does not lose it).
  const [carriedOver, setCarriedOver] = useState(saved?.carriedOver ?? false);
  const carriedOverRef = useRef(carriedOver);
  const markCarriedOver = (value: boolean) => {
    carriedOverRef.current = value;
    setCarriedOver(value);
  };

  useEffect(() => {
    let shown = currentStep(actor.getSnapshot());
    const subscription = actor.subscribe((next) => {
      const step = currentStep(next);
      if (shown === 'checkAnswers' && step !== 'checkAnswers' && carriedOverRef.current) {
        carriedOverRef.current = false;
        setCarriedOver(false);
      }
      // A new page starts at the top. Scrolled now, while the old page is still there and laid out,
      // this costs little; once the new page is in, it would mean laying it out before it can paint.
      if (step !== shown) window.scrollTo?.(0, 0);
      shown = step;
      const { answers, returningToReview } = next.context;
      if (step === 'start' && Object.keys(answers).length === 0) {
        carriedOverRef.current = false;
        setCarriedOver(false);
        forgetSession();
        return;
      }
      setForgotten(false);
      const result = saveSession({ step, answers, returningToReview, carriedOver: carriedOverRef.current });
      if (result !== 'saved') onNotice({ kind: result });
    });
    return () => subscription.unsubscribe();
  }, [actor, onNotice]);

  const step = currentStep(snapshot);
  const { answers } = snapshot.context;
  const send = actor.send;

  useEffect(() => {
    if (step === 'start') return;
    void loadUrgentPage();
    void loadResultPage();
  }, [step]);

  const complete = journeyPath(answers).every((id) => isAnswered(answers, id));
  const exportAnswers = (
    <section aria-labelledby="export-title">
      <h2 className="app-heading-m" id="export-title">
        {messages.takeAway.title}
      </h2>
      <Suspense fallback={null}>
        <ExportAnswers answers={answers} completed={complete} />
      </Suspense>
    </section>
  );

  let page;
  // In GP mode a question's state shows its whole screen (contract §3: data-step is the section id).
  const displayStep = mode === 'gp' && isQuestionId(step) ? gpScreenOf(step) : step;
  switch (step) {
    case 'start':
      page = (
        <StartPage
          mode={mode}
          onStart={() => send({ type: 'journey.start' })}
          extra={
            <ImportAnswers
              onCarriedOver={() => markCarriedOver(true)}
              onImport={(imported) => send({ type: 'answers.import', answers: imported })}
            />
          }
        />
      );
      break;
    case 'urgent':
      page = <UrgentPage answers={answers} onContinue={() => send({ type: 'urgent.continue' })} onBack={back} />;
      break;
    case 'checkAnswers':
      page = (
        <CheckAnswersPage
          answers={answers}
          carriedOver={carriedOver}
          extra={exportAnswers}
          onChange={(question) => send({ type: 'nav.change', question })}
          onConfirm={() => send({ type: 'review.confirm' })}
          onBack={back}
        />
      );
      break;
    case 'result':
      page =
        mode === 'gp' ? (
          <GpResultPage answers={answers} onBack={back} onRestart={() => send({ type: 'journey.restart' })} />
        ) : (
          <ResultPage
            answers={answers}
            extra={exportAnswers}
            onChangeAnswers={back}
            onRestart={() => send({ type: 'journey.restart' })}
          />
        );
      break;
    default:
      page =
        mode === 'gp' ? (
          <GpScreenPage
            key={step}
            screen={gpScreenOf(step)}
            answers={answers}
            onSubmit={(screenAnswers) => send({ type: 'section.submit', screen: gpScreenOf(step), answers: screenAnswers })}
            onBack={back}
          />
        ) : (
        // A new key per step: the form reads its saved answer once, when the page appears.
        <QuestionPage
          key={step}
          question={step}
          answers={answers}
          onSubmit={(value) => send({ type: 'answer.submit', question: step, value })}
          onBack={back}
        />
      );
  }

  const canForget = step !== 'start' || Object.keys(answers).length > 0;
  return (
    <Layout
      step={displayStep}
      wide={mode === 'gp' && step === 'result'}
      banner={banner}
      footerAction={
        canForget ? (
          <button
            type="button"
            className="app-link-button"
            onClick={() => {
              send({ type: 'journey.restart' });
              forgetSession();
              setForgotten(true);
            }}
          >
            {messages.session.forget}
          </button>
        ) : null
      }
      status={forgotten ? messages.session.forgotten : null}
    >
      {page}
    </Layout>
  );
}

interface LayoutProps {
  step: string;
  /** The clinician view's tables need more than one column of reading width. */
  wide?: boolean;
  banner?: ReactNode;
  footerAction?: ReactNode;
  status?: string | null;
  children: ReactNode;
}

function Layout({ step, wide = false, banner, footerAction, status, children }: LayoutProps) {
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
        <main className={`app-main${wide ? ' app-main--wide' : ''}`} id="main-content" data-step={step} key={step}>
          {banner}
          {status && (
            <p className="app-notification app-notification--success" role="status">
              {status}
            </p>
          )}
          <Suspense fallback={null}>{children}</Suspense>
        </main>
      </div>
      <footer className="app-footer">
        <div className="app-width-container">
          <p>{messages.ui.footer}</p>
          {footerAction}
        </div>
      </footer>
    </>
  );
}
