/**
 * Template placeholders: `{{name}}` in a Google Docs template. A *text* placeholder may sit
 * anywhere in a paragraph and is replaced by text; a *table* placeholder must be alone in its
 * paragraph, which is replaced by a table. The template is checked before anything is copied,
 * so a bad template leaves nothing behind.
 */

export type PaperKind = 'actionLog' | 'agenda' | 'minutes';

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
  { name: 'agenda_items', kind: 'table', about: 'The numbered agenda: standing items, reports due at this meeting, AOB, next meeting.' },
  { name: 'attendees', kind: 'table', about: 'Who attended: name and role/organisation.' },
  { name: 'minutes_items', kind: 'table', about: 'Each item of the meeting with its Decision: and Action: rows.' },
];

/** Placeholders a paper cannot do without. */
export const REQUIRED_PLACEHOLDERS: Readonly<Record<PaperKind, readonly string[]>> = {
  actionLog: ['action_table'],
  agenda: ['agenda_items'],
  minutes: ['minutes_items'],
};

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function placeholderSpec(name: string): PlaceholderSpec | undefined {
  return PLACEHOLDERS.find((p) => p.name === name);
}

/** Names of the placeholders in a text, in order of first appearance, each once. */
export function listPlaceholders(text: string): string[] {
  const seen: string[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? '';
    if (!seen.includes(name)) seen.push(name);
  }
  return seen;
}

export interface TemplateCheck {
  readonly placeholders: string[];
  readonly unknown: string[];
  readonly missing: string[];
  /** Table placeholders that share their paragraph with other text. */
  readonly notAlone: string[];
}

/**
 * Checks a template's text (paragraphs separated by new lines, as `Body.getText()` gives it).
 */
export function checkTemplate(text: string, paper: PaperKind): TemplateCheck {
  const placeholders = listPlaceholders(text);
  const unknown = placeholders.filter((n) => !placeholderSpec(n));
  const missing = REQUIRED_PLACEHOLDERS[paper].filter((n) => !placeholders.includes(n));
  const lines = text.split(/\r?\n|\r/);
  const notAlone = placeholders.filter((n) => {
    if (placeholderSpec(n)?.kind !== 'table') return false;
    const anywhere = new RegExp(placeholderPattern(n));
    const alone = new RegExp(`^\\s*${placeholderPattern(n)}\\s*$`);
    return lines.some((line) => anywhere.test(line) && !alone.test(line));
  });
  return { placeholders, unknown, missing, notAlone };
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
  return out;
}

/** The pattern `Body.replaceText`/`findText` take for one placeholder (a Java regex string). */
export function placeholderPattern(name: string): string {
  return `\\{\\{\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\}\\}`;
}
