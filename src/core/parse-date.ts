/**
 * British free-text dates, as secretariats type them into a date cell or write them in
 * minutes and commentary: "18/03/2010", "28.1.10", "18th March 2010", "March 18th 2010",
 * "Thursday 18th March 2010", "1 st April 2010", "Sept 2010", "June–Aug 2010",
 * "March/April 2010", "w/c 1 Feb 2010".
 *
 * Each form the board writes is one small rule below: a regular expression built from named
 * pieces (day, ordinal, month word, year) and a function turning its match into a date. The
 * same rules serve `parseBritishDate` (the whole text must be a date) and `findDateInText`
 * (the first date in running commentary). Impossible dates ("31/02/2010") and non-dates
 * ("TBC", "date to be agreed", "next month") give `undefined`: the caller reports them.
 */
import { daysInMonth, isIsoDate, isoDate, parts, type IsoDate } from './dates';

export type ParsedDate =
  /** One calendar day. "w/c 1 Feb 2010" (week commencing) is the day the week starts. */
  | { readonly kind: 'day'; readonly date: IsoDate }
  /** A whole month ("Sept 2010"): `from` its first day, `to` its last. */
  | { readonly kind: 'month'; readonly year: number; readonly month: number; readonly from: IsoDate; readonly to: IsoDate }
  /** Several months ("June–Aug 2010", "March/April 2010"): first day of the first to last day of the last. */
  | { readonly kind: 'range'; readonly from: IsoDate; readonly to: IsoDate };

export interface ParseDateOptions {
  /**
   * Two-digit years below the pivot are 20xx, the rest 19xx. Default 70: "09" → 2009,
   * "85" → 1985. A whole number from 0 to 100 (100: every two-digit year is 20xx).
   */
  readonly pivotYear?: number;
  /**
   * Resolves a day and month written without a year ("29th April"): the next such date on
   * or after `today`. Without it such text is not a date (`undefined`).
   */
  readonly today?: IsoDate;
}

export interface FoundDate {
  readonly parsed: ParsedDate;
  /** The text as written, e.g. "March 18th 2010" (leading weekday and "w/c" included). */
  readonly matchedText: string;
  /** Where `matchedText` starts in the text searched. */
  readonly index: number;
}

export const DEFAULT_PIVOT_YEAR = 70;

// ---------------------------------------------------------------------------------------------
// Words: month and weekday names, matched by any prefix of three letters or more
// ("Jan", "Janu", "Sep", "Sept", "Thurs"), plus a few customary spellings.

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** "jan" → 1, "janu" → 1, "sept" → 9 … */
const MONTH_BY_WORD = wordTable(MONTH_NAMES, {});
/** "thu" → 4, "thurs" → 4, "weds" → 3 … (0 = Sunday, as `Date#getUTCDay`). */
const WEEKDAY_BY_WORD = wordTable(WEEKDAY_NAMES, { weds: 3 });

function wordTable(names: readonly string[], extra: Record<string, number>): Map<string, number> {
  const table = new Map<string, number>();
  names.forEach((name, i) => {
    for (let len = 3; len <= name.length; len++) table.set(name.slice(0, len), i);
  });
  for (const [word, value] of Object.entries(extra)) table.set(word, value);
  return table;
}

/** An alternation of the table's words, longest first so "sept" wins over "sep". */
function alternation(table: Map<string, number>): string {
  return [...table.keys()].sort((a, b) => b.length - a.length).join('|');
}

export function monthFromWord(word: string): number | undefined {
  const index = MONTH_BY_WORD.get(word.toLowerCase().replace(/\.$/, ''));
  return index === undefined ? undefined : index + 1;
}

// ---------------------------------------------------------------------------------------------
// Pieces of the patterns. Each names what it matches; rules put them together.

const MONTH_WORD = `(?:${alternation(MONTH_BY_WORD)})(?![a-z])`;
const month = (name: string) => `(?<${name}>${MONTH_WORD})\\.?`;
const WEEKDAY = `(?:(?<weekday>${alternation(WEEKDAY_BY_WORD)})(?![a-z])\\.?,?\\s+)?`;
/** "18", "18th", "18 th", "1 st" (a stray space before the ordinal is common in real papers). */
const DAY_ORDINAL = String.raw`(?<day>\d{1,2})(?:\s?(?:st|nd|rd|th))?`;
const YEAR4 = String.raw`(?<year>\d{4})`;
/** Between day and month: a space, or a dash as in spreadsheet style "18-Mar-2010". */
const DAY_MONTH_GAP = String.raw`(?:\s*-\s*|\s+)(?:of\s+)?`;
/** Between two months of a range: "June–Aug", "March/April", "June to August". */
const RANGE_GAP = String.raw`(?:\s*[-–—/]\s*|\s+(?:to|or|until)\s+)`;

/** "w/c 1 Feb 2010", "week commencing 1st February 2010", "w/b …": only ever before a day. */
const WEEK_COMMENCING = /(?:\bw\s?\/\s?[cb]\.?|\bw\.[cb]\.|\bweek\s+(?:commencing|beginning))\s*$/i;

// ---------------------------------------------------------------------------------------------
// The rules: one per way of writing a date.

type Groups = Readonly<Record<string, string | undefined>>;

interface Rule {
  readonly name: string;
  /** Pattern source without anchors; named groups are read by `build`. */
  readonly pattern: string;
  readonly build: (g: Groups, options: ResolvedOptions) => ParsedDate | undefined;
  /** Only when the whole text is the date: in running text the words are too common ("may"). */
  readonly wholeOnly?: boolean;
}

interface ResolvedOptions {
  readonly pivotYear: number;
  readonly today?: IsoDate | undefined;
}

const RULES: readonly Rule[] = [
  {
    name: 'iso', // "2010-03-18"
    pattern: String.raw`(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})`,
    build: (g) => day(num(g.year), num(g.month), num(g.day)),
  },
  {
    name: 'numeric', // "18/03/2010", "18.3.10", "17.09.09", "28-1-10" (one separator throughout)
    pattern: String.raw`(?<day>\d{1,2})(?<sep>[./-])(?<month>\d{1,2})\k<sep>(?<year>\d{4}|\d{2})`,
    build: (g, o) => day(fullYear(g.year, o), num(g.month), num(g.day)),
  },
  {
    name: 'dayMonthYear', // "18th March 2010", "Thursday 18th March 2010", "1 st April 2010", "29th April"
    pattern: `${WEEKDAY}${DAY_ORDINAL}${DAY_MONTH_GAP}${month('month')},?(?:\\s+${YEAR4})?`,
    build: (g, o) => withWeekday(g, dayMaybeYear(g, o)),
  },
  {
    name: 'dayMonthShortYear', // "18-Mar-10", as spreadsheets export dates
    pattern: String.raw`(?<day>\d{1,2})-${month('month')}-(?<year>\d{2})`,
    build: (g, o) => day(fullYear(g.year, o), monthFromWord(g.month ?? ''), num(g.day)),
  },
  {
    name: 'monthDayYear', // "March 18th 2010", "March 18th, 2010", "Jan 28 th 2010", "March 18th"
    pattern: `${WEEKDAY}${month('month')}\\s+${DAY_ORDINAL}(?:,?\\s+${YEAR4})?`,
    build: (g, o) => withWeekday(g, dayMaybeYear(g, o)),
  },
  {
    name: 'monthRange', // "June–Aug 2010", "March/April 2010", "December 2010 - January 2011"
    pattern: `${month('fromMonth')}(?:\\s+(?<fromYear>\\d{4}))?${RANGE_GAP}${month('toMonth')},?\\s+${YEAR4}`,
    build: (g) => monthRange(g),
  },
  {
    name: 'monthYear', // "Sept 2010", "March 2010", "Mar 2009"
    pattern: `${month('month')},?\\s+${YEAR4}`,
    build: (g) => wholeMonth(num(g.year), monthFromWord(g.month ?? '')),
  },
  {
    name: 'monthsNoYear', // "May or June", "June–Aug": the next such months from today (needs `today`)
    pattern: `${month('fromMonth')}${RANGE_GAP}${month('toMonth')}`,
    build: (g, o) => monthsFromToday(g.fromMonth, g.toMonth, o),
    wholeOnly: true,
  },
  {
    name: 'monthNoYear', // "March": the next March from today (needs `today`)
    pattern: month('month'),
    build: (g, o) => monthsFromToday(g.month, g.month, o),
    wholeOnly: true,
  },
];

const ANCHORED = RULES.map((rule) => ({ rule, regex: new RegExp(`^(?:${rule.pattern})$`, 'i') }));
/** In running text a date must not be glued to letters, digits or another number's separators. */
const IN_TEXT = RULES.filter((rule) => !rule.wholeOnly).map((rule) => ({
  rule,
  regex: new RegExp(`(?<![\\w./-])(?:${rule.pattern})(?![\\w]|[./-]\\d)`, 'gi'),
}));

// ---------------------------------------------------------------------------------------------
// Public functions.

/** One whole day written the way the board writes dates ("18/03/2010", "28.1.10", "18th March 2010"); undefined for a month, a range or no date. */
export function parseDay(text: string, options?: ParseDateOptions): IsoDate | undefined {
  const parsed = parseBritishDate(text, options);
  return parsed?.kind === 'day' ? parsed.date : undefined;
}

/**
 * The date the whole of `text` means, or `undefined` when it is not one date (or is an
 * impossible one). Surrounding spaces, brackets and a trailing full stop are ignored.
 */
export function parseBritishDate(text: string, options?: ParseDateOptions): ParsedDate | undefined {
  const o = resolveOptions(options);
  let body = text.replace(/^[\s(]+|[\s.,;:)]+$/g, '');
  const wc = /^(?:w\s?\/\s?[cb]\.?|w\.[cb]\.|week\s+(?:commencing|beginning))\s*/i.exec(body);
  if (wc) body = body.slice(wc[0].length);
  for (const { rule, regex } of ANCHORED) {
    const m = regex.exec(body);
    if (!m) continue;
    const parsed = rule.build(m.groups ?? {}, o);
    if (wc && parsed?.kind !== 'day') return undefined;
    if (parsed) return parsed;
  }
  return undefined;
}

/**
 * The first date mentioned in running text: "Now deferred to March 18th 2010" → 18 March 2010;
 * "Agreed to defer to Executive Meeting on 29th April" → the next 29 April on or after
 * `options.today` (no date without `today`).
 */
export function findDateInText(text: string, options?: ParseDateOptions): FoundDate | undefined {
  return findDatesInText(text, options)[0];
}

/**
 * Every date mentioned, in order, none overlapping. Commentary often records a history
 * ("to be received at November 5th … Now deferred to March 18th 2010"): the last is usually
 * the current one.
 */
export function findDatesInText(text: string, options?: ParseDateOptions): FoundDate[] {
  const o = resolveOptions(options);
  const candidates: FoundDate[] = [];
  for (const { rule, regex } of IN_TEXT) {
    // Try every starting point, not only after the last match: a match that is not a date
    // ("31st February") must not hide one starting inside it.
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(text)) !== null) {
      const parsed = looksLikeRef(rule, m, text) ? undefined : rule.build(m.groups ?? {}, o);
      if (parsed) candidates.push(withWeekCommencing(text, { parsed, matchedText: m[0], index: m.index }));
      regex.lastIndex = m.index + 1;
    }
  }
  // Earliest first; at the same place the longest ("18th March 2010" over "18th March").
  candidates.sort((a, b) => a.index - b.index || b.matchedText.length - a.matchedText.length);
  const found: FoundDate[] = [];
  let end = 0;
  for (const c of candidates) {
    if (c.index < end) continue;
    found.push(c);
    end = c.index + c.matchedText.length;
  }
  return found;
}

/** The year a two-digit year means: `expandYear(9)` → 2009, `expandYear(85)` → 1985. */
export function expandYear(twoDigits: number, pivotYear = DEFAULT_PIVOT_YEAR): number {
  return twoDigits < pivotYear ? 2000 + twoDigits : 1900 + twoDigits;
}

// ---------------------------------------------------------------------------------------------
// Building results.

function resolveOptions(options: ParseDateOptions | undefined): ResolvedOptions {
  const pivotYear = options?.pivotYear ?? DEFAULT_PIVOT_YEAR;
  if (!Number.isInteger(pivotYear) || pivotYear < 0 || pivotYear > 100) {
    throw new RangeError(`pivotYear must be a whole number from 0 to 100, not ${pivotYear}`);
  }
  const today = options?.today;
  if (today !== undefined && !isIsoDate(today)) throw new RangeError(`today must be an ISO date, not ${today}`);
  return { pivotYear, today };
}

function num(text: string | undefined): number {
  return text === undefined ? NaN : Number(text);
}

function fullYear(text: string | undefined, o: ResolvedOptions): number {
  if (text === undefined) return NaN;
  return text.length === 2 ? expandYear(Number(text), o.pivotYear) : Number(text);
}

function day(year: number, month: number | undefined, dayOfMonth: number): ParsedDate | undefined {
  if (month === undefined || !Number.isInteger(year) || year < 1000) return undefined;
  const date = isoDate(year, month, dayOfMonth);
  return isIsoDate(date) ? { kind: 'day', date } : undefined;
}

/** A written day and month, with the year as written or, failing that, the next one from today. */
function dayMaybeYear(g: Groups, o: ResolvedOptions): ParsedDate | undefined {
  const monthNumber = monthFromWord(g.month ?? '');
  const dayOfMonth = num(g.day);
  if (g.year !== undefined) return day(num(g.year), monthNumber, dayOfMonth);
  if (!o.today || monthNumber === undefined) return undefined;
  return nextOnOrAfter(o.today, monthNumber, dayOfMonth);
}

/** The next `day` of `month` on or after `today` (29 February waits for a leap year). */
function nextOnOrAfter(today: IsoDate, month: number, dayOfMonth: number): ParsedDate | undefined {
  const start = parts(today).year;
  for (let year = start; year <= start + 8; year++) {
    const parsed = day(year, month, dayOfMonth);
    if (parsed?.kind === 'day' && parsed.date >= today) return parsed;
  }
  return undefined;
}

/** "Thursday 18th March 2010" must be a Thursday: a wrong weekday leaves the date in doubt. */
function withWeekday(g: Groups, parsed: ParsedDate | undefined): ParsedDate | undefined {
  if (!parsed || parsed.kind !== 'day' || g.weekday === undefined) return parsed;
  const written = WEEKDAY_BY_WORD.get(g.weekday.toLowerCase());
  const { year, month, day: d } = parts(parsed.date);
  return written === new Date(Date.UTC(year, month - 1, d)).getUTCDay() ? parsed : undefined;
}

function wholeMonth(year: number, month: number | undefined): Extract<ParsedDate, { kind: 'month' }> | undefined {
  if (month === undefined || !Number.isInteger(year) || year < 1000) return undefined;
  return { kind: 'month', year, month, from: isoDate(year, month, 1), to: isoDate(year, month, daysInMonth(year, month)) };
}

/**
 * "June–Aug 2010": both months in the year written. "December 2010 – January 2011" may cross
 * a year; "Dec–Jan 2011" does not say which year December is in, so it is not a date.
 */
function monthRange(g: Groups): ParsedDate | undefined {
  const toYear = num(g.year);
  const fromYear = g.fromYear === undefined ? toYear : num(g.fromYear);
  const first = wholeMonth(fromYear, monthFromWord(g.fromMonth ?? ''));
  const last = wholeMonth(toYear, monthFromWord(g.toMonth ?? ''));
  if (!first || !last || first.from >= last.from) return undefined;
  return { kind: 'range', from: first.from, to: last.to };
}

/**
 * Months written without a year ("May or June", "March"): the first such span starting in or
 * after the month of `today` (a row's meeting date), as the board meant the coming one.
 * Without `today` it is not a date.
 */
function monthsFromToday(fromWord: string | undefined, toWord: string | undefined, o: ResolvedOptions): ParsedDate | undefined {
  const from = monthFromWord(fromWord ?? '');
  const to = monthFromWord(toWord ?? '');
  if (!o.today || from === undefined || to === undefined) return undefined;
  const { year, month } = parts(o.today);
  const fromYear = from >= month ? year : year + 1;
  const toYear = to >= from ? fromYear : fromYear + 1;
  const first = wholeMonth(fromYear, from);
  const last = wholeMonth(toYear, to);
  if (!first || !last) return undefined;
  return from === to && fromYear === toYear ? first : { kind: 'range', from: first.from, to: last.to };
}

/**
 * "see action 17.09.03" is a reference (meeting 17 September, action 3), not 17 September 2003:
 * in running text a dotted dd.mm.nn straight after "ref", "action", "item" or "no." is skipped.
 */
const REF_BEFORE = /\b(?:ref(?:erence)?|action|item|no)\.?\s*$/i;

function looksLikeRef(rule: Rule, m: RegExpExecArray, text: string): boolean {
  return rule.name === 'numeric' && m.groups?.sep === '.' && REF_BEFORE.test(text.slice(0, m.index));
}

/** Extends a found day back over a "w/c" written just before it. */
function withWeekCommencing(text: string, found: FoundDate): FoundDate {
  if (found.parsed.kind !== 'day') return found;
  const wc = WEEK_COMMENCING.exec(text.slice(0, found.index));
  if (!wc) return found;
  return { ...found, index: wc.index, matchedText: text.slice(wc.index, found.index + found.matchedText.length) };
}
