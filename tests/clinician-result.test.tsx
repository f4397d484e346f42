/**
 * The clinician view, the copy-to-notes control and the handout,
 * rendered in jsdom from `assess(readAnswers(fixture.answers))`.
 */
import { render, screen, within } from '@testing-library/react';
import { setupUser } from './ui-driver';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assess } from '../src/assessment/assess';
import { ClinicianResult, parseIrlsScore } from '../src/gp/clinician-result';
import { Handout, PrintButton } from '../src/gp/handout';
import { gpMessages } from '../src/content/en-gp';
import { outcome } from '../src/content/outcome-messages';
import { readAnswers, type Answers } from '../src/catalogue/answers';
import { fixtures } from './fixtures/answers';

function renderView(answers: Answers) {
  const known = readAnswers(answers);
  const assessment = assess(known);
  return render(
    <ClinicianResult assessment={assessment} answers={known} date={new Date(2026, 2, 12)} mode="gp" appVersion="0.1.0" />,
  );
}

const t = gpMessages.clinician;

/**
 * A table, by its caption (which may end with citation numbers), and a row, by its row header: found by
 * their text rather than by role, since computing the accessible name of every table and row header
 * of this long view on each lookup was most of these tests' time.
 */
function table(caption: string): HTMLElement {
  return screen.getByText(caption, { selector: 'caption' }).closest('table')!;
}

function rowOf(inTable: HTMLElement, header: string): HTMLElement {
  return within(inTable).getByText(header, { selector: 'th[scope="row"]' }).closest('tr')!;
}

/** The row of a checklist table, found by its caption and its criterion's row header. */
function row<C extends 'rls' | 'cramps' | 'plmd'>(checklist: C, criterion: keyof (typeof t)[C]['rows']): HTMLElement {
  const { caption, rows } = t[checklist];
  return rowOf(table(caption), (rows as Record<typeof criterion, string>)[criterion]);
}

/** The list item of a section (found by its heading) that contains `text`. */
function itemOf(sectionTitle: string, text: string | RegExp): HTMLElement {
  const section = screen.getByRole('region', { name: sectionTitle });
  return within(section).getByText(text).closest('li')!;
}

/** The status in words, as a screen reader hears it (the symbol is hidden from it). */
function statusOf(tr: HTMLElement): string {
  const status = tr.querySelector('.app-gp-status');
  const symbol = status?.querySelector('[aria-hidden="true"]')?.textContent ?? '';
  return (status?.textContent ?? '').replace(symbol, '').trim();
}

function symbolOf(tr: HTMLElement): string {
  return tr.querySelector('.app-gp-status [aria-hidden="true"]')?.textContent ?? '';
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ClinicianResult: criterion checklists', () => {
  it('typical RLS: IRLSSG 1–4 met with the answers behind them, 5 unknown, specifiers shown', () => {
    renderView(fixtures.typicalRls.answers);
    for (const key of ['R1', 'R2', 'R3', 'R4'] as const) {
      expect(statusOf(row('rls', key)), key).toBe('Met');
      expect(symbolOf(row('rls', key))).toBe('✓');
    }
    expect(statusOf(row('rls', 'R5'))).toBe('Unknown');
    expect(symbolOf(row('rls', 'R5'))).toBe('?');
    expect(row('rls', 'R5')).toHaveTextContent('Cannot be confirmed from answers');

    expect(within(row('rls', 'R1')).getByText('Urge to move the legs:').parentElement).toHaveTextContent(
      'Urge to move the legs: Yes',
    );
    expect(row('rls', 'R1')).toHaveTextContent('What it feels like: Uncomfortable feeling with a need to move');
    expect(row('rls', 'R2')).toHaveTextContent('Starts or gets worse when still: Yes');
    expect(row('rls', 'R3')).toHaveTextContent('What makes it better: Keeping moving');
    expect(row('rls', 'R3')).toHaveTextContent('Comes back when still again: Yes');
    expect(row('rls', 'R4')).toHaveTextContent('Time of day: Worse in the evening or at night');

    const rls = table(t.rls.caption);
    const course = rowOf(rls, t.rls.courseRow);
    expect(course).toHaveTextContent('Chronic-persistent');
    expect(course).toHaveTextContent('How often: Twice a week or more');
    expect(rowOf(rls, t.rls.significanceRow)).toHaveTextContent(/^.*Present/);

    // Cramps: hardening not described, in bed, no stretch relief.
    expect(statusOf(row('cramps', 'A'))).toBe('Not met');
    expect(symbolOf(row('cramps', 'A'))).toBe('✗');
    expect(row('cramps', 'A')).toHaveTextContent('Muscle goes hard: Not asked');
    expect(statusOf(row('cramps', 'B'))).toBe('Met');
    expect(statusOf(row('cramps', 'C'))).toBe('Not met');
  });

  it('typical cramps: ICSD-3 cramp A–C met, with the answers behind them', () => {
    renderView(fixtures.typicalCramps.answers);
    for (const key of ['A', 'B', 'C'] as const) expect(statusOf(row('cramps', key)), key).toBe('Met');
    expect(row('cramps', 'A')).toHaveTextContent('What it feels like: Sudden painful muscle tightening (cramp)');
    expect(row('cramps', 'A')).toHaveTextContent('Muscle goes hard: Yes');
    expect(row('cramps', 'B')).toHaveTextContent('Time of day: Only in bed, waking from sleep');
    expect(row('cramps', 'B')).toHaveTextContent('Starts or gets worse when still: No, wakes from sleep');
    expect(row('cramps', 'C')).toHaveTextContent('What makes it better: Firm stretching');
    // And RLS is not met on the urge.
    expect(statusOf(row('rls', 'R1'))).toBe('Not met');
    expect(row('rls', 'R3')).toHaveTextContent('Comes back when still again: Not asked');
  });

  it.each([['typicalRls'], ['typicalCramps'], ['plmdSuspected']] as const)(
    '%s: PLMD A and B always need polysomnography',
    (name) => {
      renderView(fixtures[name].answers);
      for (const key of ['A', 'B'] as const) expect(statusOf(row('plmd', key)), key).toBe('Needs polysomnography');
    },
  );

  it('PLMD suspected: C met, D unknown with the exclusions to ask about', () => {
    renderView(fixtures.plmdSuspected.answers);
    expect(row('plmd', 'A')).toHaveTextContent('Leg kicks seen in sleep: Yes, unaware of it');
    expect(statusOf(row('plmd', 'C'))).toBe('Met');
    expect(statusOf(row('plmd', 'D'))).toBe('Unknown');
    expect(row('plmd', 'D')).toHaveTextContent('Exclude RLS, narcolepsy, untreated OSA and RBD');
  });

  it('a mimic fails criterion 5 and is named in its row', () => {
    renderView(fixtures.rlsPossibleAkathisia.answers);
    expect(statusOf(row('rls', 'R5'))).toBe('Not met');
    expect(row('rls', 'R5')).toHaveTextContent('Possible akathisia: whole-body restlessness with a dopamine antagonist.');
  });

  it('tables have column and row headers', () => {
    renderView(fixtures.typicalRls.answers);
    const tables = screen.getAllByRole('table');
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const table of tables) {
      expect(table.querySelectorAll('thead th[scope="col"]').length).toBe(2);
      expect(table.querySelectorAll('tbody th[scope="row"]').length).toBeGreaterThan(0);
    }
    expect(screen.getByRole('table', { name: /IRLSSG essential criteria/ })).toBeInTheDocument();
  });
});

describe('ClinicianResult: bands, review, tests and cautions', () => {
  it('typical RLS: bands with the clinician reasons, tests with reasons, the AASM iron note', () => {
    renderView(fixtures.typicalRls.answers);
    const bands = table(t.bandsCaption);
    const rls = rowOf(bands, outcome.conditions.rls.name);
    expect(rls).toHaveTextContent('Likely');
    expect(rls).toHaveTextContent('IRLSSG 1–4 met; no discordant mimic; criterion 5 to be confirmed clinically.');
    expect(rowOf(bands, outcome.conditions.plmd.name)).toHaveTextContent('Unlikely');

    const labs = [...document.querySelectorAll('tr[data-lab]')].map((tr) => tr.getAttribute('data-lab'));
    expect(labs).toEqual(['ferritin', 'transferrinSaturation', 'fullBloodCount', 'renalFunction']);
    expect(document.querySelector('tr[data-lab="ferritin"]')).toHaveTextContent('iron status in all clinically significant RLS');
    const iron = screen.getByText(/Take a morning sample, with no iron supplements or iron-containing foods for at least 24 hours/);
    expect(iron.textContent?.replace(/\u00a0/g, ' ')).toContain('ferritin ≤ 75 ng/mL or transferrin saturation < 20%');
    expect(screen.getByText('Red flags screened: none of the ten reported.')).toBeInTheDocument();
  });

  it('shows the quinine and dopamine-agonist cautions with their sources', () => {
    renderView(fixtures.typicalCramps.answers);
    const quinine = itemOf(t.cautionsTitle, /^Quinine/);
    expect(quinine).toHaveTextContent('Quinine is not recommended for routine use for leg cramps');
    expect(quinine).toHaveTextContent(/FDA 2010.*MHRA 2010.*AAN 2010/);
    const cited = within(quinine).getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(cited).toEqual(['#source-S27', '#source-S28', '#source-S26', '#source-S29']);
    for (const href of cited) expect(document.querySelector(href as string)).toBeInTheDocument();
    const agonists = itemOf(t.cautionsTitle, /dopamine agonists/i);
    expect(agonists).toHaveTextContent('conditionally recommended against for standard use in RLS because of augmentation (AASM 2024)');
    expect(within(agonists).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['#source-S40']);
  });

  it('the examination checklist has the NICE CKS points only (the seed article\'s list had no verified source)', () => {
    renderView(fixtures.typicalCramps.answers);
    const exam = screen.getByRole('heading', { name: 'Examination' }).closest('section') as HTMLElement;
    for (const item of [
      'Peripheral pulses and capillary refill', 'Calf swelling', 'Varicose veins', 'Muscle wasting or fasciculations',
      'Sensory or motor loss', 'Reflexes',
    ]) {
      expect(within(exam).getByText(item)).toBeInTheDocument();
    }
    for (const item of ['Peripheral neurological deficits', 'Gait or speech abnormalities']) {
      expect(within(exam).queryByText(item)).toBeNull();
    }
    expect(new Set(within(exam).getAllByRole('link').map((a) => a.getAttribute('href')))).toEqual(new Set(['#source-S25']));
  });

  it('medication review: each ticked medicine with its link and source; the timing note', () => {
    renderView({
      ...fixtures.typicalCramps.answers,
      medications: ['diuretic', 'antidepressant', 'dopamineAgonistOrLevodopa'],
      medStartedRecently: 'yes',
    });
    const medicine = (name: string | RegExp) => itemOf(t.medicinesTitle, name);
    expect(medicine(/^Diuretic/)).toHaveTextContent('Diuretic: associated with leg cramps');
    expect(medicine(/^Antidepressant/)).toHaveTextContent('may provoke or worsen RLS');
    expect(medicine(/^Dopamine agonist/i)).toHaveTextContent('RLS augmentation');
    expect(within(medicine(/^Diuretic/)).getAllByRole('link')[0]).toHaveAttribute('href', '#source-S33');
    expect(screen.getByText(/after starting or increasing a medicine: consider a drug-induced cause, including akathisia/)).toBeInTheDocument();
    expect(screen.queryByText(/within weeks/)).toBeNull();
  });

  it('a red flag comes first, in words, and replaces the bands, checklists and tests', () => {
    renderView(fixtures.redFlagEmergency.answers);
    const first = screen.getAllByRole('heading')[0];
    expect(first).toHaveTextContent('Red flags: Emergency');
    const flags = screen.getByRole('heading', { name: 'Red flags: Emergency' }).closest('section') as HTMLElement;
    expect(within(flags).getByText(/Suspected pulmonary embolism/).closest('li')).toHaveTextContent(
      'Suspected pulmonary embolism. Emergency: immediate assessment now (999 or A&E).',
    );
    for (const { caption } of [t.rls, t.cramps, t.plmd]) {
      expect(screen.queryByRole('table', { name: (name) => name.startsWith(caption) })).toBeNull();
    }
    expect(screen.queryByRole('heading', { name: 'Patterns that fit' })).toBeNull();
    expect(screen.getByText('No routine list: urgent assessment decides the tests.')).toBeInTheDocument();
  });

  it('under 18: the paediatric note', () => {
    renderView({ ...fixtures.typicalRls.answers, ageBand: 'under18' });
    expect(screen.getByRole('heading', { name: 'Under 18' })).toBeInTheDocument();
    expect(screen.getByText(/Paediatric criteria and thresholds differ/)).toBeInTheDocument();
  });

  it('never shows the seed’s unverified figures or anything NOT FOUND', () => {
    renderView({
      ...fixtures.crampsAndRls.answers,
      medications: ['diuretic', 'statin', 'lithium', 'nsaid'],
      medStartedRecently: 'yes',
    });
    const view = document.querySelector('.app-gp') as HTMLElement;
    const references = screen.getByRole('heading', { name: 'References' }).closest('section') as HTMLElement;
    const text = (view.textContent ?? '').replace(references.textContent ?? '', '');
    expect(text).not.toMatch(/\b4\.6\b|\b4\.1\b|\b1\.02\b|68 ?%|median|NOT FOUND|useless/i);
    // IRLS bands have no verified source (docs/clinical-basis.md §12).
    expect(text).not.toMatch(/\bmild\b|\bsevere\b.*\b21\b|very severe/i);
    // Neither lithium nor the anti-inflammatory painkillers as a class has a verified link to cramps or
    // RLS; lithium is named only as a trigger of limb movements in sleep.
    const medicines = screen.getByRole('region', { name: t.medicinesTitle });
    expect(within(medicines).getByText(/^Lithium/i).closest('li')).toHaveTextContent(/^Lithium: may worsen limb movements in sleep \(PLMS\)\s*\[\d+\]$/);
    expect(within(medicines).queryByText(/anti-inflammatory/i)).toBeNull();
    expect(within(medicines).getByText(/^Statin/i).closest('li')).toHaveTextContent('associated with leg cramps');
  });
});

describe('ClinicianResult: the IRLS total', () => {
  it('accepts 0–40 and rejects 41, with an error message tied to the field', async () => {
    const user = setupUser();
    renderView(fixtures.typicalRls.answers);
    const field = screen.getByLabelText('IRLS score (if administered under licence)');
    expect(field).not.toHaveAttribute('aria-invalid');

    await user.type(field, '41');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    const error = screen.getByText('Enter the IRLS total as a whole number from 0 to 40');
    expect(field.getAttribute('aria-describedby')).toContain(error.closest('p')?.id);
    expect(screen.getByLabelText('Text for clinical notes')).not.toHaveValue(expect.stringContaining('IRLS total'));

    await user.clear(field);
    await user.type(field, '14');
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Enter the IRLS total as a whole number from 0 to 40')).toBeNull();
    expect(screen.getByText(/Recorded: 14 out of 40/)).toBeInTheDocument();
    expect((screen.getByLabelText('Text for clinical notes') as HTMLTextAreaElement).value).toContain(
      'IRLS total (administered under licence): 14/40.',
    );
  });

  it.each([
    ['0', 0], ['40', 40], [' 7 ', 7], ['41', null], ['-1', null], ['4.5', null], ['abc', null], ['', null], ['100', null],
  ])('parseIrlsScore(%j) = %j', (raw, expected) => {
    expect(parseIrlsScore(raw)).toBe(expected);
  });
});

describe('CopyToNotes', () => {
  it('copies the notes text and says "Copied" in a status region', async () => {
    const user = setupUser();
    renderView(fixtures.crampsAndRls.answers);
    const box = screen.getByLabelText('Text for clinical notes') as HTMLTextAreaElement;
    expect(box).toHaveAttribute('readonly');
    expect(box.value.split('\n')[0]).toBe('nightlegs screening questionnaire, 12 March 2026, GP mode, version 0.1.0.');
    expect(box.value).toContain('Sleep-related leg cramps: likely (ICSD-3 met A-C).');

    const write = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: 'Copy for clinical notes' }));
    expect(write).toHaveBeenCalledWith(box.value);
    expect(await navigator.clipboard.readText()).toBe(box.value);
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
  });

  it('without a clipboard, selects the text and says how to copy it', async () => {
    const user = setupUser();
    const stub = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    renderView(fixtures.typicalRls.answers);
    await user.click(screen.getByRole('button', { name: 'Copy for clinical notes' }));
    if (stub) Object.defineProperty(navigator, 'clipboard', stub);
    else delete (navigator as { clipboard?: unknown }).clipboard;
    expect(screen.getByRole('status')).toHaveTextContent('Could not copy automatically. Select the text below and copy it.');
    const box = screen.getByLabelText('Text for clinical notes') as HTMLTextAreaElement;
    expect(box).toHaveFocus();
    expect(box.selectionEnd - box.selectionStart).toBe(box.value.length);
  });

  it('when the clipboard refuses, falls back the same way', async () => {
    const user = setupUser();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('NotAllowedError'));
    renderView(fixtures.typicalRls.answers);
    await user.click(screen.getByRole('button', { name: 'Copy for clinical notes' }));
    expect(screen.getByRole('status')).toHaveTextContent('Select the text below and copy it.');
  });
});

describe('Handout and PrintButton', () => {
  function renderHandout(answers: Answers) {
    const known = readAnswers(answers);
    return render(<Handout assessment={assess(known)} answers={known} date={new Date(2026, 2, 12)} appVersion="0.1.0" />);
  }

  it('typical RLS: title, date and version, red flags screened, bands, findings, tests, not a diagnosis', () => {
    renderHandout(fixtures.typicalRls.answers);
    const handout = screen.getByTestId('handout');
    expect(handout).toHaveTextContent('My night-time leg symptoms: answers for my GP');
    expect(handout).toHaveTextContent('Filled in on 12 March 2026 with nightlegs version 0.1.0. Age: 50 to 64.');
    expect(handout).toHaveTextContent('I was asked about 10 urgent warning signs and have none of them.');
    expect(within(handout).getByText(/^Restless legs syndrome/).closest('li')).toHaveTextContent('Restless legs syndrome: likely');
    expect(within(screen.getByTestId('handout-positives')).getByText('Urge to move the legs')).toBeInTheDocument();
    expect(within(screen.getByTestId('handout-negatives')).getByText('Loud snoring or breathing pauses')).toBeInTheDocument();
    expect(handout).toHaveTextContent('Iron stores (ferritin)');
    expect(handout).toHaveTextContent('This is not a diagnosis.');
    // Short labels, never the full question text.
    expect(handout).not.toHaveTextContent('When it happens, do you feel a strong need or urge to move your legs?');
    expect(handout.querySelector('button, a, input')).toBeNull();
  });

  it('red flag: the warning sign with its urgency in words, no bands or tests', () => {
    renderHandout(fixtures.redFlagEmergency.answers);
    const handout = screen.getByTestId('handout');
    expect(handout).toHaveTextContent('Emergency: Possible blood clot in the lung (pulmonary embolism)');
    expect(handout).toHaveTextContent('Not scored, because urgent warning signs come first.');
    expect(handout).not.toHaveTextContent('Tests to ask about');
  });

  it('PrintButton opens the print dialogue', async () => {
    const user = setupUser();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    render(<PrintButton />);
    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});
