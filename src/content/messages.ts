/** The messages in use. Only English exists today; a second language is another `Messages` module. */
import { en, type Messages } from './en';

export const messages: Messages = en;
