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
import { optionLabel } from '../content/option-label';
import { outcome } from '../content/outcome-messages';
import { reasonText } from '../content/reason-text';
import type { SourceId } from '../catalogue/sources';
import type { CitedItem } from '../ui/citations';
import { sourceNumbering, type Citation } from '../ui/source-numbering';

export interface ConditionCard {
  condition: ConditionId;
  name: string;
  band: Band;
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
  tests: TestLine[];
  whatNow: CitedItem[];
  /** Every cited source, once, in the order of its number. */
  references: SourceId[];
}

/** Patients see only patient-visible sources; a statement whose sources are all for clinicians keeps its words. */
export function resultSummary(fullAssessment: Assessment): ResultSummary {
  const assessment = assessmentCitedFor('patient', fullAssessment);
  const numbering = sourceNumbering();
  const cite = numbering.cite;
  const { bands } = assessment;
  const urgentCitations = assessment.redFlag ? cite(assessment.redFlags.flatMap((flag) => flag.sources)) : null;
  const conditions = bands
    ? conditionsByBand(bands).map((condition) => ({
        condition,
        name: outcome.conditions[condition].name,
        band: bands[condition],
        reasons: assessment.reasons[condition].map((reason) => ({
          key: reason.id,
          text: reasonText(reason, outcome.reasons),
          citations: cite(reason.sources),
        })),
      }))
    : [];
  const alerts = assessment.alerts.map((alert) => ({ key: alert.id, text: outcome.alerts[alert.id], citations: cite(alert.sources) }));
  const softFlags = assessment.softFlags.map((flag) => ({
    key: flag,
    text: outcome.softFlags[flag],
    citations: cite(softFlagCitations('patient', flag)),
  }));
  const contributing = [
    ...assessment.contributing.medicines.map((medicine) => ({
      key: medicine.id,
      text: `${optionLabel('medications', medicine.id)}: ${medicine.links.map((link) => outcome.medicineLinks[link]).join('; ')}.`,
      citations: cite(medicine.sources),
    })),
    ...assessment.contributing.conditions.map((condition) => ({
      key: condition.id,
      text: `${condition.id === 'pregnancy' ? outcome.contributingConditions.pregnancy : optionLabel('conditions', condition.id)}: ${condition.links.map((link) => outcome.conditionLinks[link]).join('; ')}.`,
      citations: cite(condition.sources),
    })),
  ];
  const tests = assessment.redFlag
    ? []
    : assessment.labDetails.map((lab) => ({
        id: lab.id,
        name: outcome.labs[lab.id],
        why: lab.because.map((rule) => outcome.labWhy[rule]).join(' '),
        citations: cite(lab.sources),
      }));
  const whatNow = [
    // The maternity and under-18 notes are shown at the top (with the red flag, or before the result).
    ...assessment.notes
      .filter((note) => note !== 'maternityAssessment' && note !== 'underEighteen')
      .map((note) => ({ key: note, text: outcome.notes[note], citations: [] })),
    ...assessment.advice.map((id) => ({ key: id, text: outcome.advice[id], citations: cite(adviceCitations('patient', id)) })),
  ];
  return { urgentCitations, conditions, alerts, softFlags, contributing, tests, whatNow, references: numbering.references() };
}
