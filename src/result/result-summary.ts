/**
 * The patient summary as data: a plain function of the assessment that gives each part of the page
 * its words and the sources of each statement. Sources are numbered while the parts are built, in the
 * order the page shows them (the order of the fields below), so the inline [n] matches the list of
 * sources at the foot of the page.
 */
import type { Assessment, Band } from '../assessment/assess';
import { conditionsByBand } from '../assessment/band-order';
import { adviceCitations, assessmentCitedFor, softFlagCitations } from '../assessment/cited-for';
import type { ConditionId } from '../assessment/knowledge';
import type { KnownAnswers } from '../catalogue/answers';
import { outcome } from '../content/outcome-messages';
import {
  adviceText,
  alertText,
  isCrampPanelOnly,
  labWhyText,
  noteText,
  patientBandWord,
  patientReasons,
  resultWords,
  softFlagText,
} from '../content/outcome-voice';
import { reasonText } from '../content/reason-text';
import { questionWords, voiceOf, type Voice } from '../content/voice';
import type { SourceId } from '../catalogue/sources';
import type { CitedItem } from '../ui/citations';
import { sourceNumbering, type Citation } from '../ui/source-numbering';

export interface ConditionCard {
  condition: ConditionId;
  name: string;
  band: Band;
  /** The band as the patient reads it ("not scored separately" for PLMD beside restless legs). */
  bandWord: string;
  reasons: CitedItem[];
}

export interface TestLine {
  id: string;
  name: string;
  why: string;
  citations: Citation[];
}

export interface ResultSummary {
  /** With a red flag: the sources of the urgent advice; the page then shows no scoring. */
  urgentCitations: Citation[] | null;
  /** The conditions, the best fit first. */
  conditions: ConditionCard[];
  alerts: CitedItem[];
  softFlags: CitedItem[];
  contributing: CitedItem[];
  /** Tests for a cause of the symptoms. */
  tests: TestLine[];
  /** The cramp tests, introduced once (they are often not needed) and listed after the others. */
  crampTests: TestLine[];
  /** Said under the tests when an iron test is among them: how to prepare for it. */
  testPreparation: string | null;
  whatNow: CitedItem[];
  /** Every cited source, once, in the order of its number. */
  references: SourceId[];
  /** Whose words these are: the person's own, or someone answering for them. */
  voice: Voice;
}

/**
 * Patients see only patient-visible sources; a statement whose sources are all for clinicians keeps its
 * words. The answers say who is answering (the words are in that voice) and which medicines were ticked.
 */
export function resultSummary(fullAssessment: Assessment, answers: KnownAnswers): ResultSummary {
  const voice = voiceOf(answers);
  const reasonWords = patientReasons(voice);
  const medicineWords = questionWords('medications', voice).options;
  const conditionWords = questionWords('conditions', voice).options;
  const assessment = assessmentCitedFor('patient', fullAssessment);
  const words = resultWords(voice);
  const numbering = sourceNumbering();
  const cite = numbering.cite;
  const { bands } = assessment;
  const urgentCitations = assessment.redFlag ? cite(assessment.redFlags.flatMap((flag) => flag.sources)) : null;
  const conditions = bands
    ? conditionsByBand(bands).map((condition) => ({
        condition,
        name: outcome.conditions[condition].name,
        band: bands[condition],
        bandWord: patientBandWord(assessment, condition),
        reasons: assessment.reasons[condition].map((reason) => ({
          key: reason.id,
          text: reasonText(reason, reasonWords),
          citations: cite(reason.sources),
        })),
      }))
    : [];
  const alerts = assessment.alerts.map((alert) => ({ key: alert.id, text: alertText(alert.id, voice), citations: cite(alert.sources) }));
  const softFlags = assessment.softFlags.map((flag) => ({
    key: flag,
    text: softFlagText(flag, voice),
    citations: cite(softFlagCitations('patient', flag)),
  }));
  // A medicine's link is told only beside a result that was not ruled out; the other ticked medicines
  // are listed without a claim.
  const linkedMedicines = assessment.contributing.medicines.filter((medicine) => medicine.patientLinks.length > 0);
  const unlinkedMedicines = (answers.medications ?? []).filter(
    (id) => id !== 'none' && !linkedMedicines.some((medicine) => medicine.id === id),
  );
  const contributing = [
    ...linkedMedicines.map((medicine) => ({
      key: medicine.id,
      text: `${medicineWords[medicine.id].label}: ${medicine.patientLinks.map((link) => outcome.medicineLinks[link]).join('; ')}.`,
      citations: cite(medicine.sources),
    })),
    ...(unlinkedMedicines.length > 0
      ? [
          {
            key: 'medicinesWithoutClaim',
            text: words.medicinesWithoutClaim(unlinkedMedicines.map((id) => medicineWords[id].label).join('; ')),
            citations: [],
          },
        ]
      : []),
    ...assessment.contributing.conditions.map((condition) => ({
      key: condition.id,
      text: `${condition.id === 'pregnancy' ? outcome.contributingConditions.pregnancy : conditionWords[condition.id].label}: ${condition.links.map((link) => outcome.conditionLinks[link]).join('; ')}.`,
      citations: cite(condition.sources),
    })),
  ];
  const testLine = (lab: Assessment['labDetails'][number]): TestLine => ({
    id: lab.id,
    name: outcome.labs[lab.id],
    why: lab.because.map((rule) => labWhyText(lab.id, rule, voice)).filter(Boolean).join(' '),
    citations: cite(lab.sources),
  });
  const labs = assessment.redFlag ? [] : assessment.labDetails;
  const tests = labs.filter((lab) => !isCrampPanelOnly(lab)).map(testLine);
  const crampTests = labs.filter(isCrampPanelOnly).map(testLine);
  const testPreparation = assessment.notes.includes('ironTestPreparation') ? noteText('ironTestPreparation', voice) : null;
  const whatNow = [
    // The maternity and under-18 notes are shown at the top (with the red flag, or before the result);
    // the iron-test note goes with the tests.
    ...assessment.notes
      .filter((note) => note !== 'maternityAssessment' && note !== 'underEighteen' && note !== 'ironTestPreparation')
      .map((note) => ({ key: note, text: noteText(note, voice), citations: [] })),
    ...assessment.advice.map((id) => ({ key: id, text: adviceText(id, voice), citations: cite(adviceCitations('patient', id)) })),
  ];
  return {
    urgentCitations,
    conditions,
    alerts,
    softFlags,
    contributing,
    tests,
    crampTests,
    testPreparation,
    whatNow,
    references: numbering.references(),
    voice,
  };
}
