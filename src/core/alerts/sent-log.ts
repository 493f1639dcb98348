/**
 * What the daily run has sent today, kept in document properties so a repeated run sends
 * nothing twice and a run that died half way sends only the rest.
 *
 * Layout: one property per day and chunk, `alerts.sent.<yyyy-mm-dd>.<n>`, whose value is the
 * comma-separated keys of what was sent (an officer's key is a 53-bit hash of their address
 * in base 36, about 11 characters, so 700 officers fit in one 9 KB value; more roll into the
 * next chunk). Only today's properties are kept: the rest are pruned at the start of a run.
 */
import type { IsoDate } from '../dates';

export const SENT_PREFIX = 'alerts.sent.';
/** Apps Script allows 9 KB per property value; stay under it with room to spare. */
export const MAX_VALUE_CHARS = 8_000;
/** The key recording that today's summary went to the secretariat. */
export const SUMMARY_KEY = '~summary';

/** Stable, compact key for an address (case and spacing ignored). */
export function recipientKey(email: string): string {
  return cyrb53(email.trim().toLowerCase()).toString(36);
}

function cyrb53(str: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Today's record, read from all document properties at once. */
export class SentDay {
  private readonly chunks: string[][];

  private constructor(
    readonly day: IsoDate,
    chunks: string[][],
    /** Properties of other days (or of an unknown shape) to delete. */
    readonly stale: readonly string[],
  ) {
    this.chunks = chunks.length ? chunks : [[]];
  }

  static read(properties: Readonly<Record<string, string>>, day: IsoDate): SentDay {
    const chunks: { n: number; keys: string[] }[] = [];
    const stale: string[] = [];
    for (const [prop, value] of Object.entries(properties)) {
      if (!prop.startsWith(SENT_PREFIX)) continue;
      const m = /^(\d{4}-\d{2}-\d{2})\.(\d+)$/.exec(prop.slice(SENT_PREFIX.length));
      if (m && m[1] === day) chunks.push({ n: Number(m[2]), keys: value.split(',').filter(Boolean) });
      else stale.push(prop);
    }
    chunks.sort((a, b) => a.n - b.n);
    return new SentDay(day, chunks.map((c) => c.keys), stale);
  }

  has(key: string): boolean {
    return this.chunks.some((c) => c.includes(key));
  }

  get size(): number {
    return this.chunks.reduce((n, c) => n + c.length, 0);
  }

  /**
   * Adds a key and returns the one property to write (the last chunk, or a new one when the
   * last is full), so each send is recorded by a single `setProperty`.
   */
  add(key: string): { property: string; value: string } {
    let n = this.chunks.length - 1;
    let last = this.chunks[n] as string[];
    if (last.length && last.join(',').length + 1 + key.length > MAX_VALUE_CHARS) {
      last = [];
      this.chunks.push(last);
      n++;
    }
    if (!last.includes(key)) last.push(key);
    return { property: propertyName(this.day, n), value: last.join(',') };
  }
}

export function propertyName(day: IsoDate, chunk: number): string {
  return `${SENT_PREFIX}${day}.${chunk}`;
}

/** Who turned alerts on, when, and for what hour: triggers cannot be asked their hour. */
export interface InstallRecord {
  readonly by: string;
  /** ISO date of installation. */
  readonly on: IsoDate;
  readonly hour: number;
  readonly timeZone: string;
}

export const INSTALL_PROPERTY = 'alerts.installed';

export function encodeInstall(record: InstallRecord): string {
  return JSON.stringify(record);
}

export function decodeInstall(value: string | null | undefined): InstallRecord | undefined {
  if (!value) return undefined;
  try {
    const v = JSON.parse(value) as Partial<InstallRecord>;
    if (typeof v.by !== 'string' || typeof v.on !== 'string' || typeof v.hour !== 'number' || typeof v.timeZone !== 'string') return undefined;
    return { by: v.by, on: v.on, hour: v.hour, timeZone: v.timeZone };
  } catch {
    return undefined;
  }
}
