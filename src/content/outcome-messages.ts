/** The outcome pages' words in use; they load with those pages (see en-outcome.ts). */
import { enOutcome, type OutcomeMessages } from './en-outcome';

export const outcome: OutcomeMessages = enOutcome;
