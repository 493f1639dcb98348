/**
 * End to end on the built bundle (dist/Code.js): the sample board typed into a set-up workbook,
 * then Generate action log… / Generate agenda… / Draft minutes… from the menu.
 */
import { ACTIONS, FORWARD_PLAN, MEETINGS, SETTINGS } from '../../src/core/layout';
import type { Action, ForwardPlanItem, Meeting } from '../../src/core/model';
import { formatShort } from '../../src/core/dates';
import { statusEntry } from '../../src/core/status';
import type { DocsHandle } from '../emulator/docs';
import type { LoggerHandle } from '../emulator/logger';
import type { DocState } from '../emulator/docs/model';
import { createSpreadsheetEmulator } from '../emulator/spreadsheet';
import type { WorkbookHandle } from '../emulator/spreadsheet/handle';
import type { UiHandle } from '../emulator/ui';
import { loadBundle, type LoadedBundle } from '../harness/bundle';
import { stopRunawaySearches } from './emulated-docs';
import { generateThroughMenu } from './menu-board';
import { actions, BOARD, EXPECTED_LOG, forwardPlan, MEETING, meetings } from './sample-board';

const date = (d?: string) => (d ? formatShort(d) : '');

function row(tab: typeof ACTIONS, values: Record<string, unknown>): unknown[] {
  return tab.columns.map((c) => values[c.key] ?? '');
}

interface Board {
  bundle: LoadedBundle;
  workbook: WorkbookHandle;
  docs: DocsHandle;
  ui: UiHandle;
  folder: string;
  /** Alerts shown before the test's own calls (set-up's report). */
  alertsSeen: number;
}

interface BoardData {
  readonly meetings: readonly Meeting[];
  readonly actions: readonly Action[];
  readonly forwardPlan: readonly ForwardPlanItem[];
}

/** `docsApi` false: the advanced Docs service is not enabled (no `Docs` global). */
function board(docsApi = true, sample: BoardData = { meetings, actions, forwardPlan }): Board {
  const build = process.env.ACTION_LOG_BUILD_ERROR;
  if (build) throw new Error(`the bundle did not build: ${build}`);
  const bundle = loadBundle({ now: '2012-03-01T10:00:00Z', docsAdvancedService: docsApi });
  const handles = bundle.env.handles as unknown as Record<string, unknown>;
  const ui = handles.ui as UiHandle;
  let workbook = handles.workbook as WorkbookHandle | undefined;
  if (!workbook) {
    // Until the environment registers SpreadsheetApp, install it here.
    const emu = createSpreadsheetEmulator({ realm: { Date: bundle.context.Date as DateConstructor }, calls: bundle.env.calls, ui: () => ui.getUi() });
    Object.defineProperty(bundle.context, 'SpreadsheetApp', { value: emu.app, writable: true, configurable: true });
    workbook = emu.workbook;
  }
  const docs = handles.docs as DocsHandle;
  bundle.call('menuSetUp');

  const put = (tab: typeof ACTIONS, rows: unknown[][]) => workbook!.setValues(tab.name, 2, 1, rows);
  put(
    MEETINGS,
    sample.meetings.map((m: Meeting) => row(MEETINGS, { ...m, date: date(m.date), attendees: m.attendees.join('\n'), apologies: m.apologies.join(', ') })),
  );
  put(
    ACTIONS,
    sample.actions.map((a: Action) =>
      row(ACTIONS, {
        ...a,
        meetingDate: date(a.meetingDate),
        firstDueDate: date(a.firstDueDate),
        dueDate: date(a.dueDate),
        completedDate: date(a.completedDate),
        isDecision: a.isDecision,
      }),
    ),
  );
  put(
    FORWARD_PLAN,
    sample.forwardPlan.map((f: ForwardPlanItem) => row(FORWARD_PLAN, { ...f, dateRaised: date(f.dateRaised), dueDate: date(f.dueDate), done: f.done })),
  );

  const folder = docs.addFolder('Board papers');
  setSetting(workbook, 'Output folder ID', folder);
  return { bundle, workbook, docs, ui, folder, alertsSeen: ui.alerts.length };
}

function setSetting(workbook: WorkbookHandle, label: string, value: string): void {
  const values = workbook.sheet(SETTINGS.name).values;
  const i = values.findIndex((r) => String(r[0]) === label);
  if (i < 0) throw new Error(`no setting ${label}`);
  workbook.setCell(SETTINGS.name, i + 1, 2, value); // the Value column is plain text
}

function setting(workbook: WorkbookHandle, label: string): string {
  return String(workbook.sheet(SETTINGS.name).values.find((r) => String(r[0]) === label)?.[1] ?? '');
}

const KIND_OF: Record<string, 'actionLog' | 'agenda' | 'minutes'> = {
  menuGenerateActionLog: 'actionLog',
  menuGenerateAgenda: 'agenda',
  menuDraftMinutes: 'minutes',
};

/** The menu item, the dialog's meeting list, Make (see menu-board); `answer` picks a meeting by dd/mm/yyyy. */
function generate(b: Board, menu: string, answer = '') {
  const meeting = answer ? answer.split('/').reverse().join('-') : undefined;
  const made = generateThroughMenu({ ...b }, KIND_OF[menu]!, meeting);
  const alerts = b.ui.alerts.slice(b.alertsSeen).map((a) => JSON.stringify(a));
  if (alerts.length) throw new Error(`unexpected alert: ${alerts.join('\n')}`);
  return { id: made.docId, doc: b.docs.document(made.docId), dialog: made.dialog, view: made.view, options: made.options };
}

describe('papers from the menu (bundle)', () => {
  it("Generate action log…: the rule's rows in order and colour, the default template recorded, links shown", () => {
    const b = board();
    const { id, doc, dialog, view, options } = generate(b, 'menuGenerateActionLog');
    expect(options[0]!.label).toBe(`Thursday 15th March 2012 – ${BOARD} (next)`);
    expect(b.docs.file(id)).toMatchObject({ name: `${BOARD} – Action Log – 15 March 2012`, folderId: b.folder });
    expect(dialog.title).toBe('Generate action log');
    expect(view.notes).toContain('10 actions on the log.');
    expect(view.outcome).toBe('new');

    const table = doc.body.children.find((c) => c.type === 'TABLE' && c.rows[0]?.cells[0]?.paragraphs[0]?.text === 'Ref No and subject');
    if (!table || table.type !== 'TABLE') throw new Error('no action table');
    const rows = table.rows.slice(1);
    expect(rows.map((r) => r.cells[0]!.paragraphs[0]!.text.split(' ')[0])).toEqual(EXPECTED_LOG.map((e) => e[0]));
    rows.forEach((r, i) => expect(r.cells.map((c) => c.backgroundColor)).toEqual(Array(5).fill(statusEntry(EXPECTED_LOG[i]![1] as never).background)));

    const templateId = setting(b.workbook, 'Action log template ID');
    expect(b.docs.file(templateId).mimeType).toBe('application/vnd.google-apps.document');
    const before = b.docs.snapshot(templateId);
    // Made again for the same meeting: the same Doc, updated in place (issue #11, point 5).
    const again = generate(b, 'menuGenerateActionLog', '15/03/2012');
    expect(again.id).toBe(id);
    expect(again.view.outcome).toBe('updated');
    expect(b.docs.snapshot(templateId)).toEqual(before);
    // With the advanced service the whole paper is one Docs API batch: status key, actions, forward plan — twice.
    expect(b.bundle.env.calls.count('DocumentApp.Body.insertTable')).toBe(0);
    // The second run reads the template and the Doc to update (its end index).
    expect(b.bundle.env.calls.byMethod('Docs.')).toEqual({ 'Docs.Documents.get': 3, 'Docs.Documents.batchUpdate': 2 });
  });

  it('Generate agenda… and Draft minutes… for a typed date, with a PDF when Settings ask for one', () => {
    const b = board();
    setSetting(b.workbook, 'Also save as PDF', 'Yes');
    const agenda = generate(b, 'menuGenerateAgenda', '15/03/2012');
    const agendaText = agenda.doc.body.children.flatMap((c) =>
      c.type === 'TABLE' ? c.rows.map((r) => r.cells.map((x) => x.paragraphs.map((p) => p.text).join('\n')).join(' | ')) : [],
    );
    expect(agendaText).toContain('Item 4 | Annual review of the Partnership Compact | Liz Carter');
    expect(agenda.view.pdfUrl).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    expect(
      b.docs
        .filesIn(b.folder)
        .filter((f) => f.mimeType === 'application/pdf')
        .map((f) => f.name),
    ).toEqual([`${BOARD} – Agenda – 15 March 2012.pdf`]);

    const minutes = generate(b, 'menuDraftMinutes');
    const html = b.docs.toHtml(minutes.id);
    expect(html).toContain('Apologies: Gareth Lloyd, Sandra Voss and Imran Qureshi.');
    expect(html).toContain('<p style="font-weight:bold;font-size:9pt">Item 3</p>');
    expect(html).toContain('<p style="font-size:9pt">Decision:</p>');
  });

  it('reports an unknown placeholder by name and creates nothing; a date with no meeting is explained', () => {
    const b = board();
    const templateId = b.docs.addDocument('Our template', ['{{board}}', 'Dated {{meeting_day}}', '{{action_table}}']);
    setSetting(b.workbook, 'Action log template ID', templateId);
    const files = b.docs.files().length;
    const made = b.bundle.call<{ ok: boolean; message?: string }>('papersGenerate', 'actionLog', MEETING);
    expect(made).toEqual({
      ok: false,
      message: 'The action log template cannot be used: Unknown placeholder: {{meeting_day}}. Nothing was created.',
      fields: {},
    });
    expect(b.docs.files()).toHaveLength(files);

    // The dialog lists the meetings; a date that is no longer among them is explained.
    expect(b.bundle.call('papersGenerate', 'agenda', '2012-03-16')).toEqual({
      ok: false,
      message: 'That meeting is no longer in Meetings: close this dialog and open it again.',
      fields: {},
    });
    expect(b.docs.files()).toHaveLength(files);
  });

  describe('table colours', () => {
    function actionTableColours(doc: ReturnType<typeof generate>['doc']) {
      const table = doc.body.children.find((c) => c.type === 'TABLE' && c.rows[0]?.cells[0]?.paragraphs[0]?.text === 'Ref No and subject');
      if (!table || table.type !== 'TABLE') throw new Error('no action table');
      return table.rows.map((r) => r.cells.map((c) => c.backgroundColor));
    }
    const expected = () => [Array(5).fill('#d9d9d9'), ...EXPECTED_LOG.map((e) => Array(5).fill(statusEntry(e[1] as never).background))];

    it('with the advanced Docs service: one Documents.get and one Documents.batchUpdate, no cell-by-cell calls', () => {
      const b = board();
      const calls = b.bundle.env.calls;
      const getCellsBefore = calls.count('DocumentApp.Table.getCell');
      const { id, doc } = generate(b, 'menuGenerateActionLog');
      expect(actionTableColours(doc)).toEqual(expected());
      expect(calls.byMethod('Docs.')).toEqual({ 'Docs.Documents.batchUpdate': 1, 'Docs.Documents.get': 1 });
      expect(calls.count('DocumentApp.Table.getCell') - getCellsBefore).toBe(0);
      expect(calls.count('DocumentApp.TableCell.setBackgroundColor')).toBe(0);
      expect(b.docs.toHtml(id)).toContain(`<td style="background:${statusEntry(EXPECTED_LOG[0]![1] as never).background}">`);
      const log = (b.bundle.env.handles as unknown as { logger: LoggerHandle }).logger;
      expect(log.console.filter((c) => /Table colours/.test(c.message))).toEqual([]);
    });

    it('without it: the same colours cell by cell, and a log line saying so', () => {
      const b = board(false);
      expect('Docs' in b.bundle.context).toBe(false);
      const { doc } = generate(b, 'menuGenerateActionLog');
      expect(actionTableColours(doc)).toEqual(expected());
      expect(b.bundle.env.calls.total('Docs.')).toBe(0);
      expect(b.bundle.env.calls.count('DocumentApp.TableCell.setBackgroundColor')).toBe(5 * EXPECTED_LOG.length + 5 + 5 + 5); // five cells a row, key, two headers
      const log = (b.bundle.env.handles as unknown as { logger: LoggerHandle }).logger;
      expect(log.console.map((c) => c.message).filter((m) => /DocumentApp/.test(m) && !/^papers/.test(m))).toEqual([
        'Paper made with DocumentApp because the advanced Docs service is off.',
      ]);
    });
  });
  describe('user text is never read as a template', () => {
    const HOSTILE_BOARD = 'Board $1 \\ {{title}}';
    const VENUE = 'Room $5 {{venue}}';
    const ACTION = 'Report on {{forward_plan_table}} and {{action_table}} at {{venue}}';
    const COMMENTARY = 'Costs rose by $& and $1 (see {{note}})';
    const PLAN_ITEM = 'Annual review of {{agenda_items}} $2';
    const ATTENDEE = 'Jo $0 {{attendees}} - Observer';
    const hostile: BoardData = {
      meetings: meetings.map((m) => ({ ...m, board: HOSTILE_BOARD, venue: VENUE, attendees: m.date === MEETING ? [...m.attendees, ATTENDEE] : m.attendees })),
      actions: actions.map((a) => (a.ref === '10.11.02' ? { ...a, text: ACTION, commentary: COMMENTARY } : a.ref === '15.03.02' ? { ...a, text: ACTION } : a)),
      forwardPlan: forwardPlan.map((f, i) => (i === 0 ? { ...f, item: PLAN_ITEM } : f)),
    };

    function hostileBoard(docsApi: boolean) {
      const b = board(docsApi, hostile);
      setSetting(b.workbook, 'Action log title', 'Log {{board}} $&');
      setSetting(b.workbook, 'Note on the action log', 'Please note \\1 {{status_key}}');
      stopRunawaySearches(b.bundle.env.calls); // a looping fill fails here instead of hanging the run
      return b;
    }
    // Text paragraphs (the Docs API puts an empty line before each table it inserts).
    const paragraphs = (doc: DocState) =>
      doc.body.children.flatMap((c, i) => (c.type === 'PARAGRAPH' && (c.text || i === doc.body.children.length - 1) ? [c.text] : []));
    const tablesHeaded = (doc: DocState, first: string) =>
      doc.body.children.filter((c) => c.type === 'TABLE' && c.rows[0]?.cells[0]?.paragraphs[0]?.text === first);
    const cellTexts = (doc: DocState) =>
      doc.body.children.flatMap((c) => (c.type === 'TABLE' ? c.rows.flatMap((r) => r.cells.map((x) => x.paragraphs.map((p) => p.text).join('\n'))) : []));

    it.each([true, false])(
      'Generate action log… (advanced Docs service %s): each text appears literally, each table exactly once, every row coloured, searches bounded',
      (docsApi) => {
        const b = hostileBoard(docsApi);
        const calls = b.bundle.env.calls;
        const { id, doc } = generate(b, 'menuGenerateActionLog');
        expect(b.docs.file(id).name).toBe(`${HOSTILE_BOARD} – Action Log – 15 March 2012`);
        expect(paragraphs(doc).slice(0, 3)).toEqual([HOSTILE_BOARD, 'Log {{board}} $&', 'Thursday 15th March 2012']);
        expect(paragraphs(doc)).toContain('Please note \\1 {{status_key}}');
        expect(paragraphs(doc).filter((t) => /\{\{/.test(t))).toEqual([HOSTILE_BOARD, 'Log {{board}} $&', 'Please note \\1 {{status_key}}']);

        const statusKeys = doc.body.children.filter((c) => c.type === 'TABLE' && c.rows.length === 5 && c.rows[0]?.cells.length === 2);
        expect(statusKeys).toHaveLength(1);
        const [log, ...otherLogs] = tablesHeaded(doc, 'Ref No and subject');
        expect(otherLogs).toEqual([]);
        expect(tablesHeaded(doc, 'Source')).toHaveLength(1);
        expect(doc.body.children.filter((c) => c.type === 'TABLE')).toHaveLength(3);
        if (!log || log.type !== 'TABLE') throw new Error('no action table');
        expect(log.rows).toHaveLength(EXPECTED_LOG.length + 1);
        const row = log.rows.find((r) => r.cells[0]!.paragraphs[0]!.text.startsWith('10.11.02'))!;
        expect(row.cells[2]!.paragraphs.map((p) => p.text)).toEqual([ACTION]);
        expect(row.cells[4]!.paragraphs[1]!.text).toBe(COMMENTARY);
        expect(cellTexts(doc)).toContain(PLAN_ITEM);
        log.rows
          .slice(1)
          .forEach((r, i) => expect(r.cells.map((c) => c.backgroundColor)).toEqual(Array(5).fill(statusEntry(EXPECTED_LOG[i]![1] as never).background)));

        // Bounded: one search per occurrence of a placeholder whose value is not inert (board, title,
        // note) or that is a table (four, the outstanding recommendations' line included: emptied when
        // the setting is No), in the default template — never a search over user text.
        // With the Docs API nothing is searched: one read, one batch of literal inserts.
        expect(calls.count('DocumentApp.Body.findText')).toBe(docsApi ? 0 : 7);
        expect(calls.count('DocumentApp.Body.replaceText')).toBe(docsApi ? 0 : 1); // meeting_date, twice in one call
        expect(calls.count('DocumentApp.Body.insertTable')).toBe(docsApi ? 0 : 3);
        if (docsApi) expect(calls.byMethod('Docs.')).toEqual({ 'Docs.Documents.batchUpdate': 1, 'Docs.Documents.get': 1 });
        else expect(calls.total('Docs.')).toBe(0);
      },
    );

    it.each([true, false])(
      'Generate agenda… and Draft minutes… (advanced Docs service %s): the venue and board print literally, and the run ends',
      (docsApi) => {
        const b = hostileBoard(docsApi);
        const calls = b.bundle.env.calls;
        const agenda = generate(b, 'menuGenerateAgenda', '15/03/2012');
        expect(paragraphs(agenda.doc)).toEqual([HOSTILE_BOARD, 'Agenda', 'Date: Thursday 15th March 2012', 'Time: 2.00pm', `Venue: ${VENUE}`, '']);
        expect(cellTexts(agenda.doc)).toContain(PLAN_ITEM);
        expect(agenda.doc.body.children.filter((c) => c.type === 'TABLE')).toHaveLength(1);
        expect(calls.count('DocumentApp.Body.findText')).toBe(docsApi ? 0 : 3); // board, venue, the agenda table

        const minutes = generate(b, 'menuDraftMinutes', '15/03/2012');
        const text = paragraphs(minutes.doc);
        expect(text[0]).toBe(HOSTILE_BOARD);
        expect(text).toContain(`Venue: ${VENUE}.`);
        expect(text).toContain(`Details of next meeting: 2.00pm, Thursday 26th April 2012, ${VENUE}.`);
        expect(cellTexts(minutes.doc)).toEqual(expect.arrayContaining(['Jo $0 {{attendees}}', 'Observer']));
        const minuted = minutes.doc.body.children.flatMap((c) =>
          c.type === 'TABLE' ? c.rows.flatMap((r) => r.cells.flatMap((x) => x.paragraphs.map((p) => p.text))) : [],
        );
        expect(minuted.filter((t) => t.includes('{{forward_plan_table}}'))).toEqual([
          `(i) ${ACTION} Responsible: Liz Carter. Report by 26th April 2012. [15.03.02]`,
        ]);
        const attendees = minutes.doc.body.children.filter(
          (c) => c.type === 'TABLE' && c.rows.some((r) => r.cells[0]?.paragraphs[0]?.text.startsWith('Cllr Margaret Dunne')),
        );
        expect(attendees).toHaveLength(1);
        expect(minutes.doc.body.children.filter((c) => c.type === 'TABLE')).toHaveLength(2);
        expect(calls.count('DocumentApp.Body.findText')).toBe(docsApi ? 0 : 3 + 5); // board, venue, next_meeting, two tables
        expect(JSON.stringify(b.docs.snapshot(minutes.id)).match(/\{\{/g)).toHaveLength(1 + 2 + 1 + 3); // board, venue twice, the attendee, the action's three: nothing else survives or is added
      },
    );
  });
});
