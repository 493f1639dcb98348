/**
 * Text a user typed must reach the sheet as that text. Sheets treats input starting with
 * = + - @ as a formula and parses number-, date- or time-like strings ("2:00pm",
 * "18 March 2010", "1e5"); a leading apostrophe stores the string as typed (and is not itself stored,
 * so text that itself starts with an apostrophe gets a second one).
 */
const LEADING = /^[=+\-@']/;
const PARSEABLE = /^(?:[\d\s.,/:%£$€-]+|true|false)$/i;
/** A number in exponent form ("1e5", "2E3", "1.5e-3", "-4E+2%"): Sheets stores it as a number. */
const EXPONENT = /^[+-]?[£$€]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)e[+-]?\d+%?$/i;
/** Words Sheets accepts inside a date or time: months, weekdays, ordinals, am/pm. */
const DATE_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|st|nd|rd|th|am|pm|a|p)$/i;

/** Digits, separators and only date words: Sheets may read it as a date or a time. */
function dateLike(text: string): boolean {
  if (!/\d/.test(text)) return false;
  return text
    .split(/[\d\s.,/:%£$€-]+/)
    .filter(Boolean)
    .every((word) => DATE_WORD.test(word));
}

export function asLiteralText(text: string): string {
  if (text === '') return text;
  const t = text.trim();
  return LEADING.test(t) || PARSEABLE.test(t) || EXPONENT.test(t) || dateLike(t) ? `'${text}` : text;
}
