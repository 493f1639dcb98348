/**
 * The Updates tab: one row per officer asked for a meeting: who was asked, when, by when,
 * when they last answered and how many updates they gave, and when they were chased. Made by
 * the first request (not by Set up); every cell is the script's. Pure: which rows to write.
 */
import { formatShort, type IsoDate } from '../dates';
import type { TabSpec } from '../layout';
import type { CellValue } from '../table';

export const UPDATES: TabSpec = {
  key: 'updates',
  name: 'Updates',
  columns: [
    { key: 'meeting', header: 'Meeting', kind: 'date', width: 100, owned: true },
    { key: 'officer', header: 'Officer', kind: 'text', width: 180, owned: true },
    { key: 'email', header: 'Email', kind: 'email', width: 220, owned: true },
    { key: 'items', header: 'Items', kind: 'text', width: 60, owned: true },
    { key: 'asked', header: 'Asked', kind: 'timestamp', width: 130, owned: true },
    { key: 'deadline', header: 'Deadline', kind: 'date', width: 100, owned: true },
    { key: 'answered', header: 'Answered', kind: 'timestamp', width: 130, owned: true },
    { key: 'updates', header: 'Updates', kind: 'text', width: 70, owned: true },
    { key: 'chased', header: 'Chased', kind: 'timestamp', width: 130, owned: true },
  ],
};

export interface UpdateLogRow {
  readonly row: number;
  readonly meeting: IsoDate | undefined;
  readonly officer: string;
  readonly email: string;
  readonly asked: boolean;
  readonly answered: boolean;
  readonly chased: boolean;
  readonly updates: number;
  readonly deadline: IsoDate | undefined;
  readonly answeredOn: IsoDate | undefined;
}

export const sameName = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/** The rows of the tab for a meeting (values as read, header first). */
export function logRows(values: readonly CellValue[][], index: ReadonlyMap<string, number>, meetingOf: (v: CellValue) => IsoDate | undefined): UpdateLogRow[] {
  const at = (r: readonly CellValue[], key: string) => r[index.get(key) ?? -1];
  const filled = (v: CellValue | undefined) => v !== '' && v !== undefined && v !== null;
  return values
    .slice(1)
    .map((r, i) => ({
      row: i + 2,
      meeting: meetingOf(at(r, 'meeting') ?? ''),
      officer: String(at(r, 'officer') ?? '').trim(),
      email: String(at(r, 'email') ?? '').trim(),
      asked: filled(at(r, 'asked')),
      answered: filled(at(r, 'answered')),
      chased: filled(at(r, 'chased')),
      updates: Number(at(r, 'updates') ?? 0) || 0,
      deadline: meetingOf(at(r, 'deadline') ?? ''),
      answeredOn: meetingOf(at(r, 'answered') ?? ''),
    }))
    .filter((r) => r.officer !== '');
}

/** Who is chased for a meeting: asked, not answered, not reminded yet (one reminder each). */
export function toChase(rows: readonly UpdateLogRow[], meeting: IsoDate): { chase: UpdateLogRow[]; alreadyChased: UpdateLogRow[] } {
  const waiting = rows.filter((r) => r.meeting === meeting && r.asked && !r.answered);
  return { chase: waiting.filter((r) => !r.chased), alreadyChased: waiting.filter((r) => r.chased) };
}

/**
 * What the daily summary says about the update requests of the next meeting asked about (today
 * or later): who was asked, who answered and when, who has not; past the deadline, those who
 * have not answered are listed for the chair.
 */
export function updatesSummaryLines(rows: readonly UpdateLogRow[], today: IsoDate): string[] {
  const asked = rows.filter((r) => r.asked && r.meeting !== undefined && r.meeting >= today);
  if (!asked.length) return [];
  const meeting = asked.map((r) => r.meeting!).sort()[0]!;
  const those = asked.filter((r) => r.meeting === meeting);
  const answered = those.filter((r) => r.answered);
  const waiting = those.filter((r) => !r.answered);
  const deadline = those
    .map((r) => r.deadline)
    .filter((d): d is IsoDate => Boolean(d))
    .sort()[0];
  const lines = [
    `Update requests for the meeting of ${formatShort(meeting)}: ${those.length} asked, ${answered.length} answered` +
      (answered.length ? ` (${answered.map((r) => `${r.officer}${r.answeredOn ? ` on ${formatShort(r.answeredOn)}` : ''}`).join(', ')})` : '') +
      (waiting.length ? `; not yet answered: ${waiting.map((r) => r.officer).join(', ')}${deadline ? ` (deadline ${formatShort(deadline)})` : ''}.` : '.'),
  ];
  if (deadline && today > deadline && waiting.length) {
    lines.push(
      `For the chair: no update by the deadline (${formatShort(deadline)}) from ${waiting.map((r) => r.officer).join(', ')}. Action Log ▸ Chase updates reminds those not yet reminded.`,
    );
  }
  return lines;
}
