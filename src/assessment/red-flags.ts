/**
 * The red flags' tiers and labels, with their sources (docs/clinical-basis.md §2). A module of its own,
 * re-exported by knowledge.ts, because the urgent screen needs this table with the first questions and
 * not the rest of the clinical tables.
 */
import type { SourceId } from '../catalogue/sources';
import type { RedFlagId } from '../catalogue/questions';

export type Urgency = 'emergency' | 'sameDay' | 'routine';

export type RedFlagLabel =
  | 'suspectedDvt' | 'suspectedPe' | 'suspectedAcuteLimbIschaemia' | 'suspectedCompartmentSyndrome'
  | 'suspectedRhabdomyolysis' | 'suspectedCaudaEquina' | 'suspectedNewNeurologicalDeficit'
  | 'prolongedCramp' | 'suspectedTetanus' | 'toxinExposure';

/** In the order they are asked; the tiers are partly a reading (docs/clinical-basis.md, "Readings"). */
export const redFlags: Record<RedFlagId, { label: RedFlagLabel; tier: Exclude<Urgency, 'routine'>; sources: SourceId[] }> = {
  oneLegSwollenHotRed: { label: 'suspectedDvt', tier: 'sameDay', sources: ['S54', 'nhsDvt', 'S25', 'rcogGtg37b'] },
  breathlessChestPain: { label: 'suspectedPe', tier: 'emergency', sources: ['nhsPulmonaryEmbolism', 'S54'] },
  coldPaleNumbLeg: { label: 'suspectedAcuteLimbIschaemia', tier: 'emergency', sources: ['esvs2020', 'S56'] },
  severeTenseCalf: { label: 'suspectedCompartmentSyndrome', tier: 'emergency', sources: ['nhsCompartmentSyndrome', 'boast10'] },
  darkUrineWeakness: {
    label: 'suspectedRhabdomyolysis',
    tier: 'emergency',
    sources: ['msdRhabdomyolysis', 'bosch2009', 'huerta2005'],
  },
  saddleNumbnessBladder: {
    label: 'suspectedCaudaEquina',
    tier: 'emergency',
    sources: ['nhsCaudaEquina', 'girftCaudaEquina', 'cksSciatica'],
  },
  newLegWeakness: { label: 'suspectedNewNeurologicalDeficit', tier: 'sameDay', sources: ['S55', 'S25'] },
  crampOver10minUnrelieved: { label: 'prolongedCramp', tier: 'sameDay', sources: ['S55'] },
  // NHS.uk: stiffness or spasms after a wound means A&E or 999; poisoning-related cramps are urgent (GP or 111).
  stiffnessAfterWound: { label: 'suspectedTetanus', tier: 'emergency', sources: ['nhsTetanus'] },
  toxinExposure: { label: 'toxinExposure', tier: 'sameDay', sources: ['S55'] },
};
