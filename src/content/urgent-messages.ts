/** The urgent screen's words in use; they load with the first questions (see en-urgent.ts). */
import { enUrgent, type UrgentMessages } from './en-urgent';

export const urgentWords: UrgentMessages = enUrgent;
