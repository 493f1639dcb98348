/**
 * What the daily run has sent today, kept in document properties so a repeated run sends
 * nothing twice.
 *
 * At most once: before the sends, one `setProperties` marks every digest about to go (and the
 * summary) as "sending"; after them, one more marks what went as "sent" and forgets what did
 * not go (quota, a refused address). A crash between a `sendEmail` and that second write leaves
 * entries "sending": a later run never resends those, and its summary names the officers as
 * "may not have been sent". Exactly once is impossible here (no service confirms a send and
 * records it in one step), so the product chooses never to send a digest twice.
 *
 * Layout: one property per day and chunk, `alerts.sent.<yyyy-mm-dd>.<n>`, whose value is the
 * comma-separated keys (an officer's key is a 53-bit hash of their address in base 36, about
 * 11 characters, so 600 officers fit in one 8 KB value; more roll into the next chunk); a key
 * ending in "?" is "sending". Only today's properties are kept: the rest are pruned at the start
 * of a run.
 */
import type { IsoDate } from '../dates';

export const SENT_PREFIX = 'alerts.sent.';
/** Apps Script allows 9 KB per property value; stay under it with room to spare. */
export const MAX_VALUE_CHARS = 8_000;
/** The key recording that today's summary went to the secretariat. */
export const SUMMARY_KEY = '~summary';
const SENDING_MARK = '?';

export type SentState = 'sent' | 'sending';

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

/** Today's record, read from all document properties at once and written back in one call. */
export class SentDay {
  private readonly entries: Map<string, SentState>;

  private constructor(
    readonly day: IsoDate,
    entries: Map<string, SentState>,
    /** How many chunk properties today has now (emptied ones are written back as ""). */
    private chunksStored: number,
    /** Properties of other days (or of an unknown shape) to delete. */
    readonly stale: readonly string[],
  ) {
    this.entries = entries;
  }

  static read(properties: Readonly<Record<string, string>>, day: IsoDate): SentDay {
    const chunks: { n: number; tokens: string[] }[] = [];
    const stale: string[] = [];
    for (const [prop, value] of Object.entries(properties)) {
      if (!prop.startsWith(SENT_PREFIX)) continue;
      const m = /^(\d{4}-\d{2}-\d{2})\.(\d+)$/.exec(prop.slice(SENT_PREFIX.length));
      if (m && m[1] === day) chunks.push({ n: Number(m[2]), tokens: value.split(',').filter(Boolean) });
      else stale.push(prop);
    }
    chunks.sort((a, b) => a.n - b.n);
    const entries = new Map<string, SentState>();
    for (const c of chunks) {
      for (const t of c.tokens) {
        const sending = t.endsWith(SENDING_MARK);
        const key = sending ? t.slice(0, -1) : t;
        // "sent" wins over "sending" if both were ever written.
        if (entries.get(key) !== 'sent') entries.set(key, sending ? 'sending' : 'sent');
      }
    }
    const highest = chunks.reduce((n, c) => Math.max(n, c.n + 1), 0);
    return new SentDay(day, entries, highest, stale);
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  state(key: string): SentState | undefined {
    return this.entries.get(key);
  }

  get size(): number {
    return this.entries.size;
  }

  mark(keys: readonly string[], state: SentState): void {
    for (const k of keys) this.entries.set(k, state);
  }

  forget(keys: readonly string[]): void {
    for (const k of keys) this.entries.delete(k);
  }

  /**
   * Every chunk of today, for one `setProperties`: values stay under MAX_VALUE_CHARS, and a chunk
   * no longer needed is written as "" (setProperties cannot delete).
   */
  writes(): Record<string, string> {
    const chunks: string[][] = [[]];
    let length = 0;
    for (const [key, state] of this.entries) {
      const token = state === 'sending' ? key + SENDING_MARK : key;
      let last = chunks[chunks.length - 1] as string[];
      if (last.length && length + 1 + token.length > MAX_VALUE_CHARS) {
        last = [];
        chunks.push(last);
        length = 0;
      }
      length += (last.length ? 1 : 0) + token.length;
      last.push(token);
    }
    const out: Record<string, string> = {};
    const n = Math.max(chunks.length, this.chunksStored);
    for (let i = 0; i < n; i++) out[propertyName(this.day, i)] = (chunks[i] ?? []).join(',');
    this.chunksStored = n;
    return out;
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
  /**
   * A copy of the installer's allowed email domains, for the menu and dialogs only: the trigger
   * uses the installer's user properties, which no other editor can change.
   */
  readonly domains?: readonly string[];
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
    const domains = Array.isArray(v.domains) && v.domains.every((d) => typeof d === 'string') ? { domains: v.domains } : {};
    return { by: v.by, on: v.on, hour: v.hour, timeZone: v.timeZone, ...domains };
  } catch {
    return undefined;
  }
}
