/**
 * The terse prompt a GP reads for each question, in English. Kept apart from the patient wording
 * so that only GP mode, the clinician view and the FHIR export load it.
 */
import type { QuestionId } from '../catalogue/questions';

export const clinicianPrompts: Record<QuestionId, string> = {
  respondent: 'History from',
  redFlags: 'Red-flag screen',
  ageBand: 'Age band',
  pregnancy: 'Pregnant or post-partum (≤ 6 weeks)',
  sensation: 'Symptom quality',
  urgeToMove: 'IRLSSG 1: urge to move the legs',
  muscleHardens: 'ICSD-3 cramp A: involuntary muscle hardness or tightness',
  restTrigger: 'IRLSSG 2: begins or worsens at rest ("wakes from sleep" favours cramps or PLMS arousal)',
  relief: 'IRLSSG 3 (relief while moving) vs ICSD-3 cramp C (forceful stretch) vs positional, claudication or venous relief',
  returnsOnRest: 'Recurrence on resuming rest (supports IRLSSG 2–3)',
  timing: 'IRLSSG 4: evening or night predominance; ICSD-3 cramp B: during time in bed',
  episodeLength: 'Episode duration (cramps: seconds to about 10 min; RLS persists while at rest)',
  location: 'Distribution: calf or foot (cramps); both legs ± arms (RLS); whole body (akathisia); joints (arthritis)',
  onset: 'Onset',
  frequency: 'IRLSSG course specifier',
  impact: 'Clinical significance (IRLSSG specifier / ICSD-3-TR RLS C); PLMD C',
  partnerObserved: 'Witnessed repetitive leg movements in sleep (possible PLMS; PSG needed)',
  unrefreshed: 'Sleep disturbance or daytime impairment',
  snoringApnoea: 'OSA screen (PLMD exclusion; AASM modifiable factor)',
  medications: 'Medication review: cramp-associated and RLS-exacerbating drugs',
  medStartedRecently: 'Temporal link to a medicine (akathisia; drug-induced RLS or cramps)',
  conditions: 'Associated or secondary conditions',
  otherSymptoms: 'Secondary-cause screen',
};
