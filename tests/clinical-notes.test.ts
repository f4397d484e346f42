/**
 * The text for clinical notes: the lines that matter for named fixtures, and the
 * shape an EHR free-text box needs (plain text, at most 25 lines of at most 100 characters).
 */
import { describe, expect, it } from 'vitest';
import { assess } from '../src/assessment/assess';
import { clinicalNotesText, NOTES_MAX_LINES, NOTES_MAX_WIDTH } from '../src/gp/clinical-notes';
import { pertinentFindings } from '../src/gp/findings';
import { readAnswers, type Answers } from '../src/catalogue/answers';
import { questionOptions } from '../src/catalogue/questions';
import type { Mode } from '../src/questionnaire/steps';
import { fixtures, type Fixture } from './fixtures/answers';

const date = new Date(2026, 2, 12);

function notes(answers: Answers, options: { mode?: Mode; irlsScore?: number | null } = {}) {
  const known = readAnswers(answers);
  return clinicalNotesText({
    assessment: assess(known),
    answers: known,
    date,
    mode: options.mode ?? 'gp',
    appVersion: '0.1.0',
    irlsScore: options.irlsScore,
  });
}

/** A wrapped entry ("Positives: …" over several lines) joined back into one line. */
function entry(text: string, prefix: string): string | undefined {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(prefix));
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => !line.startsWith('  '));
  return [lines[start], ...rest.slice(0, end < 0 ? rest.length : end).map((l) => l.trim())].join(' ');
}

/** RLS and cramps together, with several medicines, conditions and other symptoms. */
const longestRealistic: Answers = {
  ...fixtures.crampsAndRls.answers,
  medications: ['diuretic', 'statin', 'sedatingAntihistamine', 'antidepressant'],
  medStartedRecently: 'yes',
  conditions: ['kidneyDiseaseOrDialysis', 'diabetes', 'ironDeficiencyOrBloodLoss', 'thyroidDisease'],
  otherSymptoms: ['numbTinglingFeet', 'excessiveThirst', 'bothAnklesSwell'],
  partnerObserved: 'kickingIAware',
  unrefreshed: 'yes',
  snoringApnoea: 'unknown',
  impact: ['sleepOnsetOrWaking', 'daytimeTiredness', 'distressOrFunction'],
};

describe('clinicalNotesText: the lines that matter', () => {
  it('typical RLS', () => {
    const text = notes(fixtures.typicalRls.answers);
    const lines = text.split('\n');
    expect(lines[0]).toBe('nightlegs screening questionnaire, 12 March 2026, GP mode, version 0.1.0.');
    expect(lines[1]).toBe('Age 50 to 64. History from: patient.');
    expect(lines[2]).toBe('Red flags screened: none reported.');
    expect(lines).toContain('RLS: likely (IRLSSG met 1-4; unknown 5). Chronic-persistent; clinically significant.');
    expect(lines).toContain('Sleep-related leg cramps: unlikely (ICSD-3 met B; not met A, C).');
    expect(lines).toContain('PLMD: unlikely (ICSD-3 A-B need PSG; met C; not met D).');
    expect(lines).toContain('Medicines to review: none ticked.');
    expect(lines).toContain('Tests to consider: ferritin, TSAT (iron, TIBC), FBC, U&E/creatinine.');
    expect(entry(text, 'Iron studies:')).toBe(
      'Iron studies: morning sample, no iron for 24 h; AASM 2024 adult threshold ferritin <=75 ng/mL or TSAT <20%.',
    );
    expect(lines.at(-1)).toBe('Screening questionnaire, not a diagnosis.');

    const positives = entry(text, 'Positives:');
    for (const finding of ['urge to move the legs', 'starts or worse when still', 'eased by: keeping moving', 'worse in the evening or at night']) {
      expect(positives).toContain(finding);
    }
    expect(entry(text, 'Negatives:')).toBe('Negatives: eased by firm stretching; loud snoring or breathing pauses; any of the other listed symptoms.');
    expect(lines).toContain('Unsure: leg kicks in sleep (nobody to see them).');
    expect(text).not.toContain('Mimics/alerts');
  });

  it('RLS and cramps together', () => {
    const lines = notes(fixtures.crampsAndRls.answers).split('\n');
    expect(lines).toContain('RLS: likely (IRLSSG met 1-4; unknown 5). Chronic-persistent; clinically significant.');
    expect(lines).toContain('Sleep-related leg cramps: likely (ICSD-3 met A-C).');
    expect(lines).toContain('PLMD: unlikely (ICSD-3 A-B need PSG; met C; not met D).');
    expect(lines).toContain('Tests to consider: ferritin, TSAT (iron, TIBC), FBC, U&E/creatinine, calcium, TSH.');
  });

  it('typical cramps: no RLS specifiers when RLS is unlikely, and no iron note without iron studies', () => {
    const lines = notes(fixtures.typicalCramps.answers).split('\n');
    expect(lines).toContain('RLS: unlikely (IRLSSG not met 1-4; unknown 5).');
    expect(lines).toContain('Sleep-related leg cramps: likely (ICSD-3 met A-C).');
    expect(lines).toContain('PLMD: unlikely (ICSD-3 A-B need PSG; met C; unknown D).');
    expect(lines).toContain('Tests to consider: U&E/creatinine, calcium, TSH.');
    expect(lines.some((line) => line.startsWith('Iron studies'))).toBe(false);
  });

  it('a red flag is reported first, in words, and stops the bands and tests', () => {
    const text = notes(fixtures.redFlagEmergency.answers);
    const lines = text.split('\n');
    expect(lines[2]).toBe('Red flags screened: REPORTED - Suspected pulmonary embolism (emergency).');
    expect(lines[3]).toBe('Not scored: red flag first. Urgent assessment decides tests.');
    expect(text).not.toMatch(/^RLS:|^PLMD:|^Tests to consider/m);
    expect(lines.at(-1)).toBe('Screening questionnaire, not a diagnosis.');
  });

  it('a same-day red flag in pregnancy names the maternity assessment', () => {
    const text = notes(fixtures.redFlagDvtPregnant.answers);
    expect(entry(text, 'Red flags screened:')).toBe(
      'Red flags screened: REPORTED - Suspected DVT or cellulitis (same day). Pregnant or within 6 weeks post-partum: same-day maternity assessment.',
    );
    expect(entry(text, 'Positives:')).toMatch(/^Positives: pregnant; /);
  });

  it('medicines to review, with what each is linked to, and the mimic alerts', () => {
    const text = notes(fixtures.rlsPossibleAkathisia.answers);
    expect(entry(text, 'Medicines to review:')).toBe(
      'Medicines to review: antipsychotic (may worsen RLS). Symptoms started or worsened after a medicine change.',
    );
    expect(text.split('\n')).toContain('Mimics/alerts: Possible akathisia.');
    expect(text.split('\n')).toContain('RLS: possible (IRLSSG met 1-4; not met 5). Chronic-persistent; clinically significant.');
  });

  it('says who completed it, the IRLS total when recorded, and the paediatric note under 18', () => {
    expect(notes(fixtures.typicalRls.answers, { mode: 'patient' }).split('\n')[0]).toBe(
      'nightlegs screening questionnaire, 12 March 2026, completed by patient, version 0.1.0.',
    );
    expect(notes(fixtures.typicalRls.answers, { irlsScore: 14 }).split('\n')).toContain(
      'IRLS total (administered under licence): 14/40.',
    );
    expect(notes(fixtures.typicalRls.answers)).not.toContain('IRLS total');
    expect(notes({ ...fixtures.typicalRls.answers, ageBand: 'under18' }).split('\n')).toContain(
      'Under 18: paediatric criteria differ; clinician review.',
    );
  });

  it('the longest realistic result still fits, with every medicine to review', () => {
    const text = notes(longestRealistic);
    expect(text.split('\n').length).toBeLessThanOrEqual(NOTES_MAX_LINES);
    expect(entry(text, 'Medicines to review:')).toBe(
      'Medicines to review: diuretic (cramps); statin (cramps); sedating antihistamine (may worsen RLS); antidepressant (may worsen RLS). Symptoms started or worsened after a medicine change.',
    );
    expect(entry(text, 'Tests to consider:')).toBe(
      'Tests to consider: ferritin, TSAT (iron, TIBC), FBC, U&E/creatinine, calcium, magnesium, TSH, HbA1c, CK, B12/folate.',
    );
  });
});

describe('clinicalNotesText: plain text for an EHR box', () => {
  const everything: Answers = Object.fromEntries(
    Object.entries(questionOptions).map(([id, options]) => [
      id,
      id === 'redFlags'
        ? ['none']
        : ['sensation', 'relief', 'episodeLength', 'location', 'impact', 'medications', 'conditions', 'otherSymptoms'].includes(id)
          ? options.filter((o) => o !== 'none' && o !== 'notApplicable' && o !== 'unknown')
          : options[0],
    ]),
  );
  const cases: [string, Answers][] = [
    ...(Object.entries(fixtures) as [string, Fixture][]).map(([name, f]): [string, Answers] => [name, f.answers]),
    ['longestRealistic', longestRealistic],
    ['every option ticked', everything],
    ['nothing answered', {}],
  ];

  it.each(cases)('%s: at most 25 lines of at most 100 characters, no HTML or tables', (_name, answers) => {
    const text = notes(answers, { irlsScore: 40 });
    const lines = text.split('\n');
    expect(lines.length).toBeLessThanOrEqual(NOTES_MAX_LINES);
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(NOTES_MAX_WIDTH);
    expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
    expect(text).not.toMatch(/\||\*\*|^#/m);
    expect(text).not.toMatch(/\bundefined\b|\bnull\b|\[object/);
    expect(lines.at(-1)).toBe('Screening questionnaire, not a diagnosis.');
  });

  it('shortens the findings, and says so, when everything is ticked', () => {
    const text = notes(everything);
    expect(text).toContain('(more in the app)');
    expect(text).toContain('Medicines to review:');
    expect(text).toContain('Tests to consider:');
  });
});

describe('pertinentFindings', () => {
  it('typical cramps: positives and negatives in question order', () => {
    const findings = pertinentFindings(readAnswers(fixtures.typicalCramps.answers));
    expect(findings.positives).toEqual([
      'feels like: sudden painful muscle tightening (cramp)',
      'muscle goes hard',
      'wakes from sleep',
      'eased by: firm stretching',
      'only in bed, waking from sleep',
      'lasts: seconds to about 10 minutes',
      'where: calf, foot',
      'started: more than a year ago',
      'less than twice a week',
      'affects: sleep',
    ]);
    expect(findings.negatives).toEqual([
      'urge to move the legs',
      'starts or worse when still',
      'eased by keeping moving',
      'leg kicks seen in sleep',
      'unrefreshed or sleepy in the day',
      'loud snoring or breathing pauses',
      'any of the listed medicines',
      'any of the listed conditions',
      'any of the other listed symptoms',
    ]);
    expect(findings.unsure).toEqual([]);
  });
});
