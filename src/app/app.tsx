import { useActorRef, useSelector } from '@xstate/react';
import { Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import { messages } from '../content/messages';
import { ImportAnswers } from '../fhir/import-answers';
import { nothingSaved, openingOf, type OpenedSession, type Opening, type SessionNotice } from '../persistence/open-session';
import { parseSession, savedText, type SavedSession } from '../persistence/saved-session';
import { tabSession, type TabSession } from '../persistence/tab-session';
import { isAnswered } from '../catalogue/answers';
import { CheckAnswersPage } from '../questionnaire/pages/check-answers-page';
import { QuestionPage } from '../questionnaire/pages/question-page';
import { ResumePage } from '../questionnaire/pages/resume-page';
import { StartPage } from '../questionnaire/pages/start-page';
import { UrgentPage } from '../questionnaire/pages/urgent-page';
import { currentStep, questionnaireMachine, restoredSnapshot } from '../questionnaire/questionnaire-machine';
import { useBrowserHistory } from './use-browser-history';
import { gpScreenOf, journeyPath, type Mode } from '../questionnaire/steps';
import { ErrorBoundary } from './error-boundary';
import { lazyPage } from './lazy-page';
import { LoadBoundary } from './load-boundary';
import { SessionNoticeBanner } from './session-notice';
import { Layout } from './layout';
import { useAutosave } from './use-autosave';
import { useCarriedOver } from './use-carried-over';
import { useOtherTabs } from './use-other-tabs';
import { useSafeUpdate } from './use-safe-update';

// The summary is needed only at the end: it loads in the background once the journey starts, so the
// first page is not kept waiting for it. The urgent page is not among these: what a red flag shows
// comes with the first questions, so that it never depends on the network.
const loadResultPage = () => import('../result/result-page');
const ResultPage = lazyPage(() => loadResultPage().then((m) => m.ResultPage));
// GP mode's screens are for clinicians only: patients never download them.
const GpScreenPage = lazyPage(() => import('../gp/gp-screen-page').then((m) => m.GpScreenPage));
const GpResultPage = lazyPage(() => import('../gp/gp-result-page').then((m) => m.GpResultPage));

// File export is for some people only: loaded when a page that offers it is shown. (The import's
// file picker is on the first page; it loads the code that reads a file when a file is chosen.)
const ExportAnswers = lazyPage(() => import('../fhir/export-answers').then((m) => m.ExportAnswers));

/** What the app needs from the browser, read once by the entry module (src/app/main.tsx). */
export interface AppStart {
  opened: OpenedSession;
  /** `?mode=gp` opens GP mode, so that a practice can bookmark it (contract §3). */
  mode: Mode;
}

/** A first visit in this mode: the page the build prerenders for it (src/prerender.tsx). */
export function firstVisit(mode: Mode): AppStart {
  return { opened: nothingSaved, mode };
}

/**
 * Whether the app opens on the start page of a first visit in the mode the prerendered page shows,
 * so that the page can be hydrated.
 */
export function opensAsFirstVisit({ opened, mode }: AppStart, prerenderedMode: string | undefined): boolean {
  return mode === prerenderedMode && opened.notice === null && openingOf(opened) === 'fresh';
}

export function App(start: AppStart) {
  return (
    <ErrorBoundary>
      <Session {...start} />
    </ErrorBoundary>
  );
}

/**
 * Opens the saved session: a reload resumes at once, a return visit asks first, and a problem with
 * the saved data is told in one sentence. When another tab saves newer answers (or removes them),
 * this tab moves to them and says so: the questionnaire reopens from the newer saved session.
 */
function Session({ opened, mode }: AppStart) {
  const [notice, setNotice] = useState<SessionNotice | null>(opened.notice);
  const [resume, setResume] = useState<Opening>(() => openingOf(opened));
  const [saved, setSaved] = useState<SavedSession | null>(opened.saved);
  // Which saved session the questionnaire opened from: a new one remounts it.
  const [opening, setOpening] = useState(0);
  const [tab] = useState(() => tabSession(opened.raw));

  const adopt = useCallback(
    (raw: string | null) => {
      if (tab.knows(raw)) return;
      const loaded = raw === null ? null : parseSession(raw);
      if (loaded?.kind === 'unreadable') return;
      tab.seen(raw);
      setSaved(loaded?.session ?? null);
      setResume((current) => (loaded === null ? 'fresh' : current === 'ask' ? 'ask' : 'resume'));
      setOpening((n) => n + 1);
      setNotice({ kind: loaded === null ? 'removedElsewhere' : 'changedElsewhere' });
    },
    [tab],
  );
  useOtherTabs(adopt);
  const adoptStored = useCallback(() => adopt(savedText()), [adopt]);

  const banner = notice && <SessionNoticeBanner notice={notice} onDismiss={() => setNotice(null)} />;

  if (resume === 'ask' && saved) {
    return (
      <Layout step="resume" banner={banner}>
        <ResumePage
          savedAt={saved.savedAt}
          onContinue={() => setResume('resume')}
          onStartAgain={() => {
            tab.forget();
            setResume('fresh');
          }}
        />
      </Layout>
    );
  }
  return (
    <Questionnaire
      key={opening}
      saved={resume === 'resume' ? saved : null}
      mode={mode}
      banner={banner}
      tab={tab}
      onNotice={setNotice}
      onChangedElsewhere={adoptStored}
    />
  );
}

interface QuestionnaireProps {
  saved: SavedSession | null;
  mode: Mode;
  banner: ReactNode;
  tab: TabSession;
  onNotice: (notice: SessionNotice) => void;
  onChangedElsewhere: () => void;
}

/** Holds the questionnaire actor, saves it on every change, and shows the page for its state. */
function Questionnaire({ saved, mode, banner, tab, onNotice, onChangedElsewhere }: QuestionnaireProps) {
  const actor = useActorRef(questionnaireMachine, {
    input: { mode },
    snapshot: saved ? restoredSnapshot(saved, mode) : undefined,
  });
  const snapshot = useSelector(actor, (s) => s);
  const back = useBrowserHistory(actor);

  useEffect(() => {
    let shown = currentStep(actor.getSnapshot());
    const subscription = actor.subscribe((next) => {
      const step = currentStep(next);
      // A new page starts at the top. Scrolled now, while the old page is still there and laid out,
      // this costs little; once the new page is in, it would mean laying it out before it can paint.
      if (step !== shown) window.scrollTo?.(0, 0);
      shown = step;
    });
    return () => subscription.unsubscribe();
  }, [actor]);
  const { carriedOver, markCarriedOver, pending: carriedOverPending } = useCarriedOver(actor, saved?.carriedOver ?? false);
  const { forgotten, forget } = useAutosave(actor, tab, onNotice, onChangedElsewhere, carriedOverPending);
  const onLoadFailed = useSafeUpdate(actor);

  const step = currentStep(snapshot);
  const { answers } = snapshot.context;
  const send = actor.send;

  useEffect(() => {
    if (step === 'start') return;
    loadResultPage().catch(() => {
      // Offline: the summary loads when it is shown, or says then that it could not.
    });
  }, [step]);

  const complete = journeyPath(answers).every((id) => isAnswered(answers, id));
  const exportAnswers = (
    <section aria-labelledby="export-title">
      <h2 className="app-heading-m" id="export-title">
        {messages.takeAway.title}
      </h2>
      <LoadBoundary section onLoadFailed={onLoadFailed}>
        <Suspense fallback={null}>
          <ExportAnswers answers={answers} completed={complete} />
        </Suspense>
      </LoadBoundary>
    </section>
  );

  let page;
  // In GP mode a question's state shows its whole screen, and data-step names that screen.
  let displayStep: string = step;
  switch (step) {
    case 'start':
      page = (
        <StartPage
          mode={mode}
          onStart={() => send({ type: 'journey.start' })}
          extra={
            <ImportAnswers
              onCarriedOver={markCarriedOver}
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
      if (mode === 'gp') displayStep = gpScreenOf(step);
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
              forget();
            }}
          >
            {messages.session.forget}
          </button>
        ) : null
      }
      status={forgotten ? messages.session.forgotten : null}
      onLoadFailed={onLoadFailed}
    >
      {page}
    </Layout>
  );
}
