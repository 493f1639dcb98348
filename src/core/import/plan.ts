/**
 * The import, as pure logic: what a paste or a Doc holds (blocks), the workbook as it stands and
 * the user's corrections in; the preview (every row, where each date came from, every warning in
 * words) and the records to append out. Nothing here touches a sheet: `src/import/server.ts`
 * reads the workbook and writes what `planImport` returns, one batch per tab.
 */
import { addDays, formatShort, parts, isoDate, daysInMonth, type IsoDate } from '../dates';
import type { Action } from '../model';
import { nextRefs, normaliseRef } from '../refs';
import { findDatesInText } from '../parse-date';
import { statusCells } from '../capture/plan';
import { statusAsAt } from '../status';
import type { Block, Cell } from './blocks';
import { cellText } from './blocks';
import { dateCell, datesInText, type DateInText } from './dates';
import { fieldLabel, fieldsOf, mapColumns, recogniseTable, type Field, type TableKind } from './headings';
import { createPeopleSplitter, type PeopleInCell } from './people';
import { splitBoardAndDate, splitRefSubject, tableRows } from './rows';
import { minutesFromBlocks } from './minutes';
import { recommendationsFromTable, type ImportedRecommendation } from './recommendations';

// --- What comes in -------------------------------------------------------------------------

export type ProposedStatus = 'noted' | 'completed' | 'recurring';
export type ConfirmedStatus = ProposedStatus | 'action';

export interface Corrections {
  /** Per table (1-based number as a string): its kind, and fields of columns (0-based index as a string). */
  readonly tables?: Readonly<Record<string, { readonly kind?: TableKind; readonly columns?: Readonly<Record<string, Field>> }>>;
  /** Per row id: the status the user confirmed (a proposal is used only when confirmed). */
  readonly statuses?: Readonly<Record<string, ConfirmedStatus>>;
  /** New people ticked for Officers. */
  readonly addOfficers?: readonly string[];
  /** The review a recommendations table belongs to, as typed in the dialog. */
  readonly review?: { readonly title: string; readonly body: string; readonly dateReported?: IsoDate | undefined } | undefined;
}

export interface WorkbookState {
  readonly today: IsoDate;
  readonly actions: readonly { readonly ref: string; readonly meetingDate?: IsoDate | undefined; readonly agendaItem?: string; readonly text: string }[];
  readonly meetings: readonly {
    readonly date: IsoDate;
    readonly board: string;
    readonly attendees: readonly string[];
    readonly apologies: readonly string[];
  }[];
  readonly forwardPlan: readonly { readonly item: string; readonly dueDate?: IsoDate | undefined; readonly dueText: string }[];
  readonly officers: readonly string[];
  /** The register of references given (core/ref-register): numbers handed out before, even if their rows are gone. */
  readonly register?: ReadonlyMap<string, number>;
  /** The reviews already on the Recommendations tab (their titles). */
  readonly reviews?: readonly string[];
}

// --- What goes out -------------------------------------------------------------------------

export interface DateSource {
  /** Which date it gave: "First Date for Report", "Date for Report", "Completed". */
  readonly gives: string;
  readonly date: IsoDate;
  /** The phrase as written, and the cell it is in. */
  readonly phrase: string;
  readonly from: string;
}

export interface PreviewAction {
  readonly id: string;
  /** "Table 1, row 5". */
  readonly where: string;
  readonly ref: string;
  readonly agendaItem: string;
  readonly subject: string;
  readonly meetingDate?: IsoDate | undefined;
  readonly text: string;
  readonly responsible: string;
  readonly isDecision: boolean;
  readonly firstDueDate?: IsoDate | undefined;
  readonly dueDate?: IsoDate | undefined;
  readonly completedDate?: IsoDate | undefined;
  readonly commentary: string;
  readonly dates: readonly DateSource[];
  readonly people: PeopleInCell;
  readonly proposal?: { readonly status: ProposedStatus; readonly label: string; readonly reason: string } | undefined;
  /** The status used: the confirmed one, else a plain action. */
  readonly confirmed: ConfirmedStatus;
  /** Why it will not be added (already in the log, or twice in the paste). */
  readonly duplicate?: string | undefined;
}

export interface PreviewPlanItem {
  readonly id: string;
  readonly where: string;
  readonly source: string;
  readonly dateRaised?: IsoDate | undefined;
  readonly item: string;
  readonly responsible: string;
  readonly dueDate?: IsoDate | undefined;
  readonly dueText: string;
  readonly phrase: string;
  readonly duplicate?: string | undefined;
}

export interface PreviewMeeting {
  readonly date: IsoDate;
  readonly board: string;
  readonly time: string;
  readonly venue: string;
  readonly attendees: readonly string[];
  readonly apologies: readonly string[];
  readonly duplicate?: string | undefined;
}

export interface PreviewTable {
  readonly number: number;
  readonly kind: TableKind;
  readonly headings: readonly string[];
  readonly columns: readonly Field[];
  readonly columnLabels: readonly string[];
  readonly choices: readonly { field: Field; label: string }[];
  readonly rows: number;
  readonly repeatedHeaders: readonly number[];
  readonly merged: readonly (readonly [number, number])[];
}

export interface ImportPreview {
  readonly tables: readonly PreviewTable[];
  readonly actions: readonly PreviewAction[];
  readonly forwardPlan: readonly PreviewPlanItem[];
  readonly meetings: readonly PreviewMeeting[];
  /** A pasted recommendations table's rows, one per number, and the review they land under. */
  readonly recommendations: readonly (ImportedRecommendation & { readonly duplicate?: string | undefined })[];
  readonly review?: { readonly title: string; readonly body: string; readonly dateReported?: IsoDate | undefined } | undefined;
  /** Proposed for Officers; `ticked` only when the user ticked it. */
  readonly newOfficers: readonly { readonly name: string; readonly where: string; readonly ticked: boolean }[];
  readonly warnings: readonly string[];
  readonly counts: {
    readonly actions: number;
    readonly forwardPlan: number;
    readonly meetings: number;
    readonly officers: number;
    readonly recommendations: number;
    readonly duplicates: number;
  };
  /** One line for the dialog: what Import will add, or that it adds nothing. */
  readonly summary: string;
}

export interface ImportWrites {
  readonly actions: Record<string, unknown>[];
  readonly forwardPlan: Record<string, unknown>[];
  readonly meetings: Record<string, unknown>[];
  readonly officers: Record<string, unknown>[];
  /** For Add review…'s row builder (core/recommendations/add-review.ts `planAddReview`). */
  readonly recommendations: ImportedRecommendation[];
}

// --- The plan ------------------------------------------------------------------------------

const STANDING_ITEM =
  /^(?:apologies|welcome|minutes(?: of the (?:last|previous) meeting)?|matters arising|action log|forward plan|any other business|aob|date (?:and time )?of (?:the )?next meeting|declarations? of interest)\b|\(standing(?: item)?\)|^standing item/i;
const NOT_SCHEDULED =
  /^(?:tbc|tba|to be (?:confirmed|agreed|scheduled|arranged)|not yet (?:scheduled|agreed|known)|date to be (?:agreed|confirmed)|n\/?a|-+|–)\.?$/i;
const RECURRING =
  /\b(?:each|every|following each)\s+(?:quarter(?:ly)?|month|year|meeting)|\bat\s+(?:quarterly|six[- ]monthly|monthly|annual|yearly|regular)\s+intervals\b|\b(?:quarterly|annually|six[- ]monthly|monthly|yearly)\s+review|\breview\w*\s+(?:quarterly|annually|six[- ]monthly|monthly|yearly)\b/i;
const INFORMATION_ONLY =
  /^(?:(?:an?\s+)?(?:update|report|presentation|briefing|information|paper)s?\b[^.]*\b(?:received|noted|given|presented)\b|(?:noted|for information)\b)/i;
const DONE = /\b(?:completed?|done|closed|received|achieved|delivered|in place|circulated|published|agreed)\.?$/i;

export function planImport(blocks: readonly Block[], wb: WorkbookState, corrections: Corrections = {}): { preview: ImportPreview; writes: ImportWrites } {
  const warnings: string[] = [];
  const tables: PreviewTable[] = [];
  const actions: PreviewAction[] = [];
  const forwardPlan: PreviewPlanItem[] = [];
  const meetings: PreviewMeeting[] = [];
  const recommendations: ImportedRecommendation[] = [];
  const newOfficers = new Map<string, string>();

  // Minutes: a document whose tables are minutes tables, or that has no table of ours.
  const minutes = minutesFromBlocks(blocks);
  const meetingDates = [...wb.meetings.map((m) => m.date), ...(minutes?.meeting.date ? [minutes.meeting.date] : [])];
  const knownPeople = [
    ...wb.officers,
    ...wb.meetings.flatMap((m) => [...m.attendees, ...m.apologies].map(personOf)),
    ...(minutes ? [...minutes.meeting.attendees, ...minutes.meeting.apologies].map(personOf) : []),
  ];
  const split = createPeopleSplitter(knownPeople);

  const ctx: RowContext = { wb, meetingDates, split, warnings, newOfficers, corrections, officers: new Set(wb.officers.map((o) => o.toLowerCase())) };
  if (minutes) {
    for (const name of [...minutes.meeting.attendees, ...minutes.meeting.apologies].map(personOf)) {
      if (!ctx.officers.has(name.toLowerCase()) && !newOfficers.has(name)) newOfficers.set(name, 'the minutes’ attendance');
    }
  }
  let tableNumber = 0;
  for (const block of blocks) {
    if (block.kind !== 'table') continue;
    tableNumber++;
    const fix = corrections.tables?.[String(tableNumber)];
    const shape = recogniseTable(block.rows);
    const kind = fix?.kind ?? shape.kind;
    // An unknown table shows its first row as headings, so its columns can be given in the preview.
    const headerRow = shape.headerRow >= 0 ? shape.headerRow : kind === 'minutes' ? -1 : 0;
    const headings = headerRow >= 0 ? (block.rows[headerRow] ?? []).map(cellText) : [];
    const columns = (kind === shape.kind && shape.headerRow >= 0 ? [...shape.columns] : mapColumns(kind, headings)).map(
      (f, i) => fix?.columns?.[String(i)] ?? f,
    );
    const entry: PreviewTable = {
      number: tableNumber,
      kind,
      headings,
      columns,
      columnLabels: columns.map((f) => fieldLabel(kind, f)),
      choices: fieldsOf(kind),
      rows: block.rows.length,
      repeatedHeaders: [],
      merged: [],
    };
    if (kind === 'actions') {
      const read = tableRows(block.rows, headerRow, columns, headings, ['refSubject', 'ref', 'meeting']);
      tables.push({ ...entry, repeatedHeaders: read.repeatedHeaders, merged: read.merged });
      for (const { row, cells } of read.rows) {
        actions.push(actionFromRow(`t${tableNumber}r${row}`, `Table ${tableNumber}, row ${row}`, cells, ctx));
      }
    } else if (kind === 'forwardPlan') {
      const read = tableRows(block.rows, headerRow, columns, headings, ['item']);
      tables.push({ ...entry, repeatedHeaders: read.repeatedHeaders, merged: read.merged });
      const annex = columns.includes('meeting');
      for (const { row, cells } of read.rows) {
        forwardPlan.push(...planFromRow(tableNumber, row, cells, annex, ctx));
      }
    } else if (kind === 'recommendations') {
      const got = recommendationsFromTable(tableNumber, block.rows, headerRow, columns, headings, warnings);
      tables.push({ ...entry, repeatedHeaders: got.read.repeatedHeaders, merged: got.read.merged });
      recommendations.push(...got.recommendations);
    } else {
      tables.push(entry);
    }
  }

  if (minutes) {
    warnings.push(...minutes.warnings);
    if (minutes.meeting.date) {
      meetings.push({
        date: minutes.meeting.date,
        board: minutes.meeting.board,
        time: minutes.meeting.time,
        venue: minutes.meeting.venue,
        attendees: minutes.meeting.attendees,
        apologies: minutes.meeting.apologies,
      });
    } else {
      warnings.push(
        `The minutes have no meeting date that can be read${minutes.meeting.dateText ? ` (“${minutes.meeting.dateText}”)` : ''}: write it as "Date: 12 May 2011" at the top, then preview again. Their actions were not imported.`,
      );
    }
    if (minutes.meeting.date) {
      for (const a of minutes.actions) {
        const cells = new Map<Field, Cell>([
          ['item', [a.item]],
          ['subject', [a.subject]],
          ['text', [a.text]],
          ['responsible', [a.owner]],
        ]);
        actions.push(
          actionFromRow(a.id, a.where, cells, ctx, {
            meetingDate: minutes.meeting.date,
            isDecision: a.isDecision,
            board: minutes.meeting.board,
          }),
        );
      }
    }
  }

  if (tables.length === 0 && !minutes) {
    warnings.push(
      'Nothing to import was found: paste a table copied from Word, Google Docs, Sheets or Excel (with its header row), or minutes with "Date:" at the top and Decision:/Action: rows.',
    );
  }
  for (const t of tables) {
    if (t.kind === 'ignore')
      warnings.push(
        `Table ${t.number} (${t.headings.filter(Boolean).slice(0, 4).join(' · ') || 'no headings'}) was not recognised, so it is not imported: choose its kind and columns in the preview if it should be.`,
      );
  }

  // De-duplication: by reference, else by meeting date and text; then references for the rest.
  const existingRefs = new Set(wb.actions.map((a) => normaliseRef(a.ref)).filter((r): r is string => !!r));
  const existingText = new Set(wb.actions.map((a) => textKey(a.meetingDate, a.agendaItem ?? '', a.text)));
  const seenRefs = new Map<string, string>();
  const seenText = new Map<string, string>();
  const deduped = actions.map((a): PreviewAction => {
    const ref = normaliseRef(a.ref);
    const key = textKey(a.meetingDate, a.agendaItem, a.text);
    let duplicate: string | undefined;
    if (ref && existingRefs.has(ref)) duplicate = `${ref} is already in the Actions tab`;
    else if (ref && seenRefs.has(ref)) duplicate = `${ref} is also in ${seenRefs.get(ref)}`;
    else if (!ref && existingText.has(key)) duplicate = `the same action of the same meeting and item is already in the Actions tab`;
    else if (!ref && seenText.has(key)) duplicate = `the same action of the same meeting and item is also in ${seenText.get(key)}`;
    if (!duplicate) {
      if (ref) seenRefs.set(ref, a.where);
      else seenText.set(key, a.where);
    }
    return { ...a, ref: ref ?? a.ref, duplicate };
  });
  // A number ever given (the register) is never given again, even when its row was deleted.
  const registered = [...(wb.register ?? new Map<string, number>())].map(([prefix, n]) => `${prefix}.${String(n).padStart(2, '0')}`);
  const withRefs = allocateImportRefs(deduped, [...existingRefs, ...seenRefs.keys(), ...registered], warnings);

  const existingPlan = new Set(wb.forwardPlan.map((p) => planKey(p.item, p.dueDate, p.dueText)));
  const seenPlan = new Map<string, string>();
  const plan = forwardPlan.map((p) => {
    const key = planKey(p.item, p.dueDate, p.dueText);
    const duplicate = existingPlan.has(key) ? 'it is already on the Forward Plan tab' : seenPlan.has(key) ? `it is also in ${seenPlan.get(key)}` : undefined;
    if (!duplicate) seenPlan.set(key, p.where);
    return { ...p, duplicate };
  });
  const meetingsOut = meetings.map((m) => {
    // The same day and the same board (one name may be the other's short form: "Executive Board").
    const same = (a: string, b: string) => a === '' || b === '' || a.toLowerCase().includes(b.toLowerCase()) || b.toLowerCase().includes(a.toLowerCase());
    const clash = wb.meetings.find((e) => e.date === m.date && same(e.board, m.board));
    return { ...m, duplicate: clash ? `the meeting of ${formatShort(m.date)} is already in the Meetings tab` : undefined };
  });

  // Recommendations land under the review typed in the dialog; a review already on the tab is left out whole.
  const review = corrections.review?.title ? corrections.review : undefined;
  const onTab = review && (wb.reviews ?? []).some((t) => t.trim().toLowerCase() === review.title.trim().toLowerCase());
  const seenNumbers = new Map<string, string>();
  const recs = recommendations.map((r) => {
    const key = r.number.toLowerCase();
    const duplicate = onTab
      ? `the review “${review.title}” is already on the Recommendations tab`
      : seenNumbers.has(key)
        ? `recommendation ${r.number} is also in ${seenNumbers.get(key)}`
        : undefined;
    if (!duplicate) seenNumbers.set(key, r.where);
    return { ...r, duplicate };
  });
  const reviewReady = !!review?.title && !!review.dateReported;
  if (recs.length && !reviewReady)
    warnings.push(
      `Give the review's title and the date it was reported (above the preview): without them its ${recs.length} recommendation${recs.length === 1 ? ' is' : 's are'} not imported.`,
    );

  const known = new Set(wb.officers.map((o) => o.toLowerCase()));
  const ticked = new Set((corrections.addOfficers ?? []).map((n) => n.trim().toLowerCase()));
  const proposals = [...newOfficers]
    .filter(([name]) => !known.has(name.toLowerCase()))
    .map(([name, where]) => ({ name, where, ticked: ticked.has(name.toLowerCase()) }));

  const writes: ImportWrites = {
    actions: withRefs.filter((a) => !a.duplicate).map((a) => actionRecord(a, wb.today)),
    forwardPlan: plan
      .filter((p) => !p.duplicate)
      .map((p) => ({
        source: p.source,
        dateRaised: p.dateRaised,
        item: p.item,
        responsible: p.responsible,
        dueDate: p.dueDate,
        dueText: p.dueText,
        linkedRef: '',
        done: false,
      })),
    meetings: meetingsOut
      .filter((m) => !m.duplicate)
      .map((m) => ({
        date: m.date,
        board: m.board,
        title: m.board,
        time: m.time,
        venue: m.venue,
        attendees: m.attendees,
        apologies: m.apologies,
      })),
    officers: proposals.filter((p) => p.ticked).map((p) => ({ name: p.name })),
    recommendations: reviewReady ? recs.filter((r) => !r.duplicate) : [],
  };
  const duplicates =
    withRefs.filter((a) => a.duplicate).length +
    plan.filter((p) => p.duplicate).length +
    meetingsOut.filter((m) => m.duplicate).length +
    recs.filter((r) => r.duplicate).length;
  const counts = {
    actions: writes.actions.length,
    forwardPlan: writes.forwardPlan.length,
    meetings: writes.meetings.length,
    officers: writes.officers.length,
    recommendations: writes.recommendations.length,
    duplicates,
  };
  return {
    preview: {
      tables,
      actions: withRefs,
      forwardPlan: plan,
      meetings: meetingsOut,
      recommendations: recs,
      review,
      newOfficers: proposals,
      warnings,
      counts,
      summary: summaryOf(counts, review?.title),
    },
    writes,
  };
}

export function summaryOf(c: Omit<ImportPreview['counts'], 'recommendations'> & { recommendations?: number }, review?: string): string {
  const r = c.recommendations ?? 0;
  const parts = [
    c.actions ? `${c.actions} action${c.actions === 1 ? '' : 's'} to Actions` : '',
    c.forwardPlan ? `${c.forwardPlan} entr${c.forwardPlan === 1 ? 'y' : 'ies'} to Forward Plan` : '',
    c.meetings ? `${c.meetings} meeting${c.meetings === 1 ? '' : 's'} to Meetings` : '',
    c.officers ? `${c.officers} name${c.officers === 1 ? '' : 's'} to Officers` : '',
    r ? `${r} recommendation${r === 1 ? '' : 's'} for review “${review ?? ''}” to Recommendations` : '',
  ].filter(Boolean);
  const dup = c.duplicates ? ` ${c.duplicates} already in the sheet ${c.duplicates === 1 ? 'is' : 'are'} left out.` : '';
  if (parts.length === 0) return c.duplicates ? `Nothing new to add: all ${c.duplicates} already in the sheet (imported before?).` : 'Nothing to add.';
  return `Import adds ${parts.join(', ')}.${dup}`;
}

/** "Name - Role, Organisation" (the Meetings attendee form) → "Name". */
function personOf(line: string): string {
  return line
    .split(/\s[-–]\s/)[0]!
    .replace(/\(.*?\)/g, '')
    .trim();
}

function textKey(meetingDate: IsoDate | undefined, item: string, text: string): string {
  const words = (s: string) =>
    s
      .toLowerCase()
      .replace(/^(?:agenda\s+)?item\s*(?:no\.?)?\s*/, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return `${meetingDate ?? ''}|${words(item)}|${words(text)}`;
}

function planKey(item: string, dueDate: IsoDate | undefined, dueText: string): string {
  return `${item
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()}|${dueDate ?? dueText.toLowerCase().trim()}`;
}

/**
 * References for rows that have none: the only place the import gives references, so it can be
 * pointed at the workbook's reference register. Rows without a meeting date cannot have one.
 */
export function allocateImportRefs(actions: readonly PreviewAction[], taken: readonly string[], warnings: string[]): PreviewAction[] {
  const wanting = new Map<IsoDate, number>();
  for (const a of actions) {
    if (a.duplicate || normaliseRef(a.ref)) continue;
    if (a.ref) warnings.push(`${a.where}, Ref No: “${a.ref}” is not a reference like 28.01.05, so the next reference of its meeting was given instead.`);
    if (!a.meetingDate)
      warnings.push(`${a.where}: no Ref No and no meeting date, so it is imported without a reference; type its Ref No in the Actions tab afterwards.`);
    else wanting.set(a.meetingDate, (wanting.get(a.meetingDate) ?? 0) + 1);
  }
  // One call per meeting: the references of rows in the order of the paste.
  const given = new Map<IsoDate, string[]>();
  const used = [...taken];
  for (const [meetingDate, count] of wanting) {
    const refs = nextRefs(meetingDate, used, count);
    used.push(...refs);
    given.set(meetingDate, refs);
  }
  return actions.map((a) => {
    if (a.duplicate || normaliseRef(a.ref)) return a;
    if (!a.meetingDate) return { ...a, ref: '' };
    return { ...a, ref: given.get(a.meetingDate)!.shift()! };
  });
}

function actionRecord(a: PreviewAction, today: IsoDate): Record<string, unknown> {
  const action: Action = {
    ref: a.ref,
    agendaItem: a.agendaItem,
    subject: a.subject,
    meetingDate: a.meetingDate,
    text: a.text,
    responsible: a.responsible,
    isDecision: a.isDecision,
    firstDueDate: a.firstDueDate,
    dueDate: a.dueDate,
    commentary: a.commentary,
    completedDate: a.completedDate,
  };
  return { ...action, ...statusCells(statusAsAt(action, today)), lastUpdated: new Date() };
}

interface RowContext {
  readonly wb: WorkbookState;
  readonly meetingDates: readonly IsoDate[];
  readonly split: ReturnType<typeof createPeopleSplitter>;
  readonly warnings: string[];
  readonly newOfficers: Map<string, string>;
  readonly corrections: Corrections;
  /** Officers' names, lower case. */
  readonly officers: ReadonlySet<string>;
}

function actionFromRow(
  id: string,
  where: string,
  cells: ReadonlyMap<Field, Cell>,
  ctx: RowContext,
  given: { meetingDate?: IsoDate; isDecision?: boolean; board?: string } = {},
): PreviewAction {
  const lines = (f: Field) => cells.get(f) ?? [];
  const text1 = (f: Field) => cellText(cells.get(f));
  let ref = '';
  let agendaItem = text1('item').replace(/^(?:agenda\s+)?item\s*(?:no\.?\s*)?/i, '');
  let subject = text1('subject');
  if (cells.has('refSubject')) {
    const s = splitRefSubject(text1('refSubject'));
    ref = s.ref;
    agendaItem ||= s.item;
    subject ||= s.subject;
  }
  if (cells.has('ref')) {
    const s = splitRefSubject(text1('ref'));
    ref ||= s.ref || text1('ref');
    agendaItem ||= s.item;
    subject ||= s.subject;
  }
  let meetingDate = given.meetingDate;
  if (!meetingDate && cells.has('meeting')) {
    const bd = splitBoardAndDate(lines('meeting'));
    meetingDate = bd.date;
    if (!bd.date && text1('meeting'))
      ctx.warnings.push(
        `${where}, ${fieldLabel('actions', 'meeting')}: “${text1('meeting')}” has no meeting date that can be read (write it as dd/mm/yyyy); dates without a year in this row could not be given one.`,
      );
  }
  const dateCtx = { meetingDate, meetings: ctx.meetingDates };
  const text = lines('text').join('\n');
  const responsibleCell = lines('responsible').join(' ');
  let commentary = lines('commentary').join('\n');
  // A recommendations tracker's "Accepted" column: kept in the commentary, nothing lost.
  if (text1('accepted')) commentary = [`Accepted: ${text1('accepted')}`, commentary].filter(Boolean).join('\n');
  const dates: DateSource[] = [];
  const found: { d: DateInText; from: string }[] = [];
  const unreadable = (from: string, why: string) =>
    ctx.warnings.push(`${where}, ${from}: ${why}; it was left out — type the date in the Actions tab afterwards.`);
  for (const [field, from] of [
    ['text', 'Matters Arising/Actions'],
    ['responsible', 'Responsible Officer'],
    ['commentary', 'Commentary'],
  ] as const) {
    const got = datesInText(lines(field).join('\n'), dateCtx);
    for (const u of got.unreadable) unreadable(from, u);
    for (const d of got.dates) if (!meetingDate || d.date >= meetingDate) found.push({ d, from });
  }
  const column = (f: Field, from: string) => {
    const got = dateCell(text1(f), dateCtx);
    if (got.unreadable) unreadable(from, got.unreadable);
    return got.date;
  };
  const firstCol = column('firstDueDate', 'First Date for Report');
  const dueCol = column('dueDate', 'Date for Report');
  const doneCol = column('completed', 'Completed');
  const first = firstCol ? { d: firstCol, from: 'First Date for Report' } : found[0];
  const last = dueCol ? { d: dueCol, from: 'Date for Report' } : found[found.length - 1];
  if (first) dates.push({ gives: 'First Date for Report', date: first.d.date, phrase: first.d.phrase, from: first.from });
  if (last) dates.push({ gives: 'Date for Report', date: last.d.date, phrase: last.d.phrase, from: last.from });
  let firstDueDate = first?.d.date;
  let dueDate = last?.d.date;
  let completedDate = doneCol?.date;
  if (doneCol) dates.push({ gives: 'Completed', date: doneCol.date, phrase: doneCol.phrase, from: 'Completed' });
  // A month or span written in a date column: kept as written in the commentary.
  for (const d of [firstCol, dueCol]) {
    if (d && d.kind !== 'day' && !commentary.includes(d.phrase))
      commentary = [commentary, `Date for report as written: ${d.phrase}`].filter(Boolean).join('\n');
  }

  const people = ctx.split(responsibleCell);
  for (const a of people.ambiguous) {
    ctx.warnings.push(
      `${where}, Responsible Officer: “${a.text}” could be ${orList(a.candidates)}, so it was given to nobody; write the full name in the Actions tab.`,
    );
  }
  notePeople(people, where, 'Actions', ctx);
  if (people.notes.length && responsibleCell) commentary = [commentary, `Responsible Officer as written: ${responsibleCell}`].filter(Boolean).join('\n');

  // Rows with no action: information only, recurring, or done.
  let proposal: PreviewAction['proposal'];
  const all = `${text}\n${commentary}`;
  if (RECURRING.test(all)) {
    const next = meetingDate ? nextReview(meetingDate, all, ctx.meetingDates, ctx.wb.today) : undefined;
    proposal = {
      status: 'recurring',
      label: next ? `Recurring: next review ${formatShort(next)}` : 'Recurring review',
      reason: `“${(RECURRING.exec(all) ?? [''])[0]}”`,
    };
  } else if (INFORMATION_ONLY.test(text.trim())) {
    proposal = { status: 'noted', label: 'Decisions (noted)', reason: `“${firstLine(text)}” records information, not a task` };
  } else if (DONE.test(withoutTrailingDate(lastLine(commentary))) && !/\bto be\b[^.]*$/i.test(lastLine(commentary))) {
    proposal = { status: 'completed', label: 'Completed', reason: `the commentary ends “${lastLine(commentary)}”` };
  }
  const confirmed: ConfirmedStatus = (proposal && ctx.corrections.statuses?.[id]) || 'action';
  let isDecision = given.isDecision ?? false;
  if (confirmed === 'noted') isDecision = true;
  if (confirmed === 'completed') completedDate ??= lastDateOf(found) ?? meetingDate ?? ctx.wb.today;
  if (confirmed === 'recurring' && meetingDate) {
    const next = nextReview(meetingDate, all, ctx.meetingDates, ctx.wb.today);
    if (next) {
      firstDueDate ??= next;
      dueDate = next;
    }
  }
  return {
    id,
    where,
    ref,
    agendaItem,
    subject,
    meetingDate,
    text: text || subject,
    responsible: people.responsible || responsibleCell,
    isDecision,
    firstDueDate: firstDueDate ?? dueDate,
    dueDate,
    completedDate,
    commentary,
    dates,
    people,
    proposal,
    confirmed,
  };
}

/** New names, and attendees not yet in Officers, are proposed for Officers; a first name alone is reported. */
function notePeople(people: PeopleInCell, where: string, tab: string, ctx: RowContext): void {
  for (const n of [...people.newPeople, ...people.people]) {
    if (!ctx.officers.has(n.toLowerCase()) && !ctx.newOfficers.has(n)) ctx.newOfficers.set(n, where);
  }
  for (const n of people.shortNames) {
    ctx.warnings.push(
      `${where}, Responsible Officer: “${n}” is not the name of anyone in Officers or at the meeting, so it was given to nobody; write the full name in the ${tab} tab.`,
    );
  }
}

function lastDateOf(found: readonly { d: DateInText }[]): IsoDate | undefined {
  return found[found.length - 1]?.d.date;
}

/** The next review of a recurring item from today: the board's meeting near that day, else the day itself. */
function nextReview(meetingDate: IsoDate, text: string, meetings: readonly IsoDate[], today: IsoDate): IsoDate | undefined {
  const months = /annual|year/i.test(text) ? 12 : /six[- ]monthly/i.test(text) ? 6 : /monthly|month\b/i.test(text) ? 1 : 3;
  const { year, month, day } = parts(meetingDate);
  let target = meetingDate;
  for (let k = 1; k <= 400 && target < today; k++) {
    const m0 = month - 1 + months * k;
    const y = year + Math.floor(m0 / 12);
    const m = (m0 % 12) + 1;
    target = isoDate(y, m, Math.min(day, daysInMonth(y, m)));
  }
  if (target === meetingDate) return undefined;
  return [...meetings].sort().find((d) => d >= addDays(target, -14) && d <= addDays(target, 45) && d >= today) ?? target;
}

/** "Report received 18/03/2010" → "Report received": the words before a date at the end. */
function withoutTrailingDate(line: string): string {
  const dates = findDatesInText(line);
  const last = dates[dates.length - 1];
  if (!last || !/^[\s.,;)]*$/.test(line.slice(last.index + last.matchedText.length))) return line;
  return line
    .slice(0, last.index)
    .replace(/\s*(?:on|at|by)?\s*$/i, '')
    .trim();
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').trim();
}

function lastLine(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines[lines.length - 1] ?? '';
}

function orList(xs: readonly string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}`;
}

function planFromRow(table: number, row: number, cells: ReadonlyMap<Field, Cell>, annex: boolean, ctx: RowContext): PreviewPlanItem[] {
  const text1 = (f: Field) => cellText(cells.get(f));
  const where = `Table ${table}, row ${row}`;
  const dateRaised = dateCell(text1('dateRaised'), { meetings: ctx.meetingDates }).date?.date;
  const items = annex ? (cells.get('item') ?? []) : [(cells.get('item') ?? []).join('\n')];
  const officers = cells.get('responsible') ?? [];
  const out: PreviewPlanItem[] = [];
  items.forEach((item, k) => {
    if (!item.trim()) return;
    if (STANDING_ITEM.test(item.trim())) return;
    const responsibleCell = annex && officers.length === items.length ? (officers[k] ?? '') : officers.join(' ');
    out.push(
      planEntry(
        `t${table}r${row}i${k + 1}`,
        items.length > 1 ? `${where}, item ${k + 1}` : where,
        {
          source: text1('source') || (annex ? 'Forward plan' : ''),
          dateRaised,
          item: item.trim(),
          responsibleCell,
          dueCell: annex ? text1('meeting') : text1('completion') || text1('meeting'),
        },
        ctx,
      ),
    );
  });
  return out;
}

function planEntry(
  id: string,
  where: string,
  p: { source: string; dateRaised?: IsoDate | undefined; item: string; responsibleCell: string; dueCell: string },
  ctx: RowContext,
): PreviewPlanItem {
  const people = ctx.split(p.responsibleCell);
  for (const a of people.ambiguous)
    ctx.warnings.push(
      `${where}, Responsible Officer: “${a.text}” could be ${orList(a.candidates)}, so it was given to nobody; write the full name in the Forward Plan tab.`,
    );
  notePeople(people, where, 'Forward Plan', ctx);
  const due = p.dueCell.trim();
  let dueDate: IsoDate | undefined;
  let dueText = '';
  let phrase = '';
  if (due && !NOT_SCHEDULED.test(due)) {
    const got = dateCell(due, { meetingDate: p.dateRaised ?? ctx.wb.today, meetings: ctx.meetingDates });
    if (got.date) {
      dueDate = got.date.date;
      phrase = got.date.phrase;
      if (got.date.kind !== 'day') dueText = due; // a month or span is shown as the board wrote it
    } else if (RECURRING.test(due) || /^(?:review|ongoing|annual|quarterly|as required)/i.test(due)) {
      dueText = due;
    } else {
      dueText = due;
      ctx.warnings.push(
        `${where}, Completion Date: ${got.unreadable ?? `“${due}” is not a date`}; it is kept as the text written (shown so on the forward plan) — type a date in Due Meeting if it has one.`,
      );
    }
  } else if (due) {
    dueText = '';
  }
  return {
    id,
    where,
    source: p.source,
    dateRaised: p.dateRaised,
    item: p.item,
    responsible: people.responsible || p.responsibleCell,
    dueDate,
    dueText,
    phrase,
  };
}
