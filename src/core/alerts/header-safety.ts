/**
 * Mail header fields (subject, sender name, reply-to, recipients) come partly from the sheet (the
 * board name, officers' addresses). A line break there could start a new header
 * ("Board\nBcc: x@evil.example"), so every control character (C0, DEL, C1, and the Unicode line
 * and paragraph separators) becomes a space, runs of spaces become one, and the ends are trimmed.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

export function headerSafe(text: string): string {
  return String(text ?? '')
    .replace(CONTROL, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** An address list ("a@x.org, b@y.org"): each address made header-safe, empty ones dropped. */
export function headerSafeAddresses(list: string): string {
  return String(list ?? '')
    .split(',')
    .map((a) => headerSafe(a))
    .filter(Boolean)
    .join(',');
}
