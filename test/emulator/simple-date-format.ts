/**
 * The subset of Java's SimpleDateFormat that Apps Script's Utilities.formatDate/parseDate use,
 * computed with Intl for the given time zone (so BST/GMT come from the real tz database).
 *
 * Letters: y M L d D E u H k K h m s S a z Z X, 'quoted text' and '' for a quote. Any other
 * ASCII letter throws, as Java does ("Illegal pattern character").
 * Parsing follows Java's defaults: lenient (32/01 rolls into February), trailing text ignored,
 * missing fields default to 1970-01-01 00:00:00, "yy" pivots within 80 years before / 20 after
 * now, adjacent numeric fields ("yyyyMMdd") take exactly their width. A wall time that does
 * not exist (spring-forward gap) is read with the offset in force before the change; an
 * ambiguous one (autumn overlap) as standard time (the later instant).
 */

export type Token = { kind: 'field'; letter: string; count: number } | { kind: 'literal'; text: string };

const SUPPORTED = new Set('yMLdDEuHkKhmsSazZX'.split(''));

export function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  const literal = (text: string) => {
    const last = tokens[tokens.length - 1];
    if (last && last.kind === 'literal') last.text += text;
    else tokens.push({ kind: 'literal', text });
  };
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        literal("'");
        i += 2;
        continue;
      }
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= pattern.length) throw new Error(`Unterminated quote in pattern "${pattern}"`);
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            text += "'";
            j += 2;
            continue;
          }
          break;
        }
        text += pattern[j];
        j++;
      }
      literal(text);
      i = j + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (pattern[j] === c) j++;
      if (!SUPPORTED.has(c)) throw new Error(`Illegal pattern character '${c}'`);
      tokens.push({ kind: 'field', letter: c, count: j - i });
      i = j;
    } else {
      literal(c);
      i++;
    }
  }
  return tokens;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');

/** A zone: an IANA name handled by Intl, or a fixed "GMT±hh[:mm]" offset in minutes. */
interface Zone {
  id: string;
  fixed: number | null;
}

function resolveZone(timeZone: string): Zone {
  const id = String(timeZone);
  if (/^(GMT|UTC)$/i.test(id)) return { id: 'UTC', fixed: 0 };
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(id);
  if (m) {
    const mins = Number(m[2]) * 60 + Number(m[3] ?? 0);
    return { id, fixed: m[1] === '-' ? -mins : mins };
  }
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: id });
  } catch {
    throw new Error(`emulator: unknown time zone "${id}"`);
  }
  return { id, fixed: null };
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Offset of `zone` from UTC at instant `ms`, in minutes (BST → 60). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const zone = resolveZone(timeZone);
  return zoneOffset(ms, zone);
}

function zoneOffset(ms: number, zone: Zone): number {
  if (zone.fixed !== null) return zone.fixed;
  const parts: Record<string, string> = {};
  for (const p of formatter(zone.id).formatToParts(new Date(ms))) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  const asUtc = Date.UTC(year, Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  const whole = ms - (((ms % 1000) + 1000) % 1000);
  // Date.UTC maps years 0..99 to 1900..1999; correct for that edge.
  const fixedUtc = year >= 0 && year < 100 ? new Date(asUtc).setUTCFullYear(year) : asUtc;
  return Math.round((fixedUtc - whole) / 60000);
}

function zoneName(ms: number, zone: Zone, long: boolean): string {
  if (zone.fixed !== null) {
    if (zone.fixed === 0) return long ? 'Greenwich Mean Time' : 'GMT';
    const o = zone.fixed;
    return `GMT${o < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(o) / 60), 2)}:${pad(Math.abs(o) % 60, 2)}`;
  }
  const f = new Intl.DateTimeFormat('en-GB', { timeZone: zone.id, timeZoneName: long ? 'long' : 'short' });
  return f.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? zone.id;
}

function offsetText(minutes: number, letter: 'Z' | 'X', count: number): string {
  if (letter === 'X' && minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (letter === 'Z') return `${sign}${h}${m}`;
  if (count === 1) return `${sign}${h}`;
  if (count === 2) return `${sign}${h}${m}`;
  return `${sign}${h}:${m}`;
}

/** Utilities.formatDate: `ms` is the instant, shown as wall time in `timeZone`. */
export function formatDate(ms: number, timeZone: string, pattern: string): string {
  if (!Number.isFinite(ms)) throw new Error('Invalid date');
  const zone = resolveZone(timeZone);
  const offset = zoneOffset(ms, zone);
  const wall = new Date(ms + offset * 60000); // read with getUTC*
  const year = wall.getUTCFullYear();
  const month = wall.getUTCMonth();
  const day = wall.getUTCDate();
  const weekday = wall.getUTCDay();
  const hour = wall.getUTCHours();
  let out = '';
  for (const t of tokenize(pattern)) {
    if (t.kind === 'literal') {
      out += t.text;
      continue;
    }
    const n = t.count;
    switch (t.letter) {
      case 'y':
        out += n === 2 ? pad(year % 100, 2) : pad(year, n);
        break;
      case 'M':
      case 'L':
        out += n >= 4 ? MONTHS[month] : n === 3 ? MONTHS[month]!.slice(0, 3) : pad(month + 1, n);
        break;
      case 'd':
        out += pad(day, n);
        break;
      case 'D': {
        const start = Date.UTC(year, 0, 1);
        out += pad(Math.floor((Date.UTC(year, month, day) - start) / 86400000) + 1, n);
        break;
      }
      case 'E':
        out += n >= 4 ? DAYS[weekday] : DAYS[weekday]!.slice(0, 3);
        break;
      case 'u':
        out += pad(weekday === 0 ? 7 : weekday, n);
        break;
      case 'H':
        out += pad(hour, n);
        break;
      case 'k':
        out += pad(hour === 0 ? 24 : hour, n);
        break;
      case 'K':
        out += pad(hour % 12, n);
        break;
      case 'h':
        out += pad(hour % 12 === 0 ? 12 : hour % 12, n);
        break;
      case 'm':
        out += pad(wall.getUTCMinutes(), n);
        break;
      case 's':
        out += pad(wall.getUTCSeconds(), n);
        break;
      case 'S':
        out += pad(wall.getUTCMilliseconds(), n);
        break;
      case 'a':
        out += hour < 12 ? 'AM' : 'PM';
        break;
      case 'z':
        out += zoneName(ms, zone, n >= 4);
        break;
      case 'Z':
      case 'X':
        out += offsetText(offset, t.letter, n);
        break;
    }
  }
  return out;
}

export class UnparseableDate extends Error {}

const NUMERIC = new Set('ydDuHkKhmsS'.split(''));
const isNumeric = (t: Token | undefined) => !!t && t.kind === 'field' && (NUMERIC.has(t.letter) || ((t.letter === 'M' || t.letter === 'L') && t.count <= 2));

/** Utilities.parseDate: the instant (epoch ms) the text names, read as wall time in `timeZone`. */
export function parseDate(text: string, timeZone: string, pattern: string, nowMs: number): number {
  const zone = resolveZone(timeZone);
  const tokens = tokenize(pattern);
  const source = String(text);
  const fail = (): never => {
    throw new UnparseableDate(`Unparseable date: "${source}"`);
  };
  const f = { year: 1970, month: 0, day: 1, hour: 0, minute: 0, second: 0, ms: 0 };
  let hourKind = 'H' as 'H' | 'k' | 'h' | 'K';
  let pm = null as boolean | null;
  let explicitOffset = null as number | null;
  let pos = 0;

  const matchName = (names: string[]): number => {
    let best = -1;
    let bestLen = 0;
    names.forEach((name, i) => {
      for (const candidate of [name, name.slice(0, 3)]) {
        if (candidate.length > bestLen && source.slice(pos, pos + candidate.length).toLowerCase() === candidate.toLowerCase()) {
          best = i;
          bestLen = candidate.length;
        }
      }
    });
    if (best < 0) fail();
    pos += bestLen;
    return best;
  };

  tokens.forEach((t, i) => {
    if (t.kind === 'literal') {
      if (source.slice(pos, pos + t.text.length) !== t.text) fail();
      pos += t.text.length;
      return;
    }
    if (isNumeric(t)) {
      const abutting = isNumeric(tokens[i + 1]);
      const m = (abutting ? new RegExp(`^\\d{${t.count}}`) : /^[+-]?\d+/).exec(source.slice(pos));
      if (!m) fail();
      const digits = m![0];
      pos += digits.length;
      let v = Number(digits);
      switch (t.letter) {
        case 'y':
          if (t.count <= 2 && /^\d\d$/.test(digits)) {
            const nowYear = new Date(nowMs).getUTCFullYear();
            const low = nowYear - 80;
            v = Math.floor(low / 100) * 100 + v;
            if (v < low) v += 100;
          }
          f.year = v;
          break;
        case 'M':
        case 'L':
          f.month = v - 1;
          break;
        case 'd':
          f.day = v;
          break;
        case 'D':
          f.month = 0;
          f.day = v;
          break;
        case 'u':
          break;
        case 'H':
        case 'k':
        case 'h':
        case 'K':
          hourKind = t.letter;
          f.hour = v;
          break;
        case 'm':
          f.minute = v;
          break;
        case 's':
          f.second = v;
          break;
        case 'S':
          f.ms = v;
          break;
      }
      return;
    }
    switch (t.letter) {
      case 'M':
      case 'L':
        f.month = matchName(MONTHS);
        break;
      case 'E':
        matchName(DAYS);
        break;
      case 'a':
        pm = matchName(['AM', 'PM']) === 1;
        break;
      case 'Z':
      case 'X': {
        if (source[pos] === 'Z' && t.letter === 'X') {
          explicitOffset = 0;
          pos += 1;
          break;
        }
        const m = /^([+-])(\d\d):?(\d\d)?/.exec(source.slice(pos));
        if (!m) fail();
        pos += m![0].length;
        const mins = Number(m![2]) * 60 + Number(m![3] ?? 0);
        explicitOffset = m![1] === '-' ? -mins : mins;
        break;
      }
      case 'z': {
        const m = /^(?:GMT|UTC)(?:([+-])(\d\d):?(\d\d))?|^BST/.exec(source.slice(pos));
        if (!m) fail();
        pos += m![0].length;
        if (m![0] === 'BST') explicitOffset = 60;
        else explicitOffset = m![1] ? (m![1] === '-' ? -1 : 1) * (Number(m![2]) * 60 + Number(m![3])) : 0;
        break;
      }
    }
  });

  let hour = f.hour;
  if (hourKind === 'k' && hour === 24) hour = 0;
  if (hourKind === 'h' && hour === 12) hour = 0;
  if ((hourKind === 'h' || hourKind === 'K') && pm) hour += 12;
  const wall = new Date(0);
  wall.setUTCFullYear(f.year, f.month, f.day);
  wall.setUTCHours(hour, f.minute, f.second, f.ms);
  const wallMs = wall.getTime();
  if (explicitOffset !== null) return wallMs - explicitOffset * 60000;
  return wallToInstant(wallMs, zone);
}

/** The instant whose wall time in `zone` is `wallMs` (a wall time expressed as if UTC). */
function wallToInstant(wallMs: number, zone: Zone): number {
  if (zone.fixed !== null) return wallMs - zone.fixed * 60000;
  const before = zoneOffset(wallMs - 86400000, zone);
  const after = zoneOffset(wallMs + 86400000, zone);
  const fits = [before, after].filter((o) => zoneOffset(wallMs - o * 60000, zone) === o);
  if (fits.length === 0) return wallMs - before * 60000; // gap: offset in force before the change
  // Overlap: standard time = the smaller offset = the later instant.
  return wallMs - Math.min(...fits) * 60000;
}
