import type { OptionId } from '../catalogue/questions';
import type { SourceId } from '../catalogue/sources';
import type { Band } from './band-order';
import {
  conditionLinks,
  medicineLinks,
  medicineLinkTopic,
  type ConditionId,
  type ConditionLink,
  type ContributingConditionId,
  type MedicineLink,
} from './knowledge';

export interface ContributingMedicine {
  id: OptionId<'medications'>;
  /** Every sourced link, for the clinician. */
  links: MedicineLink[];
  /** The links a patient is shown: only those about a result that was not ruled out. */
  patientLinks: MedicineLink[];
  sources: SourceId[];
}

export interface ContributingCondition {
  id: ContributingConditionId;
  links: ConditionLink[];
  sources: SourceId[];
}

export interface Contributing {
  medicines: ContributingMedicine[];
  conditions: ContributingCondition[];
}

/**
 * The medicines and conditions that may play a part. A patient is told of a medicine's link only when
 * the result it is about was not ruled out (no bands, on a red flag, shows none).
 */
export function contributingFactors(
  medications: readonly string[],
  conditions: readonly string[],
  pregnancy: string | undefined,
  bands: Record<ConditionId, Band> | null,
): Contributing {
  const shown = {
    rls: bands !== null && (bands.rls !== 'unlikely' || bands.plmd === 'possible'),
    cramps: bands !== null && bands.nocturnalLegCramps !== 'unlikely',
    clinicianOnly: false,
  };
  const medicines = medications.flatMap((id) => {
    const link = medicineLinks[id as OptionId<'medications'>];
    if (!link) return [];
    const patientLinks = link.links.filter((l) => shown[medicineLinkTopic[l]]);
    return [{ id: id as OptionId<'medications'>, links: link.links, patientLinks, sources: link.sources }];
  });
  const ids: string[] = [...conditions];
  if (pregnancy === 'pregnant' || pregnancy === 'postpartum6w') ids.push('pregnancy');
  const linked = ids.flatMap((id) => {
    const link = conditionLinks[id as ContributingConditionId];
    return link ? [{ id: id as ContributingConditionId, ...link }] : [];
  });
  return { medicines, conditions: linked };
}
