/**
 * What Set up says about the spreadsheet's locale and time zone (File ▸ Settings). A locale that
 * reads short dates month-first turns a typed "03/04/2010" into 4 March, and a time zone other
 * than the script's shifts typed times against the papers and alerts. Pure: the adapter reads
 * the settings and shows the words.
 */

/** The locale Set up offers: day-first short dates, as the board writes them. */
export const BRITISH_LOCALE = 'en_GB';

/**
 * Locales whose short dates Sheets reads month-first. en_US is documented by experience; the others
 * are the locales whose usual short date is M/d/yyyy (a list Google does not publish).
 */
const MONTH_FIRST = new Set(['en_US', 'es_US', 'en_PH', 'fil_PH', 'en_UM', 'en_AS', 'en_GU', 'en_MP', 'en_PR', 'en_VI']);

export function readsMonthFirst(locale: string): boolean {
  return MONTH_FIRST.has(locale.replace('-', '_'));
}

/** The question Set up asks (YES switches the spreadsheet to en_GB), or undefined when the locale reads dates day-first. */
export function localeQuestion(locale: string): string | undefined {
  if (!readsMonthFirst(locale)) return undefined;
  return [
    `This spreadsheet's locale is ${locale} (File ▸ Settings), which reads dates month-first: 03/04/2010 typed into a cell would become 4 March 2010, not 3 April.`,
    '',
    `Switch the spreadsheet's locale to English (United Kingdom), ${BRITISH_LOCALE}, so that dates typed as dd/mm/yyyy read as you mean them? Dates already in cells stay as they are: check any typed before.`,
  ].join('\n');
}

/** A line for Set up's report when the spreadsheet's time zone is not the script's, or undefined. */
export function timeZoneNote(sheetZone: string, scriptZone: string): string | undefined {
  if (sheetZone === scriptZone) return undefined;
  return (
    `The spreadsheet's time zone is ${sheetZone} but the script's (appsscript.json) is ${scriptZone}. Action Log reads the dates and times typed in the sheet in ${sheetZone}. ` +
    `To keep the two in step, set File ▸ Settings ▸ Time zone to ${scriptZone}, or set "timeZone" in appsscript.json to ${sheetZone} and deploy again.`
  );
}
