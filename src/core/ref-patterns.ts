/**
 * Regular expressions for Sheets' TextFinder over the Ref No column, so a save can ask Sheets
 * "does any cell hold this reference?" or "is any reference of this meeting day numbered above
 * the register?" without reading the column. They accept exactly the forms `parseRef` accepts
 * ("28.1.5" is 28.01.05; spaces around are ignored) and use only what RE2 (Sheets) and
 * JavaScript agree on.
 */
import { MAX_REF_NUMBER, parseRef } from './refs';

/** `n` with optional leading zeros: "0?5" for a one-digit part of a day or month. */
function part(n: number): string {
  return n < 10 ? `0?${n}` : String(n);
}

/** Whole numbers (no leading zeros) in (above, MAX_REF_NUMBER], as an alternation; undefined if none. */
export function numbersAbove(above: number): string | undefined {
  if (!Number.isInteger(above) || above >= MAX_REF_NUMBER) return undefined;
  const maxDigits = String(MAX_REF_NUMBER).length; // 999: every number of up to three digits
  const alts: string[] = [];
  if (above < 1) {
    alts.push(`[1-9]\\d{0,${maxDigits - 1}}`);
  } else {
    const s = String(above);
    const k = s.length;
    // Same number of digits and larger: a common prefix, one larger digit, then any digits.
    for (let i = 0; i < k; i++) {
      const d = Number(s[i]);
      if (d === 9) continue;
      const rest = k - i - 1;
      alts.push(`${s.slice(0, i)}[${d + 1}-9]${rest ? `\\d{${rest}}` : ''}`);
    }
    // More digits.
    if (k < maxDigits) alts.push(`[1-9]\\d{${k},${maxDigits - 1}}`);
  }
  return alts.join('|');
}

/**
 * A cell holding a reference of the meeting day `prefix` ("28.01") numbered above `above` and
 * at most MAX_REF_NUMBER (numbers past it are never used for numbering). Undefined when no
 * number is left above it.
 */
export function refsAbovePattern(prefix: string, above: number): string | undefined {
  const [day, month] = prefix.split('.').map(Number) as [number, number];
  const numbers = numbersAbove(Math.max(0, above));
  if (numbers === undefined) return undefined;
  return `^\\s*${part(day)}\\.${part(month)}\\.0*(?:${numbers})\\s*$`;
}

function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/** A cell holding the same reference as `ref` (any accepted form), or exactly its text if it is not one (search with matchCase). */
export function sameRefPattern(ref: string): string {
  const r = parseRef(ref);
  if (!r) return `^\\s*${escapeRegex(ref.trim())}\\s*$`;
  return `^\\s*${part(r.day)}\\.${part(r.month)}\\.0*${r.number}\\s*$`;
}
