/**
 * The words of the answer-file picker on the start page, in English. Kept apart from the rest of
 * en-fhir.ts (which is part of it) because the picker is on the first page, and the messages about
 * what is wrong with a file are needed only once a file has been chosen.
 */
export const enFhirImport = {
  label: 'Load answers from a file',
  hint: 'Choose a file of answers downloaded from nightlegs (a .json file). Its answers replace any you have given here.',
  errorPrefix: 'Error:',
  errorLead: (fileName: string) => `"${fileName}" could not be loaded, so none of its answers were used:`,
  /** The code that reads files could not be loaded (offline before the app was ever fully loaded). */
  readerUnavailable: 'This page could not load the part that reads files. Check your internet connection, reload the page and try again.',
};
