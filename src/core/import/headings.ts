/**
 * Which kind of table a paste holds, and what each column is, from its headings in the many
 * forms boards write them ("Ref No and subject", "Ref. no. and subject", "Board and Date",
 * "Responsible Member/Officer", "Lead Officer", "Source · Date · Item · Responsible Officer ·
 * Completion Date", "Meeting · Item · Responsibility", "Recommendation · Accepted · Deadline ·
 * Action taken"). The user can correct any column in the dialog: `fields` names every choice.
 */
import type { Cell, Row } from './blocks';
import { cellText } from './blocks';

export type TableKind = 'actions' | 'forwardPlan' | 'recommendations' | 'minutes' | 'ignore';

export const ACTION_FIELDS = {
  refSubject: 'Ref No and subject',
  ref: 'Ref No',
  item: 'Item',
  subject: 'Subject',
  meeting: 'Board and Date / Date of Meeting',
  text: 'Matters Arising/Actions',
  responsible: 'Responsible Officer',
  commentary: 'Commentary',
  firstDueDate: 'First Date for Report',
  dueDate: 'Date for Report',
  completed: 'Completed',
  accepted: 'Accepted',
} as const;

export const PLAN_FIELDS = {
  source: 'Source',
  dateRaised: 'Date',
  meeting: 'Meeting',
  item: 'Item',
  responsible: 'Responsible Officer',
  completion: 'Completion Date',
} as const;

/** A review's recommendations (issue 10): the monitoring report and the action plan shapes. */
export const RECOMMENDATION_FIELDS = {
  number: 'No.',
  recommendation: 'Recommendation',
  accepted: 'Accepted',
  response: 'Response',
  proposedAction: 'Proposed Action',
  leadOfficer: 'Lead Officer',
  leadMember: 'Lead Member',
  deadline: 'Deadline',
  actionTaken: 'Action taken (progress)',
} as const;

export type ActionField = keyof typeof ACTION_FIELDS;
export type PlanField = keyof typeof PLAN_FIELDS;
export type RecommendationField = keyof typeof RECOMMENDATION_FIELDS;
/** '' = the column is not imported. */
export type Field = ActionField | PlanField | RecommendationField | '';

export function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

type Aliases<F extends string> = readonly (readonly [F, readonly (string | RegExp)[]])[];

const ACTION_ALIASES: Aliases<ActionField> = [
  ['refSubject', [/^ref(?:erence)?(?: no)? and subject$/, /^ref(?:erence)?(?: no)? subject$/]],
  ['ref', ['ref', 'ref no', 'reference', 'reference no', 'ref number', 'no']],
  ['item', ['item', 'item no', 'agenda item', 'minute no', 'minute']],
  ['subject', ['subject', 'title', 'topic']],
  ['meeting', ['board and date', 'date of meeting', 'meeting date', 'meeting', 'board date', 'date', 'date raised', 'source']],
  [
    'text',
    [/^matters arising/, 'action', 'actions', 'action required', 'action agreed', 'recommendation', 'recommendations', 'decision action', 'description'],
  ],
  ['responsible', [/^responsib/, 'lead officer', 'lead', 'officer', 'officers', 'owner', 'who', 'lead member officer', 'action by', 'by whom']],
  ['commentary', ['commentary', 'comments', 'comment', 'progress', 'update', 'progress update', 'action taken', 'response', 'notes', 'management response']],
  ['firstDueDate', ['first date for report', 'original date']],
  ['dueDate', ['date for report', 'deadline', 'due date', 'due', 'target date', 'by when', 'report date', 'timescale']],
  ['completed', ['completed', 'date completed', 'completion date', 'done']],
  ['accepted', ['accepted', 'agreed', 'accepted rejected']],
];

const PLAN_ALIASES: Aliases<PlanField> = [
  ['source', ['source', 'raised by', 'origin']],
  ['dateRaised', ['date', 'date raised', 'date added']],
  ['meeting', ['meeting', 'due meeting', 'meeting date', 'board date', 'month']],
  ['item', ['item', 'items', 'agenda item', 'report', 'subject', 'business']],
  ['responsible', [/^responsib/, 'lead officer', 'lead', 'officer']],
  ['completion', ['completion date', 'due', 'when', 'date due', 'timescale']],
];

const RECOMMENDATION_ALIASES: Aliases<RecommendationField> = [
  ['number', ['no', 'number', 'rec no', 'recommendation no', 'ref', 'ref no']],
  ['recommendation', ['recommendation', 'recommendations']],
  ['accepted', ['accepted', 'agreed', 'accepted rejected', 'accepted yes no']],
  ['response', ['response', 'executive response', 'cabinet response', 'management response', 'comments']],
  ['proposedAction', [/^proposed action/, 'action', 'actions', 'action proposed', 'action to be taken']],
  ['leadOfficer', [/^responsib/, 'lead officer', 'lead', 'officer']],
  ['leadMember', ['lead member', 'portfolio holder', 'cabinet member']],
  ['deadline', ['deadline', 'timescale', 'target date', 'due date', 'by when', 'date']],
  ['actionTaken', ['action taken', 'progress', 'update', 'progress update', 'progress to date']],
];

function fieldOf<F extends string>(aliases: Aliases<F>, heading: string, taken: Set<string>): F | undefined {
  const h = normaliseHeading(heading);
  if (!h) return undefined;
  for (const [field, names] of aliases) {
    if (taken.has(field)) continue;
    if (names.some((n) => (typeof n === 'string' ? n === h : n.test(h)))) return field;
  }
  return undefined;
}

export interface TableShape {
  readonly kind: TableKind;
  /** Index of the header row, -1 when none was recognised. */
  readonly headerRow: number;
  readonly columns: readonly Field[];
  readonly headings: readonly string[];
}

const MINUTES_CELL = /^(?:item\s*(?:no\.?\s*)?\d|decisions?\s*:?$|actions?\s*:?$|action\s*\/\s*decision|decision\s*:?\s*action)/i;

/** Maps headings to fields of a kind: the first heading matching each field takes it. */
export function mapColumns(kind: TableKind, headings: readonly string[]): Field[] {
  const taken = new Set<string>();
  return headings.map((h) => {
    const f =
      kind === 'actions'
        ? fieldOf(ACTION_ALIASES, h, taken)
        : kind === 'forwardPlan'
          ? fieldOf(PLAN_ALIASES, h, taken)
          : kind === 'recommendations'
            ? fieldOf(RECOMMENDATION_ALIASES, h, taken)
            : undefined;
    if (f) taken.add(f);
    return f ?? '';
  });
}

/**
 * The table's kind and header row: the first of its first five rows whose headings name at
 * least two fields. A forward plan is told by Source/Completion Date or Meeting/Item without a
 * reference or commentary; a minutes table by "Item No."/"Decision:"/"Action:" first cells.
 */
export function recogniseTable(rows: readonly Row[]): TableShape {
  for (let r = 0; r < Math.min(rows.length, 5); r++) {
    const headings = (rows[r] ?? []).map(cellText);
    const names = new Set(headings.map(normaliseHeading));
    const has = (re: RegExp) => [...names].some((n) => re.test(n));
    const planLike = (has(/^source$/) && has(/^completion date$|^due$/)) || (has(/^(?:due )?meeting$|^month$/) && has(/^items?$/) && has(/^responsib|^lead/));
    const actionLike = has(/^ref/) || has(/^matters arising/) || has(/^commentary$/) || has(/^recommendations?$/) || has(/^action taken$|^response$/);
    // A review's recommendations: "Recommendation" with a response, acceptance, proposed action or action taken, and no action log columns.
    const recommendationLike =
      has(/^recommendations?$/) &&
      has(/^accepted|^response$|^proposed action|^action taken$/) &&
      !has(/^ref(?:erence)? (?:no )?(?:and )?subject|^matters arising|^commentary$/);
    const kind: TableKind = recommendationLike ? 'recommendations' : planLike && !actionLike ? 'forwardPlan' : 'actions';
    const columns = mapColumns(kind, headings);
    if (columns.filter(Boolean).length >= 2 && (actionLike || planLike || columns.includes('text'))) {
      return { kind, headerRow: r, columns, headings };
    }
  }
  const firstCells = rows.map((row) => cellText(row[0]));
  if (firstCells.filter((c) => MINUTES_CELL.test(c)).length >= 2) {
    return { kind: 'minutes', headerRow: -1, columns: [], headings: [] };
  }
  return { kind: 'ignore', headerRow: -1, columns: [], headings: [] };
}

/** Is this row the header row again (repeated at a page break)? */
export function isHeaderAgain(row: Row, headings: readonly string[]): boolean {
  const cells = row.map(cellText).map(normaliseHeading);
  const want = headings.map(normaliseHeading);
  const filled = want.filter(Boolean).length;
  if (filled === 0) return false;
  const same = want.filter((h, i) => h !== '' && cells[i] === h).length;
  return same * 2 > filled && same >= Math.min(2, filled);
}

export function isEmptyRow(row: Row): boolean {
  return row.every((c: Cell) => c.length === 0);
}

export function fieldLabel(kind: TableKind, field: Field): string {
  if (field === '') return 'not imported';
  return labelsOf(kind)[field] ?? field;
}

/** The fields the dialog offers for a kind of table. */
export function fieldsOf(kind: TableKind): { field: Field; label: string }[] {
  const labels = kind === 'actions' || kind === 'forwardPlan' || kind === 'recommendations' ? labelsOf(kind) : {};
  return [{ field: '' as Field, label: 'not imported' }, ...Object.entries(labels).map(([field, label]) => ({ field: field as Field, label }))];
}

function labelsOf(kind: TableKind): Record<string, string> {
  return kind === 'forwardPlan' ? PLAN_FIELDS : kind === 'recommendations' ? RECOMMENDATION_FIELDS : ACTION_FIELDS;
}
