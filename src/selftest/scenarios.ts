/**
 * THE list of self-test scenarios: run in the product by Action Log ▸ Help ▸ Run self-test on
 * a real account, and by `npm test` on the emulator (test/selftest/), with the same runner.
 * They run in order on one scratch spreadsheet and folder, each building on the one before
 * (set up, then a meeting, then its actions…), through the product's own code wherever the
 * product has it. Each compares what it reads back with what the product expects; where
 * the Apps Script reference leaves the behaviour open, the expected value is the emulator's
 * guess, and the scenario says so in `settles` (the emulator's code names the scenario).
 *
 * Dates are worked out from today, so the statuses are the same whatever the day it runs.
 */
import { addDays, formatShort, parts, type IsoDate } from '../core/dates';
import { ACTIONS, MEETINGS, OFFICERS, SETUP_TABS, KEY_TAB_NAME, columnLetter } from '../core/layout';
import { checkForm, meetingForm, recordForm } from '../core/capture/schemas';
import { planActions, planMeeting } from '../core/capture/plan';
import { OVERDUE_MARK } from '../core/status-block';
import { statusEntry, STATUS_KEY } from '../core/status';
import { ruleSpecs } from '../setup/rules';
import { asLiteralText } from '../core/text-safety';
import { buildPaper } from '../core/papers/models';
import { DEFAULT_TEMPLATES, TEMPLATE_SETTING } from '../core/papers/templates';
import { PLACEHOLDERS, type PaperKind } from '../core/papers/placeholders';
import { setUpWorkbook } from '../setup/setup';
import { appendRecords, readWorkbook, writeSetting } from '../adapters/sheets/workbook';
import { refreshStatuses } from '../adapters/sheets/status-refresh';
import { dateWriter } from '../adapters/sheets/dates';
import { withDocumentLock } from '../adapters/lock';
import { readRefRegister, type RegisterStore } from '../adapters/ref-register';
import { installDaily, ourTriggers, removeDaily, DAILY_HANDLER } from '../adapters/triggers';
import { PDF_MIME_TYPE, renderPaper } from '../adapters/docs/render';
import { planFromWorkbook, sendPlan } from '../alerts/run';
import { kindOf, type Scenario, type ScenarioContext } from './scenario';

/** The handler of the trigger the "trigger" scenario installs and removes (src/main.ts exports it). */
export const SELFTEST_TRIGGER_HANDLER = 'selfTestTrigger';

export const GOOGLE_SHEETS_MIME = 'application/vnd.google-apps.spreadsheet';

const BOARD = 'Self-test Board';
const OFFICER_ROWS = [
  { name: 'Gary Bowman', email: 'gary.bowman@example.org', organisation: 'Council' },
  { name: 'Janine Brown', email: 'janine.brown@example.org', organisation: 'Health' },
];

/** The dates every scenario works from, relative to today. */
export function scenarioDates(today: IsoDate) {
  return {
    meeting: addDays(today, -14),
    nextMeeting: addDays(today, 28),
    overdue: addDays(today, -7),
    ahead: addDays(today, 30),
    completedDue: addDays(today, -10),
    completedOn: addDays(today, -2),
  };
}

/** The references the actions of the meeting of `date` get: "DD.MM.01", … */
function refsFor(date: IsoDate, n: number): string[] {
  const { day, month } = parts(date);
  const p = `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}`;
  return Array.from({ length: n }, (_, i) => `${p}.${String(i + 1).padStart(2, '0')}`);
}

function sheetOf(t: ScenarioContext, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = t.ss.getSheetByName(name);
  if (!sheet) throw new Error(`the scratch spreadsheet has no "${name}" tab`);
  return sheet;
}

const col = (tab: typeof ACTIONS, key: string) => tab.columns.findIndex((c) => c.key === key) + 1;

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'scratch-files',
    title: 'The scratch spreadsheet and folder',
    settles: ['the time zone and locale a new spreadsheet takes', 'whether drive.file lets the script move a spreadsheet it created into its folder'],
    run(t) {
      t.check('the scratch spreadsheet has the time zone of your sheet', t.ss.getSpreadsheetTimeZone(), t.timeZone);
      t.check('a new spreadsheet has one tab', t.ss.getSheets().length, 1);
      const file = t.services.DriveApp.getFileById(t.ss.getId());
      t.check('Drive sees the scratch spreadsheet as a Google Sheet', file.getMimeType(), GOOGLE_SHEETS_MIME);
      const inFolder: string[] = [];
      const files = t.folder.getFiles();
      while (files.hasNext()) inFolder.push(files.next().getId());
      t.check('the scratch spreadsheet was moved into the scratch folder', inFolder.includes(t.ss.getId()), true);
    },
  },
  {
    id: 'set-up',
    title: 'Set up this sheet (on the scratch spreadsheet), twice',
    run(t) {
      const first = setUpWorkbook(t.ss);
      t.check(
        'the first run creates every tab',
        first.created,
        [...SETUP_TABS.map((tab) => tab.name), KEY_TAB_NAME].map((name) => `the ${name} tab`),
      );
      t.check(
        'the first run reports no problem',
        first.problems.map((p) => p.message),
        [],
      );
      const names = t.ss.getSheets().map((s) => s.getName());
      for (const tab of [...SETUP_TABS.map((x) => x.name), KEY_TAB_NAME]) t.check(`the "${tab}" tab exists`, names.includes(tab), true);
      const actions = sheetOf(t, ACTIONS.name);
      t.check(
        'the Actions headers are in order',
        actions.getRange(1, 1, 1, ACTIONS.columns.length).getValues()[0],
        ACTIONS.columns.map((c) => c.header),
      );
      t.check('the header row is frozen', actions.getFrozenRows(), 1);
      const again = setUpWorkbook(t.ss);
      t.check('a second run creates nothing', again.created, []);
      t.check('a second run repairs nothing', again.repaired, []);
    },
  },
  {
    id: 'add-meeting',
    title: 'Add meeting (two meetings and the officers)',
    run(t) {
      const d = scenarioDates(t.today);
      const wb = readWorkbook(t.ss, ['meetings', 'officers']);
      const records = [d.meeting, d.nextMeeting].map((date) => {
        const form = checkForm(meetingForm, {
          date: formatShort(date),
          board: BOARD,
          title: 'Self-test meeting',
          time: '2.00pm',
          venue: 'Council House',
          attendees: ['Gary Bowman', 'Janine Brown'],
          apologies: [],
          addOfficers: [],
        });
        if (!form.ok) throw new Error(`the meeting form was refused: ${form.message}`);
        return planMeeting(form.value, wb.meetings, wb.officers).meeting;
      });
      const { firstRow } = appendRecords(t.ss, MEETINGS, records);
      appendRecords(t.ss, OFFICERS, OFFICER_ROWS);
      t.check('the meetings go to the first free rows', firstRow, 2);
      const back = readWorkbook(t.ss, ['meetings', 'officers']);
      t.check(
        'both meetings read back with their dates',
        back.meetings.map((m) => m.date),
        [d.meeting, d.nextMeeting],
      );
      t.check(
        'the time "2.00pm" reads back as the text typed',
        back.meetings.map((m) => m.time),
        ['2.00pm', '2.00pm'],
      );
      t.check(
        'the officers read back',
        back.officers.map((o) => `${o.name} <${o.email}>`),
        OFFICER_ROWS.map((o) => `${o.name} <${o.email}>`),
      );
      t.check(
        'reading them back reports no problem',
        back.problems.map((p) => p.message),
        [],
      );
      const meetings = sheetOf(t, MEETINGS.name);
      const cells = meetings.getRange(2, 1, 1, 4).getValues()[0] ?? [];
      t.check('Meetings!A2 holds a date, D2 the time as text', [kindOf(cells[0]), kindOf(cells[3])], ['date', 'text']);
    },
  },
  {
    id: 'record-actions',
    title: 'Record decisions and actions, read back with types and number formats',
    run(t) {
      const d = scenarioDates(t.today);
      const wb = readWorkbook(t.ss, ['actions', 'meetings']);
      const meeting = wb.meetings.find((m) => m.date === d.meeting);
      if (!meeting) throw new Error('the meeting added by the add-meeting scenario is not there');
      const form = checkForm(recordForm, {
        meetingDate: formatShort(d.meeting),
        items: [
          {
            agendaItem: '3',
            subject: 'Budget',
            entries: [
              { kind: 'action', text: 'Circulate the report', responsible: 'Gary Bowman', dueDate: formatShort(d.overdue), commentary: '', reportBack: false },
              {
                kind: 'action',
                text: '=SUM(A1:A2) is typed text',
                responsible: 'Janine Brown',
                dueDate: formatShort(d.ahead),
                commentary: '2:00pm, 18 March 2010',
                reportBack: false,
              },
              { kind: 'decision', text: 'The budget was approved', responsible: '', dueDate: '', commentary: '', reportBack: false },
              { kind: 'action', text: 'Book the room', responsible: 'Gary Bowman', dueDate: formatShort(d.completedDue), commentary: '', reportBack: false },
            ],
          },
        ],
      });
      if (!form.ok) throw new Error(`the actions form was refused: ${form.message}`);
      const plan = planActions(
        form.value,
        meeting,
        wb.actions.map((a) => a.ref),
        t.today,
        new Map(),
      );
      const { firstRow } = appendRecords(
        t.ss,
        ACTIONS,
        plan.actions.map((a) => ({ ...a, lastUpdated: new Date() })),
      );
      const refs = refsFor(d.meeting, 4);
      t.check('the references are given in order', plan.refs, refs);
      t.check('the actions go to row 2 on', firstRow, 2);
      t.shared.refs = refs;

      const sheet = sheetOf(t, ACTIONS.name);
      const width = ACTIONS.columns.length;
      const range = sheet.getRange(2, 1, 4, width);
      const values = range.getValues();
      const at = (row: number, key: string) => values[row]?.[col(ACTIONS, key) - 1];
      t.check(
        'Ref No cells hold the references as text',
        values.map((r) => r[0]),
        refs,
      );
      t.check(
        'Ref No cells are text, not dates',
        values.map((r) => kindOf(r[0])),
        ['text', 'text', 'text', 'text'],
      );
      t.check('Date of Meeting is a date', kindOf(at(0, 'meetingDate')), 'date');
      t.check('Date for Report of the first action is a date', kindOf(at(0, 'dueDate')), 'date');
      t.check('Decision is a tick box value', [at(0, 'isDecision'), at(2, 'isDecision')], [false, true]);
      t.check('text starting with "=" is stored as typed', at(1, 'text'), '=SUM(A1:A2) is typed text');
      t.check('"2:00pm, 18 March 2010" in Commentary stays text', at(1, 'commentary'), '2:00pm, 18 March 2010');
      t.check('no cell holds a formula', range.getFormulas().flat().filter(Boolean), []);
      const display = range.getDisplayValues();
      t.check('Date for Report shows as dd/mm/yyyy', display[0]?.[col(ACTIONS, 'dueDate') - 1], formatShort(d.overdue));
      const formats = range.getNumberFormats()[0] ?? [];
      t.check(
        'number formats: Ref No plain text, dates dd/mm/yyyy',
        ['ref', 'meetingDate', 'dueDate', 'completedDate'].map((k) => formats[col(ACTIONS, k) - 1]),
        ['@', 'dd/mm/yyyy', 'dd/mm/yyyy', 'dd/mm/yyyy'],
      );
    },
  },
  {
    id: 'text-coercion',
    title: 'What Sheets makes of typed text (General and plain-text cells)',
    settles: ['whether Sheets turns 28.01.05 into a date in a General cell', 'how a leading apostrophe behaves in a plain-text cell'],
    run(t) {
      const sheet = t.ss.insertSheet('Self-test text');
      const typed = ['28.01.05', '2:00pm', '18 March 2010', '1e5', '=1+1', '+44 20', "'quoted", '@home'];
      // Column A General, written raw (as a person typing); B General, written the product's way; C plain text, raw.
      sheet.getRange(1, 3, typed.length, 1).setNumberFormat('@');
      sheet.getRange(1, 1, typed.length, 1).setValues(typed.map((s) => [s]));
      sheet.getRange(1, 2, typed.length, 1).setValues(typed.map((s) => [asLiteralText(s)]));
      sheet.getRange(1, 3, typed.length, 1).setValues(typed.map((s) => [s]));
      const back = sheet.getRange(1, 1, typed.length, 3).getValues();
      t.check(
        "the product's way: every text comes back exactly as typed",
        back.map((r) => r[1]),
        typed,
      );
      t.check("raw in a General cell: 28.01.05 becomes a date (emulator's guess)", kindOf(back[0]?.[0]), 'date');
      t.check(
        'raw in a General cell: 2:00pm becomes a time, 18 March 2010 a date, 1e5 a number',
        [kindOf(back[1]?.[0]), kindOf(back[2]?.[0]), back[3]?.[0]],
        ['date', 'date', 100000],
      );
      t.check('raw in a General cell: a leading apostrophe is dropped', back[6]?.[0], 'quoted');
      t.check('raw in a plain-text cell: 28.01.05 stays text', back[0]?.[2], '28.01.05');
      t.check("raw in a plain-text cell: the leading apostrophe is kept (emulator's guess)", back[6]?.[2], "'quoted");
      t.check('raw in a plain-text cell: =1+1 stays text, no formula', [back[4]?.[2], sheet.getRange(5, 3).getFormula()], ['=1+1', '']);
    },
  },
  {
    id: 'refresh-statuses',
    title: 'Refresh statuses',
    run(t) {
      const d = scenarioDates(t.today);
      const sheet = sheetOf(t, ACTIONS.name);
      // Row 5 (the fourth action) completed two days ago, as a person would type it.
      sheet.getRange(5, col(ACTIONS, 'completedDate')).setValue(dateWriter(t.timeZone)(d.completedOn));
      const register = scratchRegister(t);
      const result = refreshStatuses(t.ss, t.today, { register });
      t.check('four actions worked out', result.rows, 4);
      t.check(
        'no problem reported',
        result.problems.map((p) => p.message),
        [],
      );
      const status = sheet.getRange(2, col(ACTIONS, 'status'), 4, 2).getValues();
      t.check('each Status and Overdue cell', status, [
        [statusEntry('noDate').label, OVERDUE_MARK],
        [statusEntry('notYetDue').label, ''],
        [statusEntry('decision').label, ''],
        [statusEntry('completed').label, ''],
      ]);
      t.check('one overdue', result.overdue, 1);
      const refs = (t.shared.refs as string[] | undefined) ?? [];
      t.check(
        'the register of references is raised to the references in the sheet',
        [...readRefRegister(register)],
        refs.length ? [[refs[0]!.slice(0, 5), 4]] : [],
      );
      const again = refreshStatuses(t.ss, t.today, { register });
      t.check('a second refresh gives the same', sheet.getRange(2, col(ACTIONS, 'status'), 4, 2).getValues(), status);
      t.check('a second refresh counts the same', again.counts, result.counts);
    },
  },
  {
    id: 'rules-and-validations',
    title: 'Conditional-format rules and validations',
    run(t) {
      const sheet = sheetOf(t, ACTIONS.name);
      const rules = sheet.getConditionalFormatRules();
      const maxRows = sheet.getMaxRows();
      const specs = ruleSpecs({
        status: col(ACTIONS, 'status'),
        overdue: col(ACTIONS, 'overdue'),
        dueDate: col(ACTIONS, 'dueDate'),
        lastColumn: ACTIONS.columns.length,
        maxRows,
      });
      const seen = rules.map((r) => {
        const c = r.getBooleanCondition();
        const range = r.getRanges()[0];
        return [
          String(c?.getCriteriaType()),
          c?.getCriteriaValues()[0],
          String(c?.getBackground() ?? '').toLowerCase(),
          String(c?.getFontColor() ?? '').toLowerCase(),
          range ? range.getA1Notation() : '',
        ];
      });
      t.check(
        'the overdue rule, then one rule per status, each a custom formula with its colours and range',
        seen,
        specs.map((r) => [
          'CUSTOM_FORMULA',
          r.formula,
          r.background.toLowerCase(),
          r.fontColor.toLowerCase(),
          `${columnLetter(r.fromColumn)}2:${columnLetter(r.toColumn)}${maxRows}`,
        ]),
      );
      t.check(
        "the status colours are the key's",
        specs.slice(1).map((r) => r.background),
        STATUS_KEY.map((e) => e.background),
      );
      const row2 = sheet.getRange(2, 1, 1, ACTIONS.columns.length).getDataValidations()[0] ?? [];
      const type = (key: string) => {
        const v = row2[col(ACTIONS, key) - 1];
        return v ? String(v.getCriteriaType()) : 'none';
      };
      // Responsible Officer has no rule: it takes several names ("A / B"), which a dropdown would mark invalid.
      t.check('validation of the date, tick box, officer and text columns', ['dueDate', 'isDecision', 'responsible', 'text'].map(type), [
        'DATE_IS_VALID_DATE',
        'CHECKBOX',
        'none',
        'none',
      ]);
      t.check('the date validation accepts other entries (reported, not refused)', row2[col(ACTIONS, 'dueDate') - 1]?.getAllowInvalid(), true);
      const email = sheetOf(t, OFFICERS.name).getRange(2, col(OFFICERS, 'email')).getDataValidation();
      t.check('Officers Email asks for an email address', email ? String(email.getCriteriaType()) : 'none', 'TEXT_IS_VALID_EMAIL');
      const owned = ACTIONS.columns.filter((c) => c.owned).length;
      t.check(
        'a warning on each column the script fills in',
        sheet.getProtections(t.services.SpreadsheetApp.ProtectionType.RANGE).filter((p) => p.isWarningOnly()).length,
        owned,
      );
    },
  },
  {
    id: 'lock',
    title: 'Take and release the document lock',
    run(t) {
      const lock = t.services.LockService.getDocumentLock();
      t.check('a bound script has a document lock', lock !== null, true);
      if (!lock) return;
      t.check('the lock is taken', lock.tryLock(10_000), true);
      t.check('this run holds it', lock.hasLock(), true);
      lock.releaseLock();
      t.check('released', lock.hasLock(), false);
      t.check(
        "the product's own lock runs the work and hands back its result",
        withDocumentLock(() => 42, 10_000),
        42,
      );
    },
  },
  {
    id: 'trigger',
    title: 'Install and remove a trigger',
    run(t) {
      const scriptApp = t.services.ScriptApp;
      const alertsBefore = ourTriggers(scriptApp, DAILY_HANDLER).length;
      t.check('none of ours to start with', ourTriggers(scriptApp, SELFTEST_TRIGGER_HANDLER).length, 0);
      const installed = installDaily(scriptApp, 3, t.timeZone, false, SELFTEST_TRIGGER_HANDLER);
      t.check('installed', installed.action, 'created');
      const ours = ourTriggers(scriptApp, SELFTEST_TRIGGER_HANDLER);
      t.check(
        'one trigger, time-driven',
        ours.map((x) => String(x.getEventType())),
        ['CLOCK'],
      );
      t.check('installing again with the same schedule keeps it', installDaily(scriptApp, 3, t.timeZone, true, SELFTEST_TRIGGER_HANDLER).action, 'kept');
      t.check('removed', removeDaily(scriptApp, SELFTEST_TRIGGER_HANDLER), 1);
      t.check('none left', ourTriggers(scriptApp, SELFTEST_TRIGGER_HANDLER).length, 0);
      t.check('your alert triggers are untouched', ourTriggers(scriptApp, DAILY_HANDLER).length, alertsBefore);
    },
  },
  {
    id: 'docs-replace-text',
    title: 'What "$" and "\\" do in a replaceText replacement (the papers never pass typed text to it)',
    settles: ['"$" and "\\" in a replaceText replacement (the emulator follows Java\'s rules)'],
    run(t) {
      const doc = t.services.DocumentApp.create('Action Log self-test – replaceText (scratch)');
      t.scratch(doc.getId());
      t.services.DriveApp.getFileById(doc.getId()).moveTo(t.folder);
      const body = doc.getBody();
      body.appendParagraph('Fee: {{a}}');
      body.appendParagraph('Group: {{b}}');
      body.appendParagraph('Stray: {{c}}');
      body.replaceText('\\{\\{a\\}\\}', 'cost \\$5');
      body.replaceText('(\\{\\{b\\}\\})', '[$1]');
      let threw = false;
      try {
        body.replaceText('\\{\\{c\\}\\}', 'a$b');
      } catch {
        threw = true;
      }
      const lines = body.getText().split('\n').filter(Boolean);
      t.check('a backslash makes "$" literal', lines[0], 'Fee: cost $5');
      t.check('"$1" is the first group', lines[1], 'Group: [{{b}}]');
      t.check('"$" before a letter is refused (the emulator\'s guess, after Java)', [threw, lines[2]], [true, 'Stray: {{c}}']);
      doc.saveAndClose();
    },
  },
  ...(['actionLog', 'agenda', 'minutes'] as const).map((kind): Scenario => ({
    id: `paper-${kind === 'actionLog' ? 'action-log' : kind}`,
    title: `Render the ${kind === 'actionLog' ? 'action log' : kind} and read its structure back`,
    settles: ["the order in which the Docs API lists a document's elements", 'whether drive.file lets the script copy a template it created'],
    run(t) {
      renderAndReadBack(t, kind);
    },
  })),
  {
    id: 'alerts-preview',
    title: 'Preview the alerts (nothing is sent)',
    run(t) {
      const wb = readWorkbook(t.ss, ['actions', 'officers', 'settings']);
      const plan = planFromWorkbook(t.ss, wb, t.today);
      t.check(
        "one digest: Gary Bowman's overdue action",
        plan.digests.map((d) => d.email),
        ['gary.bowman@example.org'],
      );
      const refs = (t.shared.refs as string[] | undefined) ?? [];
      t.check(
        'the digest lists the overdue action',
        plan.digests[0]?.items.map((i) => i.ref),
        refs.slice(0, 1),
      );
      // The sent log is the user's document properties: the preview reads an empty one, and must never write.
      const properties = {
        getProperties: () => ({}),
        setProperties: () => {
          throw new Error('the preview tried to write the sent log');
        },
        deleteProperty: () => {
          throw new Error('the preview tried to delete from the sent log');
        },
      } as unknown as Pick<GoogleAppsScript.Properties.Properties, 'getProperties' | 'setProperties' | 'deleteProperty'>;
      const outcome = sendPlan(plan, { mail: t.services.MailApp, properties, log: () => undefined, allowedDomains: ['example.org'] }, { dryRun: true });
      t.check(
        'the preview would send that digest',
        outcome.sentNow,
        plan.digests.map((d) => d.key),
      );
      t.check('the preview sends no mail', t.calls('MailApp.sendEmail'), 0);
      t.check('the preview asks the mail quota once', t.calls('MailApp.getRemainingDailyQuota'), 1);
    },
  },
];

/**
 * The scratch sheet's register of references, kept in memory: the register in document
 * properties is your sheet's, and a refresh of the scratch sheet must not raise it.
 */
function scratchRegister(t: ScenarioContext): RegisterStore {
  const kept = (t.shared.register as Map<string, string> | undefined) ?? new Map<string, string>();
  t.shared.register = kept;
  const store = {
    getProperty: (key: string) => kept.get(key) ?? null,
    setProperty: (key: string, value: string) => {
      kept.set(key, value);
      return store;
    },
  };
  return store as unknown as RegisterStore;
}

/** The tables each default template holds (its table placeholders, in order). */
function templateTables(kind: PaperKind): string[] {
  const tables = new Set(PLACEHOLDERS.filter((p) => p.kind === 'table').map((p) => p.name));
  return DEFAULT_TEMPLATES[kind].flatMap((b) => [...b.text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).filter((n) => tables.has(n)));
}

function renderAndReadBack(t: ScenarioContext, kind: PaperKind): void {
  const d = scenarioDates(t.today);
  const wb = readWorkbook(t.ss, ['actions', 'meetings', 'forwardPlan', 'settings']);
  const date = kind === 'minutes' ? d.meeting : d.nextMeeting;
  const paper = buildPaper(kind, wb, date);
  const { DocumentApp, DriveApp, Docs } = t.services;
  const result = renderPaper(
    { DocumentApp, DriveApp, Docs, pdfMimeType: PDF_MIME_TYPE, log: () => undefined },
    {
      paper,
      templateId: '',
      outputFolderId: t.folder.getId(),
      savePdf: false,
      recordTemplateId: (id) => {
        t.scratch(id);
        writeSetting(t.ss, TEMPLATE_SETTING[kind], id);
      },
    },
  );
  t.scratch(result.docId);
  if (result.createdTemplateId) t.scratch(result.createdTemplateId);
  t.check('the paper is named for the meeting', result.name, paper.name);
  const body = DocumentApp.openById(result.docId).getBody();
  const types: string[] = [];
  const tables: GoogleAppsScript.Document.Table[] = [];
  for (let i = 0; i < body.getNumChildren(); i++) {
    const child = body.getChild(i);
    const type = String(child.getType());
    types.push(type);
    if (type === 'TABLE') tables.push(child.asTable());
  }
  // A placeholder with nothing to show (the outstanding recommendations, when Settings says No) gets no table.
  const filled = templateTables(kind).filter((name) => (paper.tables[name]?.cells.length ?? 0) > 0);
  t.check('one table for each table placeholder of the template that has rows', tables.length, filled.length);
  t.check('no placeholder is left', /\{\{/.test(body.getText()), false);
  if (kind === 'actionLog') {
    const refs = (t.shared.refs as string[] | undefined) ?? [];
    const actionTable = tables[templateTables(kind).indexOf('action_table')];
    const firstColumn: string[] = [];
    for (let r = 1; actionTable && r < actionTable.getNumRows(); r++) firstColumn.push(actionTable.getCell(r, 0).getText().split('\n')[0] ?? '');
    t.check(
      'the action log lists the four actions of the last meeting, in reference order',
      firstColumn.map((s) => s.slice(0, 8)),
      refs,
    );
    t.check('the rows are coloured in one Docs API call', result.cellStyling, Docs ? 'docs-api' : 'per-cell');
  }
  if (Docs) {
    const doc = Docs.Documents.get(result.docId);
    const apiTypes = (doc.body?.content ?? []).filter((e) => !e.sectionBreak).map((e) => (e.table ? 'TABLE' : e.paragraph ? 'PARAGRAPH' : 'OTHER'));
    t.check('the Docs API lists the same elements in the same order as DocumentApp', apiTypes, types);
  }
  const copy = DriveApp.getFileById(result.docId);
  t.check('the paper is a Google Doc', copy.getMimeType(), 'application/vnd.google-apps.document');
}
