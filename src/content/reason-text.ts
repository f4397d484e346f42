import type { Reason } from '../assessment/assess';

/** One audience's words for every reason of the assessment: a function of the reason's details. */
export type ReasonWords = { [R in Reason as R['id']]: (reason: R) => string };

/**
 * A reason in one audience's words: `reasonText(reason, outcome.reasons)` for the patient,
 * `reasonText(reason, gpMessages.reasons)` for the clinician. The audience's words are passed in, so a
 * page loads only the words of its own audience.
 */
export function reasonText(reason: Reason, audience: ReasonWords): string {
  return (audience[reason.id] as (reason: Reason) => string)(reason);
}
