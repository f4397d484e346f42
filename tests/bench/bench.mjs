/**
 * `npm run bench`: builds the production app and prints, one figure per line, the performance figures,
 * each next to its budget (tests/bench/budgets.mjs) with "within" or "over". A benchmark prints numbers;
 * it exits 0 whatever they are (non-zero only if it could not measure at all).
 *
 * 1. Bundle: `vite build` into a temporary folder (never the shared `dist/`), then the gzipped bytes
 *    of index.html (which holds the start page and, inline, all the CSS) and of every script the page
 *    loads before any interaction: the entry script and the stages it loads after the first paint
 *    (src/boot.ts). Those are recorded in Chromium: every script request of the page from opening it
 *    until the network has been idle for half a second; the service worker's own downloads are not
 *    the page's and are not counted.
 * 2. Lighthouse 12.2.3 (its default mobile preset, simulated throttling), 3 runs against the build served
 *    gzip-compressed by tests/bench/static-server.mjs on 127.0.0.1; each figure is the median of the
 *    3 runs (total transfer is Lighthouse's `total-byte-weight`).
 * 3. Step transition: Chromium (playwright-core) with 4× CPU throttling through CDP
 *    `Emulation.setCPUThrottlingRate`, journeys answered with the named fixtures of
 *    tests/fixtures/answers.ts (loaded with Vite's `runnerImport`) until ≥ 40 "Continue" clicks were
 *    timed. Each sample is measured in the page: from a capture-phase click listener's `performance.now()`
 *    to the `requestAnimationFrame` after a MutationObserver sees a new `<main data-step>` value.
 *    For context, the same measurement on a plain page that swaps in the same questions' recorded
 *    markup with no framework: what the browser alone needs on this host (`measureStepFloor`).
 *
 * Progress goes to stderr; the figures go to stdout.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, runnerImport } from 'vite';
import { chromium } from 'playwright-core';
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { budgets, verdict } from './budgets.mjs';
import { gzip, serveDist } from './static-server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LIGHTHOUSE_RUNS = 3;
/** Each run's Lighthouse report (JSON) is kept here, overwritten by the next bench, to see why a score is lost. */
const REPORT_DIR = join(tmpdir(), 'nightlegs-bench-reports');
const CPU_THROTTLING_RATE = 4;
const MIN_STEP_SAMPLES = 40;
/** Journeys looped through for the step timings, in this order. */
const JOURNEY_FIXTURES = ['typicalRls', 'typicalCramps', 'plmdSuspected', 'crampsAndRls'];

const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const started = performance.now();

// ---------------------------------------------------------------------------------------------------
// Figures

const median = (values) => {
  const sorted = values.filter((v) => v != null && !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
/** Nearest-rank percentile. */
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB (${bytes} B)`;
const ms = (value) => `${Math.round(value)} ms`;
const seconds = (value) => `${(value / 1000).toFixed(2)} s`;

const lines = [];
function figure(name, text, budget, value) {
  const suffix = budget ? `   [budget ${budget.label}: ${verdict(value, budget)}]` : '';
  lines.push(`${name}: ${text}${suffix}`);
}

// ---------------------------------------------------------------------------------------------------
// 1. Build and bundle sizes

/** The scripts the page requests from opening until it is idle, with no interaction: their paths. */
async function initialScripts(url) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const scripts = new Set();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.locator('main[data-step="start"]').waitFor();
    await page.waitForTimeout(500);
    return [...scripts];
  } finally {
    await browser.close();
  }
}

/** The CSS inside `<style>` elements of `html`. */
function inlineCss(html) {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('');
}

function gzippedSize(outDir, url) {
  const path = join(outDir, url.replace(/^\//, '').split(/[?#]/)[0]);
  return gzip(readFileSync(path)).length;
}

// ---------------------------------------------------------------------------------------------------
// 2. Lighthouse

async function runLighthouse(url) {
  mkdirSync(REPORT_DIR, { recursive: true });
  const runs = [];
  for (let i = 1; i <= LIGHTHOUSE_RUNS; i++) {
    log(`Lighthouse run ${i}/${LIGHTHOUSE_RUNS}…`);
    const chrome = await launchChrome({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
    try {
      // No config: Lighthouse's default is the mobile preset with simulated throttling.
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      const lhr = result?.lhr;
      if (!lhr) throw new Error('Lighthouse returned no result');
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      writeFileSync(join(REPORT_DIR, `lighthouse-${i}.json`), JSON.stringify(lhr));
      const audit = (id) => lhr.audits[id]?.numericValue;
      const score = (id) => (lhr.categories[id]?.score == null ? NaN : Math.round(lhr.categories[id].score * 100));
      runs.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        totalBytes: audit('total-byte-weight'),
        benchmarkIndex: lhr.environment?.benchmarkIndex,
        failing: Object.values(lhr.categories).flatMap((category) =>
          category.auditRefs
            .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
            .map((ref) => `${category.id}/${ref.id}`),
        ),
      });
    } finally {
      chrome.kill();
    }
  }
  const pick = (key) => median(runs.map((run) => run[key]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    fcp: pick('fcp'),
    lcp: pick('lcp'),
    tbt: pick('tbt'),
    cls: pick('cls'),
    totalBytes: pick('totalBytes'),
    benchmarkIndex: pick('benchmarkIndex'),
    failing: [...new Set(runs.flatMap((run) => run.failing))],
  };
}

// ---------------------------------------------------------------------------------------------------
// 3. Step transition time

/** Installed in the page once: times every "Continue" click to the frame after the next step is in the DOM. */
function installStepTimer() {
  const state = { pending: null, samples: [] };
  window.__benchSteps = state;
  const currentStep = () => document.querySelector('main[data-step]')?.getAttribute('data-step') ?? null;
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (!button || button.textContent.trim() !== 'Continue') return;
      state.pending = { start: performance.now(), from: currentStep(), seen: false };
    },
    { capture: true },
  );
  new MutationObserver(() => {
    const pending = state.pending;
    if (!pending || pending.seen) return;
    const step = currentStep();
    if (step === null || step === pending.from) return;
    pending.seen = true;
    requestAnimationFrame(() => {
      state.samples.push({ from: pending.from, to: step, ms: performance.now() - pending.start });
      if (state.pending === pending) state.pending = null;
    });
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-step'] });
}

async function currentStep(page) {
  return page.locator('main[data-step]').getAttribute('data-step');
}

async function waitForStepChange(page, previous) {
  await page.waitForFunction(
    (prev) => document.querySelector('main[data-step]')?.getAttribute('data-step') !== prev,
    previous,
    { timeout: 10_000 },
  );
  return currentStep(page);
}

async function measureStepTransitions(url, fixtures) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('main[data-step]').waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING_RATE });
    await page.evaluate(installStepTimer);

    const sampleCount = () => page.evaluate(() => window.__benchSteps.samples.length);
    let journeys = 0;
    while ((await sampleCount()) < MIN_STEP_SAMPLES) {
      const name = JOURNEY_FIXTURES[journeys % JOURNEY_FIXTURES.length];
      const answers = fixtures[name]?.answers;
      if (!answers) throw new Error(`No fixture "${name}" in tests/fixtures/answers.ts`);
      journeys++;
      log(`Step timings: journey ${journeys} (${name}), ${await sampleCount()} samples so far…`);
      let step = await currentStep(page);
      for (let guard = 0; ; guard++) {
        if (guard > 60) throw new Error(`Journey "${name}" did not reach the result (stuck on "${step}")`);
        if (step === 'result') {
          await page.getByRole('button', { name: 'Start again' }).click();
          await waitForStepChange(page, step);
          break;
        }
        if (step === 'start') {
          await page.getByRole('button', { name: /^Start/ }).click();
        } else if (step === 'resume') {
          await page.getByRole('button', { name: 'Start again' }).click();
        } else if (step === 'urgent') {
          await page.getByRole('button', { name: 'Carry on answering' }).click();
        } else if (step === 'checkAnswers') {
          await page.getByRole('button', { name: 'See my results' }).click();
        } else {
          const value = answers[step];
          if (value === undefined) throw new Error(`Journey "${name}" asked "${step}", which the fixture does not answer`);
          for (const option of typeof value === 'string' ? [value] : value) {
            const input = page.locator(`input[name="${step}"][value="${option}"]`);
            if (!(await input.isChecked())) await input.check();
          }
          const before = await sampleCount();
          await page.getByRole('button', { name: 'Continue', exact: true }).click();
          await page.waitForFunction((n) => window.__benchSteps.samples.length > n, before, { timeout: 10_000 });
        }
        step = await waitForStepChange(page, step);
      }
    }
    const samples = await page.evaluate(() => window.__benchSteps.samples);
    return { samples, journeys };
  } finally {
    await browser.close();
  }
}

/**
 * Context for the step budget: the same measurement, on the same markup and CSS, with no framework and
 * no work at all. The question pages of one journey are recorded from the app; a plain page then
 * swaps `<main>` for the next recorded one on each Continue (and scrolls to the top), in Chromium at
 * the same CPU throttle. What remains is the browser's own cost of showing a new page.
 */
async function measureStepFloor(url, answers) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const app = await context.newPage();
    await app.goto(url, { waitUntil: 'networkidle' });
    await app.getByRole('button', { name: /^Start/ }).click();
    const pages = [];
    for (let step = await waitForStepChange(app, 'start'); step !== 'checkAnswers' && step !== 'urgent'; ) {
      pages.push(await app.locator('main').evaluate((main) => main.outerHTML));
      for (const option of [answers[step]].flat()) await app.locator(`input[name="${step}"][value="${option}"]`).check();
      await app.getByRole('button', { name: 'Continue', exact: true }).click();
      step = await waitForStepChange(app, step);
    }
    // The app's head (its inline CSS) without its scripts or its policy, which would forbid this page's one inline script.
    const head = await app.evaluate(() => document.head.innerHTML.replace(/<script\b[^>]*><\/script>/g, '').replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
    const body = await app.evaluate(() => document.body.innerHTML.replace(/<script\b[^>]*><\/script>/g, ''));
    const floor = await context.newPage();
    await floor.setContent(`<!doctype html><html lang="en"><head>${head}</head><body>${body}<script>
      const pages = ${JSON.stringify(pages)};
      let shown = 0;
      document.querySelector('main').outerHTML = pages[0];
      document.addEventListener('submit', (event) => {
        event.preventDefault();
        shown = (shown + 1) % pages.length;
        window.scrollTo(0, 0);
        document.querySelector('main').outerHTML = pages[shown];
      });
    </script></body></html>`);
    const cdp = await context.newCDPSession(floor);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING_RATE });
    await floor.evaluate(installStepTimer);
    const sampleCount = () => floor.evaluate(() => window.__benchSteps.samples.length);
    while ((await sampleCount()) < MIN_STEP_SAMPLES) {
      const before = await sampleCount();
      await floor.getByRole('button', { name: 'Continue', exact: true }).click();
      await floor.waitForFunction((n) => window.__benchSteps.samples.length > n, before, { timeout: 10_000 });
    }
    return (await floor.evaluate(() => window.__benchSteps.samples)).map((sample) => sample.ms);
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  const loadAtStart = loadavg()[0];
  const outDir = mkdtempSync(join(tmpdir(), 'nightlegs-bench-'));
  let server;
  try {
    log(`Building the production app into ${outDir}…`);
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });

    const html = readFileSync(join(outDir, 'index.html'));
    const htmlBytes = gzip(html).length;
    const cssBytes = gzip(Buffer.from(inlineCss(html.toString('utf8')))).length;

    const { fixtures } = (await runnerImport(join(ROOT, 'tests/fixtures/answers.ts'), { configFile: false, root: ROOT, logLevel: 'error' })).module;

    server = await serveDist(outDir);
    log(`Serving the build gzip-compressed at ${server.url}`);

    const js = await initialScripts(server.url);
    const jsBytes = js.reduce((sum, url) => sum + gzippedSize(outDir, url), 0);
    figure(`Initial JS, gzipped (${js.length} file${js.length === 1 ? '' : 's'})`, kb(jsBytes), budgets.initialJsGzipBytes, jsBytes);
    figure('Initial CSS, gzipped (inline in index.html)', kb(cssBytes));
    figure('index.html, gzipped (start page and CSS)', kb(htmlBytes));
    figure('Initial HTML + JS, gzipped', kb(htmlBytes + jsBytes));

    const lh = await runLighthouse(server.url);
    figure('Total transfer, initial load (Lighthouse total-byte-weight)', kb(Math.round(lh.totalBytes)));
    figure('Lighthouse performance', String(lh.performance), budgets.performanceScore, lh.performance);
    figure('Lighthouse accessibility', String(lh.accessibility), budgets.accessibilityScore, lh.accessibility);
    figure('Lighthouse best practices', String(lh.bestPractices), budgets.bestPracticesScore, lh.bestPractices);
    figure('Lighthouse SEO', String(lh.seo), budgets.seoScore, lh.seo);
    figure('First Contentful Paint', seconds(lh.fcp));
    figure('Largest Contentful Paint', seconds(lh.lcp), budgets.lcpMs, lh.lcp);
    figure('Total Blocking Time', ms(lh.tbt), budgets.tbtMs, lh.tbt);
    figure('Cumulative Layout Shift', lh.cls.toFixed(3));

    const { samples, journeys } = await measureStepTransitions(server.url, fixtures);
    const times = samples.map((sample) => sample.ms);
    const stepMedian = median(times);
    figure(
      `Step transition median (${times.length} Continue clicks, ${journeys} journeys, ${CPU_THROTTLING_RATE}× CPU throttle)`,
      `${stepMedian.toFixed(1)} ms`,
    );
    figure('Step transition p95', `${percentile(times, 95).toFixed(1)} ms`);
    const floor = await measureStepFloor(server.url, fixtures[JOURNEY_FIXTURES[0]].answers);
    figure(
      `Step transition floor (context): the same pages swapped with no framework, ${floor.length} clicks`,
      `median ${median(floor).toFixed(1)} ms, p95 ${percentile(floor, 95).toFixed(1)} ms`,
    );
    const ratio = stepMedian / median(floor);
    figure('Step transition median ÷ floor median (same run)', `${ratio.toFixed(2)}×`, budgets.stepToFloorRatio, ratio);

    // Context for reading the figures: simulated throttling scales the CPU time observed on this host.
    figure(
      'Host (context)',
      `${availableParallelism()} CPUs, 1-min load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end; Lighthouse benchmarkIndex ${Math.round(lh.benchmarkIndex)}`,
    );

    if (lh.failing.length) log(`Lighthouse audits below 1 (any run): ${lh.failing.join(', ')}; reports in ${REPORT_DIR}`);
  } finally {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  log(`Done in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

main().catch((error) => {
  if (lines.length) process.stdout.write(`${lines.join('\n')}\n`);
  console.error(`[bench] Could not finish: ${error?.stack ?? error}`);
  process.exit(1);
});
