/**
 * The citations each audience may see. Patients see only patient-visible sources; a statement whose
 * sources are all for clinicians is still shown to them, without a link.
 */
import { citationsFor, type Audience, type SourceId } from '../catalogue/sources';
import type { Assessment, Reason } from './assess';
import { advice, softFlags, type AdviceId, type SoftFlagId } from './knowledge';

/** The assessment with every statement's sources narrowed to what this audience may see. */
export function assessmentCitedFor(audience: Audience, assessment: Assessment): Assessment {
  const pick = <T extends { sources: readonly SourceId[] }>(item: T): T => ({ ...item, sources: citationsFor(audience, item.sources) });
  const reasons = (list: Reason[]): Reason[] => list.map(pick);
  return {
    ...assessment,
    redFlags: assessment.redFlags.map(pick),
    reasons: {
      rls: reasons(assessment.reasons.rls),
      nocturnalLegCramps: reasons(assessment.reasons.nocturnalLegCramps),
      plmd: reasons(assessment.reasons.plmd),
    },
    alerts: assessment.alerts.map(pick),
    labDetails: assessment.labDetails.map(pick),
    contributing: {
      medicines: assessment.contributing.medicines.map(pick),
      conditions: assessment.contributing.conditions.map(pick),
    },
  };
}

/** The sources of a "see your GP soon" sign that this audience may see. */
export function softFlagCitations(audience: Audience, id: SoftFlagId): SourceId[] {
  return citationsFor(audience, softFlags[id].sources);
}

/** The sources of a first step that this audience may see. */
export function adviceCitations(audience: Audience, id: AdviceId): SourceId[] {
  return citationsFor(audience, advice[id].sources);
}
