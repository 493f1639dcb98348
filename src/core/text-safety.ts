/**
 * Text a user typed must reach the sheet as that text. Sheets treats input starting with
 * = + - @ as a formula and parses number- or date-like strings; a leading apostrophe stores
 * the string as typed (and is not itself stored).
 */
const FORMULA_START = /^[=+\-@]/;
const PARSEABLE = /^(?:[\d\s.,/:%£$€-]+|true|false)$/i;

export function asLiteralText(text: string): string {
  if (text === '') return text;
  return FORMULA_START.test(text) || PARSEABLE.test(text.trim()) ? `'${text}` : text;
}
