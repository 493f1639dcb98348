/**
 * The status key, worked out from an item's dates — never typed by hand. The rules, in the
 * board's words, are in the README ("The status key"); each branch below is one sentence there.
 */
import type { IsoDate } from './dates';

export const STATUSES = ['completed', 'notYetDue', 'dateAgreed', 'noDate', 'decision'] as const;
export type Status = (typeof STATUSES)[number];

export interface StatusKeyEntry {
  readonly status: Status;
  /** The board's wording, as printed in the key and written in the Status column. */
  readonly label: string;
  readonly background: string;
  readonly fontColor: string;
}

/** Colours follow the familiar RAG key: green done, blue future, amber agreed, red unknown. */
export const STATUS_KEY: readonly StatusKeyEntry[] = [
  { status: 'completed', label: 'Completed', background: '#b7e1cd', fontColor: '#0b5d1e' },
  { status: 'notYetDue', label: 'Not yet due', background: '#c9daf8', fontColor: '#1c4587' },
  { status: 'dateAgreed', label: 'Actions outstanding – date for report agreed', background: '#fce8b2', fontColor: '#7f6000' },
  { status: 'noDate', label: 'Actions outstanding – no dates confirmed', background: '#f4c7c3', fontColor: '#990000' },
  { status: 'decision', label: 'Decisions', background: '#d9d2e9', fontColor: '#351c75' },
];

export const OVERDUE_LABEL = 'Overdue';
export const OVERDUE_COLOUR = '#cc0000';

export function statusEntry(status: Status): StatusKeyEntry {
  const entry = STATUS_KEY.find((e) => e.status === status);
  if (!entry) throw new Error(`Unknown status ${status}`);
  return entry;
}

export function statusFromLabel(label: string): Status | undefined {
  const norm = normaliseLabel(label);
  return STATUS_KEY.find((e) => normaliseLabel(e.label) === norm)?.status;
}

function normaliseLabel(s: string): string {
  return s.toLowerCase().replace(/[–—-]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The fields status depends on: shared by actions today and recommendations tomorrow. */
export interface Trackable {
  readonly isDecision: boolean;
  readonly completedDate?: IsoDate | undefined;
  readonly firstDueDate?: IsoDate | undefined;
  readonly dueDate?: IsoDate | undefined;
}

export interface StatusResult {
  readonly status: Status;
  /** Outstanding and its date for report has passed. */
  readonly overdue: boolean;
}

/** Status "as at" a date: today for the sheet, the meeting date for a paper. ISO strings compare as dates. */
export function statusAsAt(item: Trackable, asAt: IsoDate): StatusResult {
  if (item.isDecision) return { status: 'decision', overdue: false };
  if (item.completedDate && item.completedDate <= asAt) return { status: 'completed', overdue: false };
  const due = item.dueDate;
  if (!due) return { status: 'noDate', overdue: false };
  if (due < asAt) return { status: 'noDate', overdue: true };
  const first = item.firstDueDate ?? due;
  if (first <= asAt && first !== due) return { status: 'dateAgreed', overdue: false };
  return { status: 'notYetDue', overdue: false };
}

export function isOutstanding(result: StatusResult): boolean {
  return result.status !== 'completed' && result.status !== 'decision';
}
