/**
 * Cell values as the emulated Sheets stores them, "user-entered" parsing (en_GB or en_US) and display
 * formatting (number formats), with dates kept as instants and shown in the spreadsheet's
 * time zone.
 */

/** A date-time held in a cell: the instant, independent of any JavaScript realm. */
export class StoredDate {
  constructor(readonly ms: number) {}
}

/** What a cell holds: '' is blank. */
export type Stored = string | number | boolean | StoredDate;

/** Number format of a cell nobody formatted ("Automatic"), as getNumberFormat reports it. */
export const GENERAL_FORMAT = '0.###############';
export const DATE_FORMAT = 'dd/mm/yyyy';
export const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm:ss';
export const TIME_FORMAT = 'hh:mm:ss';

// ---------------------------------------------------------------- time zones

export interface WallClock {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
  /** 0 = Sunday */
  wd: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
      era: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The wall-clock reading in `tz` at instant `ms`. */
export function wallClock(ms: number, tz: string): WallClock {
  const p: Record<string, string> = {};
  for (const part of formatter(tz).formatToParts(new Date(ms))) p[part.type] = part.value;
  let y = Number(p.year);
  if (p.era && /^B/i.test(p.era)) y = 1 - y;
  return {
    y,
    mo: Number(p.month),
    d: Number(p.day),
    h: Number(p.hour) % 24,
    mi: Number(p.minute),
    s: Number(p.second),
    ms: ((ms % 1000) + 1000) % 1000,
    wd: WEEKDAYS.indexOf(p.weekday ?? ''),
  };
}

/** The instant at which the wall clock in `tz` reads the given time. */
export function zonedTime(y: number, mo: number, d: number, h: number, mi: number, s: number, tz: string): number {
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  const offsetAt = (t: number): number => {
    const w = wallClock(t, tz);
    return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - (t - w.ms);
  };
  const first = asUtc - offsetAt(asUtc);
  const second = asUtc - offsetAt(first);
  return second;
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
/** Sheets' serial number (days since 30/12/1899, wall clock in the sheet's zone). */
export function toSerial(ms: number, tz: string): number {
  const w = wallClock(ms, tz);
  return (Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s, w.ms) - SERIAL_EPOCH) / 86_400_000;
}

// ---------------------------------------------------------------- user-entered parsing

export type Parsed = { kind: 'value'; value: Stored; impliedFormat?: string } | { kind: 'formula'; formula: string };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function monthFromName(name: string): number {
  const n = name.toLowerCase();
  if (n.length < 3) return 0;
  const i = MONTHS.findIndex((m) => m.startsWith(n) || (n === 'sept' && m === 'september'));
  return i + 1;
}

function validDate(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function expandYear(text: string): number {
  const n = Number(text);
  if (text.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

/** The spreadsheet locales the emulator models; any other reads dates day-first like en_GB. */
export type EntryLocale = 'en_GB' | 'en_US';
/** Locales whose short dates are month-first (US style). Guess beyond en_US: Sheets' list is not published. */
const MONTH_FIRST_LOCALES = new Set(['en_US', 'es_US', 'en_PH', 'fil_PH']);

/** How typed text is read and shown in a locale. */
interface LocaleRules {
  readonly monthFirst: boolean;
  readonly date: string;
  readonly dateTime: string;
}
function rulesOf(locale: string): LocaleRules {
  return MONTH_FIRST_LOCALES.has(locale)
    ? { monthFirst: true, date: 'M/d/yyyy', dateTime: 'M/d/yyyy H:mm:ss' }
    : { monthFirst: false, date: DATE_FORMAT, dateTime: DATE_TIME_FORMAT };
}

const TIME_PART = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?`;
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?:\s+${TIME_PART})?$`, 'i');
/** Day and month without a year ("18/03", "1/2"): a date in the current year. Only with "/" (a guess for "-" and "."). */
const NO_YEAR = /^(\d{1,2})\/(\d{1,2})$/;
/** A month and a year ("Sept 2010", "March 2010"): the first of that month. */
const MONTH_YEAR = /^([a-z]{3,9})\.?,?\s+(\d{4})$/i;
/** An hour with am/pm and no minutes ("2pm"). */
const HOUR_ONLY = /^(\d{1,2})\s*(am|pm)$/i;
const ISO = new RegExp(String.raw`^(\d{4})([/\-])(\d{1,2})\2(\d{1,2})(?:[\sT]+${TIME_PART})?$`, 'i');
const WORDY = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})$/i;
const TIME_ONLY = new RegExp(String.raw`^${TIME_PART}$`, 'i');
const NUMBER = /^([+-])?(£|\$|€)?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:e([+-]?\d+))?(%)?$/i;

function hours(h: string | undefined, ampm: string | undefined): number | undefined {
  let n = Number(h ?? 0);
  if (ampm) {
    if (n < 1 || n > 12) return undefined;
    n = (n % 12) + (ampm.toLowerCase() === 'pm' ? 12 : 0);
  }
  return n > 23 ? undefined : n;
}

/**
 * Interprets text as Google Sheets does when it is typed into a General cell (or written with
 * setValue/setValues) in the spreadsheet's locale: en_GB reads "1/2" as 1 February and
 * "03/04/2010" as 3 April, en_US as 2 January and 4 March. A day and month without a year
 * ("18/03") is a date in the current year (`now`, in the sheet's zone); "Sept 2010" is 1 September
 * 2010. Forms Sheets' documentation leaves open ("2.00pm", "18-03") stay text here.
 */
export function parseUserEntered(text: string, tz: string, locale: string = 'en_GB', now: number = Date.now()): Parsed {
  const rules = rulesOf(locale);
  if (text.startsWith("'")) return { kind: 'value', value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { kind: 'formula', formula: text };
  const t = text.trim();
  if (t === '') return { kind: 'value', value: text };
  if (/^(true|false)$/i.test(t)) return { kind: 'value', value: t.toLowerCase() === 'true' };

  const num = NUMBER.exec(t);
  if (num) {
    let n = Number(num[3]!.replace(/,/g, '')) * (num[4] ? Math.pow(10, Number(num[4])) : 1);
    if (num[1] === '-') n = -n;
    if (num[5]) return { kind: 'value', value: n / 100, impliedFormat: t.includes('.') ? '0.00%' : '0%' };
    if (num[2]) return { kind: 'value', value: n, impliedFormat: `${num[2]}#,##0.00` };
    if (num[3]!.includes(',')) return { kind: 'value', value: n, impliedFormat: num[3]!.includes('.') ? '#,##0.00' : '#,##0' };
    return { kind: 'value', value: n };
  }

  const dateTime = (y: number, mo: number, d: number, h?: string, mi?: string, s?: string, ap?: string): Parsed | undefined => {
    if (!validDate(y, mo, d)) return undefined;
    if (h === undefined) return { kind: 'value', value: new StoredDate(zonedTime(y, mo, d, 0, 0, 0, tz)), impliedFormat: rules.date };
    const hh = hours(h, ap);
    if (hh === undefined || Number(mi) > 59 || Number(s ?? 0) > 59) return undefined;
    return { kind: 'value', value: new StoredDate(zonedTime(y, mo, d, hh, Number(mi), Number(s ?? 0), tz)), impliedFormat: rules.dateTime };
  };
  /** The first two numbers of a short date as (day, month), by the locale's order. */
  const dayMonth = (a: string, b: string): [number, number] => (rules.monthFirst ? [Number(b), Number(a)] : [Number(a), Number(b)]);

  // GUESS: the reference does not say which forms Sheets reads as a date. The emulator reads
  // day-first with "/", "." or "-" and a 2- or 4-digit year, so "28.01.05" (a reference typed into a
  // General cell) becomes 28/01/2005, and "2:00pm", "18 March 2010" a time and a date. Settled by
  // the self-test scenario "text-coercion" (on the scratch sheet, in your sheet's locale).
  let m = DAY_FIRST.exec(t);
  if (m) {
    const [d, mo] = dayMonth(m[1]!, m[3]!);
    const r = dateTime(expandYear(m[4]!), mo, d, m[5], m[6], m[7], m[8]);
    if (r) return r;
  }
  m = NO_YEAR.exec(t);
  if (m) {
    const [d, mo] = dayMonth(m[1]!, m[2]!);
    // Guess: the format Sheets gives "18/03" is not documented; the locale's date format is used.
    const r = dateTime(wallClock(now, tz).y, mo, d);
    if (r) return r;
  }
  m = MONTH_YEAR.exec(t);
  if (m) {
    const mo = monthFromName(m[1]!);
    // Guess: Sheets shows a typed "Sept 2010" as a month and year; the exact pattern is not documented.
    const r = mo ? dateTime(Number(m[2]), mo, 1) : undefined;
    if (r) return { ...r, impliedFormat: 'mmmm yyyy' } as Parsed;
  }
  m = ISO.exec(t);
  if (m) {
    const r = dateTime(Number(m[1]), Number(m[3]), Number(m[4]), m[5], m[6], m[7], m[8]);
    if (r) return r;
  }
  m = WORDY.exec(t);
  if (m) {
    const mo = monthFromName(m[2]!);
    const r = mo ? dateTime(Number(m[3]), mo, Number(m[1])) : undefined;
    if (r) return { ...r, impliedFormat: 'd mmmm yyyy' } as Parsed;
  }
  m = HOUR_ONLY.exec(t);
  if (m) {
    const hh = hours(m[1], m[2]);
    if (hh !== undefined) return { kind: 'value', value: new StoredDate(zonedTime(1899, 12, 30, hh, 0, 0, tz)), impliedFormat: TIME_FORMAT };
  }
  m = TIME_ONLY.exec(t);
  if (m) {
    const hh = hours(m[1], m[4]);
    if (hh !== undefined && Number(m[2]) <= 59 && Number(m[3] ?? 0) <= 59) {
      return { kind: 'value', value: new StoredDate(zonedTime(1899, 12, 30, hh, Number(m[2]), Number(m[3] ?? 0), tz)), impliedFormat: TIME_FORMAT };
    }
  }
  return { kind: 'value', value: text };
}

// ---------------------------------------------------------------- display

/** Sheets' "Automatic" rendering of a number (up to 10 significant digits). */
export function generalNumber(n: number): string {
  if (!Number.isFinite(n)) return '#NUM!';
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const s = String(Number(n.toPrecision(10)));
  return s.replace('e', 'E');
}

function isDatePattern(format: string): boolean {
  const bare = format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[dyhs]/i.test(bare) || /am\/pm/i.test(bare) || (/m/i.test(bare) && !/[0#]/.test(bare));
}

const MONTH_NAMES = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1));
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Renders a wall clock with a Sheets date/time pattern (d, dd, ddd, dddd, m…mmmm, yy, yyyy, h, hh, mm, ss, am/pm). */
export function formatDatePattern(w: WallClock, pattern: string): string {
  type Tok = { t: 'lit'; v: string } | { t: 'tok'; v: string };
  const toks: Tok[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === '"') {
      const end = pattern.indexOf('"', i + 1);
      toks.push({ t: 'lit', v: pattern.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? pattern.length : end + 1;
    } else if (ch === '\\') {
      toks.push({ t: 'lit', v: pattern[i + 1] ?? '' });
      i += 2;
    } else if (/am\/pm/i.test(pattern.slice(i, i + 5))) {
      toks.push({ t: 'tok', v: 'ampm' });
      i += 5;
    } else if (/[dmyhs]/i.test(ch)) {
      let j = i;
      while (j < pattern.length && pattern[j]!.toLowerCase() === ch.toLowerCase()) j++;
      toks.push({ t: 'tok', v: pattern.slice(i, j).toLowerCase() });
      i = j;
    } else {
      toks.push({ t: 'lit', v: ch });
      i++;
    }
  }
  const twelve = toks.some((k) => k.t === 'tok' && k.v === 'ampm');
  let out = '';
  toks.forEach((k, idx) => {
    if (k.t === 'lit') {
      out += k.v;
      return;
    }
    const v = k.v;
    const prevTok = toks
      .slice(0, idx)
      .reverse()
      .find((x) => x.t === 'tok');
    const nextTok = toks.slice(idx + 1).find((x) => x.t === 'tok');
    switch (v[0]) {
      case 'd':
        out += v.length === 1 ? String(w.d) : v.length === 2 ? pad(w.d, 2) : v.length === 3 ? DAY_NAMES[w.wd]!.slice(0, 3) : DAY_NAMES[w.wd]!;
        break;
      case 'y':
        out += v.length <= 2 ? pad(w.y % 100, 2) : String(w.y);
        break;
      case 'h': {
        const h = twelve ? ((w.h + 11) % 12) + 1 : w.h;
        out += v.length === 1 ? String(h) : pad(h, 2);
        break;
      }
      case 's':
        out += v.length === 1 ? String(w.s) : pad(w.s, 2);
        break;
      case 'm': {
        const minute = v.length <= 2 && (prevTok?.v[0] === 'h' || nextTok?.v[0] === 's');
        if (minute) out += v.length === 1 ? String(w.mi) : pad(w.mi, 2);
        else if (v.length === 1) out += String(w.mo);
        else if (v.length === 2) out += pad(w.mo, 2);
        else if (v.length === 3) out += MONTH_NAMES[w.mo - 1]!.slice(0, 3);
        else if (v.length === 5) out += MONTH_NAMES[w.mo - 1]![0];
        else out += MONTH_NAMES[w.mo - 1]!;
        break;
      }
      default:
        out += w.h < 12 ? 'AM' : 'PM';
    }
  });
  return out;
}

function formatNumberPattern(n: number, pattern: string): string | undefined {
  const section = pattern.split(';');
  const chosen = n < 0 && section[1] !== undefined ? section[1] : section[0]!;
  const neg = n < 0 && section[1] === undefined;
  const m = /([#0,]*0[#0,]*|[#,]+)(\.([0#]+))?/.exec(chosen);
  if (!m) return undefined;
  const percent = chosen.includes('%');
  const v = Math.abs(n) * (percent ? 100 : 1);
  const decimals = m[3] ?? '';
  const minDec = (decimals.match(/0/g) ?? []).length;
  let [int = '0', frac = ''] = v.toFixed(decimals.length).split('.');
  while (frac.length > minDec && frac.endsWith('0')) frac = frac.slice(0, -1);
  if (m[1]!.includes(',')) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const minInt = (m[1]!.match(/0/g) ?? []).length;
  if (minInt === 0 && int === '0') int = '';
  const s = frac ? `${int}.${frac}` : int;
  const before = chosen
    .slice(0, m.index)
    .replace(/"([^"]*)"/g, '$1')
    .replace(/\\(.)/g, '$1');
  const after = chosen
    .slice(m.index + m[0].length)
    .replace(/"([^"]*)"/g, '$1')
    .replace(/\\(.)/g, '$1');
  return `${neg ? '-' : ''}${before}${s}${after}`;
}

/** Text shown in the cell (getDisplayValue) for a value with a number format, in zone `tz`. */
export function displayValue(value: Stored, format: string | undefined, tz: string): string {
  if (value === '') return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const fmt = format && format !== GENERAL_FORMAT && format !== '@' ? format : undefined;
  if (value instanceof StoredDate) {
    const w = wallClock(value.ms, tz);
    if (fmt && isDatePattern(fmt)) return formatDatePattern(w, fmt);
    if (fmt) return formatNumberPattern(toSerial(value.ms, tz), fmt) ?? generalNumber(toSerial(value.ms, tz));
    const midnight = w.h === 0 && w.mi === 0 && w.s === 0;
    return formatDatePattern(w, midnight ? DATE_FORMAT : DATE_TIME_FORMAT);
  }
  if (fmt && isDatePattern(fmt)) {
    const ms = SERIAL_EPOCH + value * 86_400_000;
    return formatDatePattern({ ...wallClock(ms, 'UTC') }, fmt);
  }
  if (fmt) return formatNumberPattern(value, fmt) ?? generalNumber(value);
  return generalNumber(value);
}
