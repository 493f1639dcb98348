/** Builders for alert tests and the bench: records as the workbook reader returns them. */
import type { Action, Located, Officer } from '../../src/core/model';
import { parseSettings, type Settings } from '../../src/core/settings';
import type { WorkbookRead } from '../../src/adapters/sheets/workbook';

let row = 1;

export function action(partial: Partial<Action> & { responsible: string }, at?: number): Located<Action> {
  const r = at ?? ++row + 1;
  return {
    ref: `R${r}`,
    agendaItem: '',
    subject: `Subject ${r}`,
    meetingDate: '2025-01-01',
    text: `Action text ${r}`,
    isDecision: false,
    commentary: '',
    ...partial,
    origin: { sheet: 'Actions', row: r },
  } as Located<Action>;
}

export function officer(name: string, email: string, r: number): Located<Officer> {
  return { name, email, organisation: 'Council', origin: { sheet: 'Officers', row: r } };
}

export function settings(raw: Partial<Record<keyof Settings, string>> = {}): Settings {
  return parseSettings({ boardName: 'Test Board', secretariatEmails: 'sec@example.org', alertDaysAhead: '7', ...raw }).settings;
}

export function workbook(actions: Located<Action>[], officers: Located<Officer>[], raw: Partial<Record<keyof Settings, string>> = {}): WorkbookRead {
  const parsed = parseSettings({ boardName: 'Test Board', secretariatEmails: 'sec@example.org', alertDaysAhead: '7', ...raw });
  return {
    actions,
    meetings: [],
    forwardPlan: [],
    officers,
    settings: parsed.settings,
    settingIssues: parsed.issues,
    problems: [],
    timeZone: 'Europe/London',
  };
}

/** Distinct letter-only surnames: Ashby, Bashby, …, Ashbyb … */
function surname(i: number): string {
  const stems = ['Ashby', 'Bolton', 'Carver', 'Dawson', 'Ellis', 'Fenwick', 'Garner', 'Hollis', 'Ingram', 'Jarvis'];
  let suffix = '';
  for (let n = Math.floor(i / stems.length); n > 0; n = Math.floor(n / 26)) suffix += String.fromCharCode(97 + (n % 26));
  return `${stems[i % stems.length]}${suffix}`;
}

/** A board of `nActions` actions over `nOfficers` officers, due dates spread around `today`. */
export function bigBoard(nActions: number, nOfficers: number, today: string): { actions: Located<Action>[]; officers: Located<Officer>[] } {
  const first = ['Gary', 'Janine', 'Joy', 'Henry', 'Alan', 'Karen', 'Steve', 'Priya', 'Tom', 'Amina'];
  const officers = Array.from({ length: nOfficers }, (_, i) =>
    officer(`${first[i % first.length]} ${surname(i)}`, i % 25 === 24 ? '' : `officer${i}@example.org`, i + 2),
  );
  const base = Date.parse(`${today}T00:00:00Z`);
  const actions = Array.from({ length: nActions }, (_, i) => {
    const o1 = officers[i % nOfficers]!;
    const o2 = officers[(i * 7 + 3) % nOfficers]!;
    const due = new Date(base + (((i * 37) % 120) - 90) * 86_400_000).toISOString().slice(0, 10);
    const responsible = i % 10 === 0 ? `${o1.name} / ${o2.name}` : i % 97 === 0 ? 'ALL Partners' : o1.name;
    return action(
      {
        ref: `${String((i % 28) + 1).padStart(2, '0')}.01.${String(i % 100).padStart(2, '0')}`,
        subject: `Subject ${i}`,
        text: `Do thing ${i}`,
        responsible,
        dueDate: due,
        firstDueDate: due,
        commentary: i % 3 ? `Update ${i}\nLatest ${i}` : '',
        ...(i % 4 === 0 ? { completedDate: due } : {}),
      },
      i + 2,
    );
  });
  return { actions, officers };
}
