/**
 * What the capture dialogs send to the server, as zod schemas shared by the page (bundled into
 * each dialog's script) and the server (which validates again and never trusts the page).
 *
 * The page sends the form as typed: strings and booleans only (never Date objects, which
 * google.script.run cannot carry). Parsing turns them into clean values: trimmed text, ISO dates
 * (from "18/03/2010", "18.3.10", "18th March 2010" or "2010-03-18"). Every message is in plain
 * words and names the field, so it can be shown beside it.
 */
import * as z from 'zod/mini';
import type { IsoDate } from '../dates';
import { parseDay } from '../parse-date';
import { parseRef } from '../refs';

/** A cell holds at most 50,000 characters; a dialog field far less. */
export const MAX_TEXT = 5000;
export const MAX_ENTRIES = 500;

/** Text as typed, trimmed, line endings made "\n". */
export function textField(label: string, max = MAX_TEXT) {
  return z.pipe(
    z.string({ error: `${label} must be text.` }).check(z.maxLength(max, `${label} is too long: at most ${max} characters.`)),
    z.transform((s: string) => s.replace(/\r\n?/g, '\n').trim()),
  );
}

/** Text that must not be empty. */
export function requiredText(label: string, max = MAX_TEXT) {
  return z.pipe(textField(label, max), z.string().check(z.minLength(1, `${label} is needed.`)));
}

/** A date typed in a text box; empty is allowed (undefined). */
export function dateField(label: string) {
  return z.pipe(
    z.string({ error: `${label} must be a date written as dd/mm/yyyy.` }),
    z.transform((raw: string, ctx): IsoDate | undefined => {
      const s = raw.trim();
      if (s === '') return undefined;
      const date = parseDay(s);
      if (!date) {
        ctx.issues.push({ code: 'custom', message: notADate(label, s), input: raw });
        return z.NEVER;
      }
      return date;
    }),
  );
}

/** A date that must be given. */
export function requiredDate(label: string) {
  return z.pipe(
    z.string({ error: `${label} must be a date written as dd/mm/yyyy.` }),
    z.transform((raw: string, ctx): IsoDate => {
      const s = raw.trim();
      const date = s === '' ? undefined : parseDay(s);
      if (!date) {
        ctx.issues.push({ code: 'custom', message: s === '' ? `${label} is needed (dd/mm/yyyy).` : notADate(label, s), input: raw });
        return z.NEVER;
      }
      return date;
    }),
  );
}

function notADate(label: string, text: string): string {
  return `${label}: "${clip(text)}" is not a date. Write it as dd/mm/yyyy, e.g. 18/03/2010.`;
}

/** A list of names (attendees, apologies): each trimmed, blanks and repeats dropped. */
export function namesField(label: string) {
  return z.pipe(
    z.array(textField(label, 200), { error: `${label} must be a list of names.` }).check(z.maxLength(200, `${label}: at most 200 names.`)),
    z.transform((names: string[]) => dedupe(names.filter(Boolean))),
  );
}

const flag = (label: string) => z.boolean({ error: `${label} must be ticked or not.` });

// --- Add meeting ---------------------------------------------------------------------------

export const meetingForm = z.object({
  date: requiredDate('Date'),
  board: requiredText('Board', 200),
  title: textField('Title', 300),
  time: textField('Time', 50),
  venue: textField('Venue', 300),
  attendees: namesField('Attendees'),
  apologies: namesField('Apologies'),
  /** Names typed that are not in Officers and that the user agreed to add there. */
  addOfficers: namesField('New officers'),
});
export type MeetingFormInput = z.input<typeof meetingForm>;
export type MeetingForm = z.output<typeof meetingForm>;

// --- Record decisions and actions ----------------------------------------------------------

export const ENTRY_KINDS = ['action', 'decision'] as const;

export const entryForm = z.object({
  kind: z.enum(ENTRY_KINDS, { error: 'Choose action or decision.' }),
  text: requiredText('The text'),
  /** As typed: "Gary Bowman / Janine Brown", "ALL Partners". */
  responsible: textField('Responsible officer', 500),
  dueDate: dateField('Date for report'),
  commentary: textField('Commentary'),
  /** "Report back to the meeting of …": also put the report on the forward plan, linked. */
  reportBack: flag('Report back'),
});
export type EntryFormInput = z.input<typeof entryForm>;
export type EntryForm = z.output<typeof entryForm>;

export const agendaItemForm = z.object({
  agendaItem: textField('Item number', 50),
  subject: textField('Subject', 500),
  entries: z.array(entryForm),
});

export const recordForm = z.pipe(
  z.object({
    meetingDate: requiredDate('Meeting'),
    items: z.array(agendaItemForm).check(z.minLength(1, 'Add at least one agenda item.')),
  }),
  z.transform((form, ctx) => {
    const count = form.items.reduce((n, item) => n + item.entries.length, 0);
    if (count === 0) ctx.issues.push({ code: 'custom', message: 'Add at least one decision or action.', input: form, path: ['items'] });
    if (count > MAX_ENTRIES) ctx.issues.push({ code: 'custom', message: `At most ${MAX_ENTRIES} rows can be saved at once.`, input: form, path: ['items'] });
    form.items.forEach((item, i) => {
      if (item.entries.length && !item.agendaItem && !item.subject) {
        ctx.issues.push({ code: 'custom', message: 'Give the item number or its subject.', input: item, path: ['items', i, 'subject'] });
      }
      item.entries.forEach((entry, j) => {
        if (entry.reportBack && entry.kind === 'decision') {
          ctx.issues.push({
            code: 'custom',
            message: 'Only an action can be reported back; untick "report back" or make it an action.',
            input: entry,
            path: ['items', i, 'entries', j, 'reportBack'],
          });
        } else if (entry.reportBack && !entry.dueDate) {
          ctx.issues.push({
            code: 'custom',
            message: 'To put the report on the forward plan, give the date of the meeting it comes back to.',
            input: entry,
            path: ['items', i, 'entries', j, 'dueDate'],
          });
        }
      });
    });
    return form;
  }),
);
export type RecordFormInput = z.input<typeof recordForm>;
export type RecordForm = z.output<typeof recordForm>;

// --- Update selected action ----------------------------------------------------------------

export const updateForm = z.pipe(
  z.object({
    /** The sheet row the dialog was opened on, and the reference it held then. */
    row: z.number({ error: 'The row is missing.' }).check(z.int('The row is missing.'), z.gte(2, 'The row is missing.')),
    ref: textField('Reference', 20),
    note: textField('Commentary'),
    dueDate: dateField('New date for report'),
    complete: flag('Completed'),
    completedDate: dateField('Completed on'),
  }),
  z.transform((form, ctx) => {
    if (!form.note && !form.dueDate && !form.complete) {
      ctx.issues.push({
        code: 'custom',
        message: 'Nothing to save: add a commentary line, a new date for report, or tick completed.',
        input: form,
        path: ['note'],
      });
    }
    return form;
  }),
);
export type UpdateFormInput = z.input<typeof updateForm>;
export type UpdateForm = z.output<typeof updateForm>;

// --- Add to forward plan -------------------------------------------------------------------

export const forwardPlanForm = z.pipe(
  z.object({
    source: requiredText('Source', 200),
    item: requiredText('Item', MAX_TEXT),
    responsible: textField('Responsible officer', 500),
    dueDate: dateField('Due meeting'),
    dueText: textField('Completion', 500),
    linkedRef: textField('Linked action', 20),
  }),
  z.transform((form, ctx) => {
    if (!form.dueDate && !form.dueText) {
      ctx.issues.push({
        code: 'custom',
        message: 'Choose the meeting it is due at, or say when (e.g. "Review at quarterly intervals").',
        input: form,
        path: ['dueDate'],
      });
    }
    if (form.linkedRef && !parseRef(form.linkedRef)) {
      ctx.issues.push({ code: 'custom', message: `"${clip(form.linkedRef)}" is not a reference like 28.01.05.`, input: form, path: ['linkedRef'] });
    }
    return form;
  }),
);
export type ForwardPlanFormInput = z.input<typeof forwardPlanForm>;
export type ForwardPlanForm = z.output<typeof forwardPlanForm>;

// --- Results and messages ------------------------------------------------------------------

/** Field path ("items.0.entries.1.dueDate") → message. "" is the form as a whole. */
export type FieldErrors = Record<string, string>;

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string; fields: FieldErrors };

/** What every google.script.run save returns: never a thrown error, never a stack trace. */
export type SaveResult<T> = { ok: true; value: T } | { ok: false; message: string; fields: FieldErrors };

/** Parses a form with its schema; on failure, one plain message per field. */
export function checkForm<S extends z.ZodMiniType>(schema: S, input: unknown): Checked<z.output<S>> {
  const result = z.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.data };
  const fields: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in fields)) fields[path] = plainMessage(issue);
  }
  const count = Object.keys(fields).length;
  return {
    ok: false,
    fields,
    message: count === 1 ? `Nothing was saved: ${Object.values(fields)[0]}` : `Nothing was saved: please correct the ${count} fields marked.`,
  };
}

/** zod's own wording ("Invalid input") is replaced by words a secretariat would use. */
function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'custom' || !/^Invalid/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return 'This field is missing or not the right kind of value.';
    case 'invalid_value':
      return 'Choose one of the options offered.';
    case 'unrecognized_keys':
      return 'The form sent something unexpected.';
    default:
      return 'This value is not valid.';
  }
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** User text quoted in a message is kept short. */
export function clip(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
