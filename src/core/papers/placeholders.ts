/**
 * Template placeholders: `{{name}}` in a Google Docs template. A *text* placeholder may sit
 * anywhere in a paragraph and is replaced by text; a *table* placeholder must be alone in its
 * paragraph, which is replaced by a table. The template is checked before anything is copied,
 * so a bad template leaves nothing behind.
 */

export type PaperKind = 'actionLog' | 'agenda' | 'minutes' | 'monitoring';

export type PlaceholderKind = 'text' | 'table';

export interface PlaceholderSpec {
  readonly name: string;
  readonly kind: PlaceholderKind;
  /** For the README and the error messages. */
  readonly about: string;
}

export const PLACEHOLDERS: readonly PlaceholderSpec[] = [
  { name: 'board', kind: 'text', about: 'The board, from the meeting (or Settings: Board name), e.g. "Executive Board".' },
  { name: 'title', kind: 'text', about: 'The paper title: the action log title from Settings, "Agenda" or "Minutes".' },
  { name: 'meeting_date', kind: 'text', about: 'The meeting date as papers are headed: "Thursday 18th March 2010".' },
  { name: 'time', kind: 'text', about: 'The meeting time from Meetings, e.g. "2.00pm".' },
  { name: 'venue', kind: 'text', about: 'The venue from Meetings.' },
  { name: 'note', kind: 'text', about: 'The "Please note" paragraph from Settings.' },
  { name: 'apologies', kind: 'text', about: 'Apologies from Meetings: "A, B and C."' },
  { name: 'next_meeting', kind: 'text', about: 'The next meeting from Meetings: "2.00pm, Thursday 29th April 2010, Council House", or "to be confirmed".' },
  { name: 'status_key', kind: 'table', about: 'The status key: a swatch of each colour and its label.' },
  { name: 'action_table', kind: 'table', about: 'The action log table (rule in the README), each row in its status colour.' },
  { name: 'forward_plan_table', kind: 'table', about: 'The Forward Plan table: open items only.' },
  {
    name: 'recommendations_outstanding',
    kind: 'table',
    about:
      'Action log, when Settings: Recommendations in the action log is Yes: each review’s outstanding recommendations under its own heading row, each in its status colour (nothing when No).',
  },
  { name: 'agenda_items', kind: 'table', about: 'The numbered agenda: standing items, reports due at this meeting, AOB, next meeting.' },
  { name: 'attendees', kind: 'table', about: 'Who attended: name and role/organisation.' },
  { name: 'minutes_items', kind: 'table', about: 'Each item of the meeting with its Decision: and Action: rows.' },
  { name: 'review', kind: 'text', about: "Monitoring report: the review's title, from Recommendations." },
  { name: 'review_body', kind: 'text', about: 'Monitoring report: the body that made the review (Review Body), e.g. "Overview and Scrutiny Committee".' },
  { name: 'date_reported', kind: 'text', about: 'Monitoring report: the date the review was reported, "Monday 14th June 2010".' },
  { name: 'as_at', kind: 'text', about: 'Monitoring report: the date the report is as at (the day it is made).' },
  {
    name: 'summary',
    kind: 'text',
    about: 'Monitoring report: "12 recommendations: 11 accepted (in whole or in part), 2 completed, 9 outstanding, 3 overdue."',
  },
  {
    name: 'recommendations_table',
    kind: 'table',
    about: "Monitoring report: the review's recommendations in the shape chosen, each row in its status colour with the status in words.",
  },
];

/** Placeholders a paper cannot do without. */
export const REQUIRED_PLACEHOLDERS: Readonly<Record<PaperKind, readonly string[]>> = {
  actionLog: ['action_table'],
  agenda: ['agenda_items'],
  minutes: ['minutes_items'],
  monitoring: ['recommendations_table'],
};

/** One placeholder; never across lines (a search in a document never crosses paragraphs). */
const PLACEHOLDER = /\{\{[^\S\r\n]*([^{}\r\n]*?)[^\S\r\n]*\}\}/g;

/** Lines of a template's text (paragraphs, as `Body.getText()` separates them). */
const LINES = /\r?\n|\r/;

/**
 * At most this many placeholders (occurrences) in one template: each is searched for once, and
 * this bounds the search whatever a template holds.
 */
export const MAX_PLACEHOLDER_OCCURRENCES = 200;

export function placeholderSpec(name: string): PlaceholderSpec | undefined {
  return PLACEHOLDERS.find((p) => p.name === name);
}

/** Names of the placeholders in a text, in order of first appearance, each once. */
export function listPlaceholders(text: string): string[] {
  return Object.keys(placeholderCounts(text));
}

/** How many times each placeholder occurs in a text (counted line by line), in order of first appearance. */
export function placeholderCounts(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of text.split(LINES)) {
    for (const m of line.matchAll(PLACEHOLDER)) {
      const name = m[1] ?? '';
      counts[name] = (counts[name] ?? 0) + 1;
    }
  }
  return counts;
}

export interface TemplateCheck {
  readonly placeholders: string[];
  /** Occurrences of each placeholder in the template: the most a fill ever searches for. */
  readonly counts: Readonly<Record<string, number>>;
  /** All occurrences together, when more than {@link MAX_PLACEHOLDER_OCCURRENCES}; else 0. */
  readonly tooMany: number;
  readonly unknown: string[];
  readonly missing: string[];
  /** Table placeholders that share their paragraph with other text. */
  readonly notAlone: string[];
}

/**
 * Checks a template's text (paragraphs separated by new lines, as `Body.getText()` gives it).
 */
export function checkTemplate(text: string, paper: PaperKind): TemplateCheck {
  const counts = placeholderCounts(text);
  const placeholders = Object.keys(counts);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const tooMany = total > MAX_PLACEHOLDER_OCCURRENCES ? total : 0;
  const unknown = placeholders.filter((n) => !placeholderSpec(n));
  const missing = REQUIRED_PLACEHOLDERS[paper].filter((n) => !placeholders.includes(n));
  const lines = text.split(LINES);
  const notAlone = placeholders.filter((n) => {
    if (placeholderSpec(n)?.kind !== 'table') return false;
    const anywhere = new RegExp(placeholderPattern(n));
    const alone = new RegExp(`^\\s*${placeholderPattern(n)}\\s*$`);
    return lines.some((line) => anywhere.test(line) && !alone.test(line));
  });
  return { placeholders, counts, tooMany, unknown, missing, notAlone };
}

export function templateProblems(check: TemplateCheck): string[] {
  const out: string[] = [];
  if (check.unknown.length) {
    out.push(`Unknown placeholder${check.unknown.length > 1 ? 's' : ''}: ${check.unknown.map((n) => `{{${n}}}`).join(', ')}.`);
  }
  if (check.missing.length) {
    out.push(`Missing placeholder${check.missing.length > 1 ? 's' : ''}: ${check.missing.map((n) => `{{${n}}}`).join(', ')}.`);
  }
  if (check.notAlone.length) {
    out.push(`${check.notAlone.map((n) => `{{${n}}}`).join(', ')} must be on a line of its own (it becomes a table).`);
  }
  if (check.tooMany) {
    out.push(`The template holds ${check.tooMany} placeholders; at most ${MAX_PLACEHOLDER_OCCURRENCES} are allowed: remove some.`);
  }
  return out;
}

/** The pattern `Body.replaceText`/`findText` take for one placeholder (a Java regex string). */
export function placeholderPattern(name: string): string {
  return `\\{\\{\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\}\\}`;
}

// ---------------------------------------------------------------------------------------------
// Filling a copy without ever reading user text as a template.

/** A value as it goes into a paragraph: one line (a new line would start another paragraph). */
export function oneLine(value: string): string {
  return value.replace(/\r\n|\r|\n/g, ' ');
}

/**
 * True when `Body.replaceText` may put the value in place: it holds no brace (so it can never
 * form a placeholder a later search would find) and no `$` or backslash (special in a replacement,
 * or not: the documentation does not say, so such text never goes through `replaceText`).
 */
export function isInertReplacement(value: string): boolean {
  return !/[{}$\\]/.test(value);
}

export interface TextSpot {
  readonly name: string;
  /** Offsets in its text element, inclusive, as `findText` gave them. */
  readonly start: number;
  readonly end: number;
}

/**
 * The order to edit found placeholders in: right to left (highest start offset first), so an
 * edit never moves an offset not yet used — spots in one paragraph share a text element, and
 * spots in different paragraphs do not affect each other.
 */
export function rightToLeft<T extends TextSpot>(spots: readonly T[]): T[] {
  return spots
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.start - a.s.start || a.i - b.i)
    .map((x) => x.s);
}

export interface FillPlan {
  /** Text placeholders whose value is inert: one `replaceText` each, done before any search. */
  readonly replaceAll: readonly { readonly name: string; readonly value: string }[];
  /** Placeholders found one by one (each at most `count` times): other text values, then tables. */
  readonly find: readonly { readonly name: string; readonly kind: PlaceholderKind; readonly count: number; readonly value: string }[];
}

/**
 * What to do for each known placeholder of a checked template, given the text values. Inert
 * values go first, through `replaceText` (they cannot make or hide a placeholder); every other
 * occurrence is then found in the template's own text, the number of times the template holds it,
 * before anything is inserted, so no search ever runs over user text.
 */
export function planFill(check: TemplateCheck, text: Readonly<Record<string, string>>): FillPlan {
  const replaceAll: { name: string; value: string }[] = [];
  const find: { name: string; kind: PlaceholderKind; count: number; value: string }[] = [];
  for (const name of check.placeholders) {
    const spec = placeholderSpec(name);
    if (spec?.kind !== 'text') continue;
    const value = oneLine(text[name] ?? '');
    if (isInertReplacement(value)) replaceAll.push({ name, value });
    else find.push({ name, kind: 'text', count: check.counts[name] ?? 0, value });
  }
  for (const name of check.placeholders) {
    if (placeholderSpec(name)?.kind === 'table') find.push({ name, kind: 'table', count: check.counts[name] ?? 0, value: '' });
  }
  return { replaceAll, find };
}
