/**
 * The view-models of the clinician view and the patient summary: the inline source numbers follow
 * the order the page shows its statements, and the reference list holds each cited source once.
 */
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { assess } from '../src/assessment/assess';
import type { SourceId } from '../src/catalogue/sources';
import { ClinicianResult } from '../src/gp/clinician-result';
import { clinicianView } from '../src/gp/clinician-view';
import { readAnswers } from '../src/catalogue/answers';
import { ResultPage } from '../src/result/result-page';
import { resultSummary } from '../src/result/result-summary';
import type { Citation } from '../src/ui/source-numbering';
import { fixtures } from './fixtures/answers';

const cases = Object.entries(fixtures).map(([name, fixture]) => {
  const answers = readAnswers(fixture.answers);
  return { name, answers, assessment: assess(answers) };
});

/** Rendering is slow in jsdom: the richest routine case and a red flag stand for the rest. */
const size = ({ assessment }: (typeof cases)[number]) => assessment.labDetails.length + assessment.alerts.length;
const renderCases = [
  cases.reduce((most, c) => (size(c) > size(most) ? c : most)),
  cases.find((c) => c.assessment.redFlag)!,
];

/** Every citation of a view-model, in the order of its fields and lists (the order the page shows them). */
function citationsIn(value: unknown): Citation[] {
  if (Array.isArray(value)) return value.flatMap(citationsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, field]) =>
    key === 'citations' || key === 'urgentCitations' ? ((field ?? []) as Citation[]) : citationsIn(field),
  );
}

/** Checks the numbering of a model's citations against its reference list. */
function expectNumberedInOrder(citations: Citation[], references: SourceId[]): void {
  const firstSeen: SourceId[] = [];
  for (const { id, n } of citations) {
    if (!firstSeen.includes(id)) {
      firstSeen.push(id);
      // A source first cited here takes the next number.
      expect(n, `${id} is the ${firstSeen.length}th source cited`).toBe(firstSeen.length);
    } else {
      // Cited again: the number it was given first.
      expect(n, `${id} keeps its number`).toBe(firstSeen.indexOf(id) + 1);
    }
  }
  expect(references).toEqual(firstSeen);
  expect(new Set(references).size).toBe(references.length);
}

/** The [n] links of a rendered page in document order, and its reference list. */
function renderedCitations(container: HTMLElement) {
  const links = [...container.querySelectorAll<HTMLAnchorElement>('.app-cite a')].map((a) => ({
    id: a.getAttribute('href')!.replace('#source-', ''),
    n: Number(a.textContent),
  }));
  const list = [...container.querySelectorAll('ol.app-sources > li')].map((li) => li.id.replace('source-', ''));
  return { links, list };
}

describe('clinician view-model', () => {
  it.each(cases)('$name: sources are numbered in the order the sections cite them, each listed once', ({ answers, assessment }) => {
    const view = clinicianView(assessment, answers);
    const citations = citationsIn(view.sections);
    expect(citations.length).toBeGreaterThan(0);
    expectNumberedInOrder(citations, view.references);
  });

  it('opens with the red flags when there is one, else with "none reported"; the tests section says it was not scored', () => {
    const urgent = cases.find((c) => c.assessment.redFlag)!;
    const routine = cases.find((c) => !c.assessment.redFlag)!;
    const urgentView = clinicianView(urgent.assessment, urgent.answers);
    expect(urgentView.sections[0].kind).toBe('redFlags');
    expect(urgentView.sections.find((s) => s.kind === 'tests')).toMatchObject({ scored: false, rows: [] });
    expect(clinicianView(routine.assessment, routine.answers).sections[0].kind).toBe('noRedFlags');
  });

  it.each(renderCases)('$name: the rendered [n] links and reference list are the model\'s', ({ answers, assessment }) => {
    const view = clinicianView(assessment, answers);
    const { container } = render(<ClinicianResult assessment={assessment} answers={answers} appVersion="0.1.0" />);
    const { links, list } = renderedCitations(container);
    expect(links).toEqual(citationsIn(view.sections));
    expect(list).toEqual(view.references);
  });
});

describe('patient summary view-model', () => {
  it.each(cases)('$name: sources are numbered in the order the summary cites them, each listed once', ({ answers, assessment }) => {
    const summary = resultSummary(assessment, answers);
    expectNumberedInOrder(citationsIn(summary), summary.references);
  });

  it.each(renderCases)('$name: the rendered [n] links and source list are the model\'s', ({ answers, assessment }) => {
    const summary = resultSummary(assessment, answers);
    const { container } = render(<ResultPage answers={answers} onChangeAnswers={() => {}} onRestart={() => {}} />);
    const { links, list } = renderedCitations(container);
    expect(links).toEqual(citationsIn(summary));
    expect(list).toEqual(summary.references);
  });
});
