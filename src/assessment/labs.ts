/**
 * The tests a GP may consider (docs/clinical-basis.md §7), in the fixed display order; each keeps the
 * lab rules that listed it. Pure.
 */
import type { SourceId } from '../catalogue/sources';
import type { Band } from './band-order';
import type { Features } from './features';
import { labOrder, labRules, type ConditionId, type LabId, type LabRuleId } from './knowledge';

export interface LabRecommendation {
  id: LabId;
  /** The lab rules that listed this test, in the order they fired. */
  because: LabRuleId[];
  sources: SourceId[];
}

/** The tests the fired lab rules list, given the bands and the features behind them. */
export function recommendedLabs({ O, C, M, neuropathyFeat }: Features, bands: Record<ConditionId, Band>): LabRecommendation[] {
  const { rls, nocturnalLegCramps: cramps, plmd } = bands;
  const firedLabRules: LabRuleId[] = [];
  if (rls !== 'unlikely') {
    firedLabRules.push('rlsIronAndKidneys');
    if (O.has('excessiveThirst') || C.has('diabetes') || O.has('numbTinglingFeet')) firedLabRules.push('rlsDiabetes');
    if (O.has('numbTinglingFeet') || C.has('neuropathy')) firedLabRules.push('rlsNeuropathy');
    if (C.has('thyroidDisease')) firedLabRules.push('rlsThyroid');
  }
  if (cramps !== 'unlikely') {
    firedLabRules.push('crampsConsiderPanel');
    if (M.has('diuretic') || C.has('kidneyDiseaseOrDialysis') || C.has('liverDisease') || C.has('heavyAlcohol')) {
      firedLabRules.push('crampsMagnesium');
    }
    if (C.has('liverDisease') || C.has('heavyAlcohol')) firedLabRules.push('crampsLiver');
    if (M.has('statin') || O.has('muscleWastingOrTwitching')) firedLabRules.push('crampsMuscle');
  }
  if (plmd === 'possible') firedLabRules.push('plmdWorkUp');
  if (neuropathyFeat) firedLabRules.push('neuropathyPattern');
  return labList(firedLabRules);
}

function labList(fired: LabRuleId[]): LabRecommendation[] {
  return labOrder.flatMap((lab) => {
    const because = fired.filter((rule) => (labRules[rule].labs as readonly LabId[]).includes(lab));
    if (because.length === 0) return [];
    const sources = [...new Set(because.flatMap((rule) => labRules[rule].sources))];
    return [{ id: lab, because, sources }];
  });
}
