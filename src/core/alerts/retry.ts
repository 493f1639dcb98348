/**
 * A daily run that finds the document lock held (an editor saving) retries within the hour by a
 * one-off trigger instead of skipping the day. The tries of the day are kept in document
 * properties so the summary can say what happened, and so a run that gave up is reported by the
 * next one that goes ahead.
 */
import { formatShort, type IsoDate } from '../dates';

export const RETRY_PROPERTY = 'alerts.retry';
/** Minutes between tries; MAX_TRIES tries in all keep the retries within the hour. */
export const RETRY_AFTER_MS = 10 * 60_000;
export const MAX_TRIES = 6;

export interface RetryRecord {
  readonly day: IsoDate;
  /** Tries that found the lock held, with their times ("07:00"). */
  readonly busyAt: readonly string[];
  /** True once the retries were given up for that day. */
  readonly gaveUp: boolean;
  /** Earlier days given up and not yet reported (a busy day after a missed one keeps it). */
  readonly missed?: readonly { day: IsoDate; busyAt: readonly string[] }[];
}

export function encodeRetry(r: RetryRecord): string {
  return JSON.stringify(r);
}

export function decodeRetry(value: string | null | undefined): RetryRecord | undefined {
  if (!value) return undefined;
  try {
    const v = JSON.parse(value) as Partial<RetryRecord>;
    if (typeof v.day !== 'string' || !Array.isArray(v.busyAt) || !v.busyAt.every((t) => typeof t === 'string')) return undefined;
    const missed = Array.isArray(v.missed)
      ? v.missed.filter((m) => m && typeof m.day === 'string' && Array.isArray(m.busyAt)).map((m) => ({ day: m.day, busyAt: m.busyAt.map(String) }))
      : [];
    return { day: v.day, busyAt: v.busyAt, gaveUp: v.gaveUp === true, ...(missed.length ? { missed } : {}) };
  } catch {
    return undefined;
  }
}

/** After a try that found the lock held: the new record, and whether to try again. */
export function afterBusy(previous: RetryRecord | undefined, today: IsoDate, time: string): { record: RetryRecord; retry: boolean } {
  const sameDay = !!previous && previous.day === today;
  const busyAt = [...(sameDay ? previous.busyAt : []), time];
  const retry = busyAt.length < MAX_TRIES;
  const missed = [...(previous?.missed ?? []), ...(previous && !sameDay ? [{ day: previous.day, busyAt: previous.busyAt }] : [])];
  return { record: { day: today, busyAt, gaveUp: !retry, ...(missed.length ? { missed } : {}) }, retry };
}

/** What the summary of a run that went ahead says about earlier busy tries (none: no lines). */
export function retryNotices(record: RetryRecord | undefined, today: IsoDate, now: string): string[] {
  if (!record) return [];
  const lines = (record.missed ?? []).map((m) => missedLine(m.day, m.busyAt, true));
  if (record.busyAt.length === 0) return lines;
  const times = joinTimes(record.busyAt);
  if (record.day === today) {
    lines.push(
      record.gaveUp
        ? `The daily run found the sheet busy (an editor saving) at ${times} and stopped retrying; this run went ahead at ${now}.`
        : `The daily run found the sheet busy (an editor saving) at ${times}; it retried and went ahead at ${now}.`,
    );
  } else {
    lines.push(missedLine(record.day, record.busyAt, record.gaveUp));
  }
  return lines;
}

function missedLine(day: IsoDate, busyAt: readonly string[], gaveUp: boolean): string {
  const times = joinTimes(busyAt);
  return gaveUp
    ? `On ${formatShort(day)} the daily run found the sheet busy (an editor saving) at ${times} and gave up: no alerts were sent that day. If this happens often, ask editors not to keep a dialog saving at the alert hour, or choose another Alert hour.`
    : `On ${formatShort(day)} the daily run found the sheet busy at ${times}, and its retry did not run: no alerts were sent that day. Check the alert trigger (Action Log ▸ Install alerts…).`;
}

function joinTimes(times: readonly string[]): string {
  return times.length <= 1 ? (times[0] ?? '') : `${times.slice(0, -1).join(', ')} and ${times[times.length - 1]}`;
}
