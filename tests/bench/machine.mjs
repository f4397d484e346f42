/**
 * The questionnaire machine on its own, in Node (no browser, no React): how big it is and what it
 * costs per event. Run: `node tests/bench/machine.mjs [journeys] [machine module]` (default 1000
 * journeys of src/questionnaire/questionnaire-machine.ts; another module exporting the same names,
 * e.g. an earlier version copied beside it, can be compared in the same conditions).
 *
 * - Size: every state node under `machine.root`, and every transition (each event's candidates, and
 *   `always`), with how many of those carry a guard.
 * - Cost: complete journeys of the named fixtures in tests/fixtures/answers.ts, as the pages send
 *   them (Start, one Continue per question asked, Continue on the urgent screen, confirm on the
 *   review, Start again), timed together; printed as microseconds per event, and per Continue alone.
 *
 * Like `npm run bench`, a measurement, not a test; timings on a busy host are slower, so the load
 * average is printed beside them.
 */
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const journeys = Number(process.argv[2] ?? 1000);
const machineModule = process.argv[3] ?? 'src/questionnaire/questionnaire-machine.ts';

async function load(path) {
  return (await runnerImport(join(ROOT, path), { configFile: false, root: ROOT, logLevel: 'error' })).module;
}

const { createActor } = await import('xstate');
const { questionnaireMachine, currentStep } = await load(machineModule);
const { fixtures } = await load('tests/fixtures/answers.ts');

function size(node) {
  let states = 1;
  let transitions = 0;
  let guarded = 0;
  for (const candidates of [...node.transitions.values(), node.always ?? []]) {
    transitions += candidates.length;
    guarded += candidates.filter((t) => t.guard).length;
  }
  for (const child of Object.values(node.states)) {
    const inner = size(child);
    states += inner.states;
    transitions += inner.transitions;
    guarded += inner.guarded;
  }
  return { states, transitions, guarded };
}

/** The events one person sends for an answer set, worked out once by walking the machine. */
function eventsOf(answers) {
  const actor = createActor(questionnaireMachine, { input: {} }).start();
  const events = [{ type: 'journey.start' }];
  actor.send(events[0]);
  for (let i = 0; i < 60; i++) {
    const step = currentStep(actor.getSnapshot());
    let event;
    if (step === 'checkAnswers') event = { type: 'review.confirm' };
    else if (step === 'urgent') event = { type: 'urgent.continue' };
    else if (step === 'result') break;
    else event = { type: 'answer.submit', question: step, value: answers[step] };
    events.push(event);
    actor.send(event);
    if (currentStep(actor.getSnapshot()) === step) throw new Error(`Stuck on ${step}`);
  }
  events.push({ type: 'journey.restart' });
  actor.stop();
  return events;
}

const { states, transitions, guarded } = size(questionnaireMachine.root);
console.log(`Machine: ${states} states, ${transitions} transitions (${guarded} guarded)`);

const journeyEvents = Object.values(fixtures).map((f) => eventsOf(f.answers));
const actor = createActor(questionnaireMachine, { input: {} }).start();
/** Sends `n` journeys; returns how many events were sent, and the time spent on Continue (answer.submit) alone. */
function run(n) {
  let sent = 0;
  let continues = 0;
  let continueNs = 0n;
  for (let i = 0; i < n; i++) {
    for (const event of journeyEvents[i % journeyEvents.length]) {
      if (event.type === 'answer.submit') {
        const before = process.hrtime.bigint();
        actor.send(event);
        continueNs += process.hrtime.bigint() - before;
        continues++;
      } else {
        actor.send(event);
      }
      sent++;
    }
  }
  return { sent, continues, continueUs: Number(continueNs) / 1000 };
}
run(100); // warm up the JIT
const started = process.hrtime.bigint();
const { sent, continues, continueUs } = run(journeys);
const elapsedUs = Number(process.hrtime.bigint() - started) / 1000;
console.log(
  `Cost: ${journeys} journeys, ${sent} events, ${(elapsedUs / sent).toFixed(1)} µs per event; ` +
    `Continue alone ${(continueUs / continues).toFixed(1)} µs (1-min load average ${loadavg()[0].toFixed(2)})`,
);
