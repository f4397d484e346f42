/**
 * The patient's words for the urgent screen: what a red flag shows. Apart from the other outcome words
 * (en-outcome.ts, which reuses these) because they load with the first questions, so that the urgent
 * advice never waits for the network.
 */
import type { RedFlagLabel } from '../assessment/knowledge';

export const enUrgent = {
  urgent: {
    emergencyTitle: 'Emergency: call 999 now',
    emergencyBody: 'One of the signs you ticked can be serious and needs help straight away. Call 999 or go to A&E now.',
    sameDayTitle: 'Urgent: get medical advice today',
    sameDayBody: 'One of the signs you ticked needs to be checked today. Contact your GP straight away for an urgent appointment, or call 111.',
    maternity: 'Because you are pregnant or had a baby in the last 6 weeks, contact your maternity unit or midwife today.',
    /** Said to someone answering for another person: "you" is the person answering, the person they are about is "them". */
    thirdPerson: {
      emergencyBody: 'One of the signs you ticked can be serious and needs help straight away. Call 999 now, or take them to A&E.',
      sameDayBody:
        'One of the signs you ticked needs to be checked today. Contact their GP straight away for an urgent appointment, or call 111.',
      maternity: 'Because they are pregnant or had a baby in the last 6 weeks, contact their maternity unit or midwife today.',
      carryOnIntro:
        'When you have got help, or while you wait, you can carry on answering. Your answers will go into a summary for their GP, with these warning signs at the top.',
    },
    youTicked: 'You told us about:',
    carryOnIntro:
      'When you have got help, or while you wait, you can carry on answering. Your answers will go into a summary for your GP, with these warning signs at the top.',
    carryOn: 'Carry on answering',
    urgencyLabel: { emergency: 'Emergency', sameDay: 'Urgent' },
  },
  redFlagLabels: {
    suspectedDvt: 'Possible blood clot in the leg (DVT)',
    suspectedPe: 'Possible blood clot in the lung (pulmonary embolism)',
    suspectedAcuteLimbIschaemia: 'Possible blocked blood supply to the leg',
    suspectedCompartmentSyndrome: 'Possible dangerous pressure in the calf (compartment syndrome)',
    suspectedRhabdomyolysis: 'Possible muscle breakdown (rhabdomyolysis)',
    suspectedCaudaEquina: 'Possible pressure on the nerves at the bottom of the spine (cauda equina)',
    suspectedNewNeurologicalDeficit: 'New weakness or spreading numbness (a nerve problem)',
    prolongedCramp: 'A cramp that will not ease',
    suspectedTetanus: 'Possible tetanus',
    toxinExposure: 'Possible poisoning',
  } satisfies Record<RedFlagLabel, string>,
  underEighteen: 'You are under 18: a doctor should go through these answers with you, because the rules for children are different.',
  underEighteenThirdPerson:
    'They are under 18: a doctor should go through these answers with them, because the rules for children are different.',
};

export type UrgentMessages = typeof enUrgent;
