/**
 * Responsible officers are free text: "Gary Bowman / Janine Brown", "Gary Bowman Janine Brown",
 * "G Bowman", "Bowman, Gary", "ALL Partners", "Joy Massey to report on … meeting". This finds
 * the people of the Officers tab named in such text — by full name, initial and surname, or
 * "Surname, First name", ignoring case, spacing, full stops and titles — and never guesses:
 * what matches nobody, or more than one person, is returned for the summary instead.
 */

export interface OfficerName {
  readonly name: string;
}

export interface UnmatchedName {
  /** The words as typed. */
  readonly text: string;
  /** Officers whose name is close (a typo, a surname alone): shown, never used. */
  readonly suggestions: readonly string[];
}

export interface AmbiguousName {
  readonly text: string;
  /** Every officer the words could mean. */
  readonly candidates: readonly string[];
}

export interface NameMatch {
  /** Indices into the officers list, in order of first mention, without repeats. */
  readonly officers: readonly number[];
  readonly unmatched: readonly UnmatchedName[];
  readonly ambiguous: readonly AmbiguousName[];
  /** Groups such as "ALL Partners", "TP Leads": nobody in particular, so nobody is emailed. */
  readonly groups: readonly string[];
  /** Words that are not names ("to report on trajectories at … meeting"). */
  readonly notes: readonly string[];
}

type TokenKind = 'word' | 'number' | 'sep';
interface Token {
  readonly kind: TokenKind;
  /** Lower case, accents and full stops removed. */
  readonly norm: string;
  /** Offsets in the original text, for quoting it back as typed. */
  readonly start: number;
  readonly end: number;
  /** Began with a capital letter as typed. */
  readonly capital: boolean;
}

interface Pattern {
  readonly tokens: readonly string[];
  readonly officer: number;
  /** The officer's name as written (not derived from it as initials or "Surname, First"). */
  readonly exact: boolean;
}

const TITLES = new Set(['cllr', 'councillor', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'rev', 'revd']);
const GROUP_WORDS = new Set([
  'all',
  'everyone',
  'partners',
  'partner',
  'leads',
  'chairs',
  'chair',
  'members',
  'board',
  'boards',
  'group',
  'groups',
  'team',
  'teams',
  'partnership',
  'partnerships',
  'officers',
  'directors',
  'managers',
  'tp',
  'tps',
  'lsp',
  'thematic',
  'agencies',
  'secretariat',
  'various',
  'tbc',
]);
/** Lower-case words that belong inside names (van Dyke, de Souza). */
const PARTICLES = new Set(['van', 'von', 'de', 'da', 'di', 'du', 'del', 'der', 'la', 'le', 'st', 'bin', 'ibn']);
const NOT_NAMES = new Set([
  'to',
  'on',
  'at',
  'with',
  'in',
  'for',
  'of',
  'the',
  'by',
  're',
  'via',
  'from',
  'see',
  'report',
  'meeting',
  'following',
  'deferred',
  'update',
  'about',
  'who',
  'will',
  'when',
  'after',
  'before',
]);

export function normaliseName(text: string): string {
  return tokenise(text)
    .filter((t) => t.kind !== 'sep')
    .map((t) => t.norm)
    .join(' ');
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase();
}

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /([A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’‘`-]*)|(\d[\w]*)|([/,;&+|()[\]\n\r\t])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const kind: TokenKind = m[1] ? 'word' : m[2] ? 'number' : 'sep';
    const norm = kind === 'sep' ? (raw === ',' ? ',' : '/') : fold(raw).replace(/^[-']+|[-']+$/g, '');
    if (kind !== 'sep' && norm === '') continue;
    tokens.push({ kind, norm, start: m.index, end: m.index + raw.length, capital: /^[A-Z\u00C0-\u00DE]/.test(raw) });
  }
  return tokens;
}

function nameWords(name: string): string[] {
  const words = tokenise(name)
    .filter((t) => t.kind === 'word')
    .map((t) => t.norm);
  const start = words.findIndex((w) => !TITLES.has(w));
  return start < 0 ? words : words.slice(start);
}

function patternsFor(name: string, officer: number): Pattern[] {
  const words = nameWords(name);
  if (words.length === 0) return [];
  const out: Pattern[] = [{ tokens: words, officer, exact: true }];
  if (words.length >= 2) {
    const first = words[0] as string;
    const last = words[words.length - 1] as string;
    const given = words.slice(0, -1);
    const derived: string[][] = [
      [first, last],
      [first.charAt(0), last],
      [...given.map((w) => w.charAt(0)), last],
      [last, ',', ...given],
      [last, ',', first],
      [last, ',', first.charAt(0)],
    ];
    for (const tokens of derived) out.push({ tokens, officer, exact: false });
  }
  const seen = new Set<string>();
  return out.filter((p) => {
    const key = `${p.tokens.join(' ')}|${p.exact}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export type NameMatcher = (text: string) => NameMatch;

/** Builds the matcher once for the officers list (fast for thousands of actions). */
export function createNameMatcher(officers: readonly OfficerName[]): NameMatcher {
  const byFirst = new Map<string, Pattern[]>();
  officers.forEach((o, i) => {
    for (const p of patternsFor(o.name, i)) {
      const key = p.tokens[0] as string;
      const list = byFirst.get(key) ?? [];
      list.push(p);
      byFirst.set(key, list);
    }
  });
  const folded = officers.map((o) => nameWords(o.name));

  function longestAt(tokens: readonly Token[], at: number): { length: number; officers: number[] } | undefined {
    const head = tokens[at];
    if (!head || head.kind !== 'word') return undefined;
    let best: { score: number; length: number; officers: Set<number> } | undefined;
    for (const p of byFirst.get(head.norm) ?? []) {
      if (!p.tokens.every((t, k) => tokens[at + k]?.norm === t)) continue;
      const score = p.tokens.length * 2 + (p.exact ? 1 : 0);
      if (!best || score > best.score) best = { score, length: p.tokens.length, officers: new Set([p.officer]) };
      else if (score === best.score) best.officers.add(p.officer);
    }
    return best ? { length: best.length, officers: [...best.officers] } : undefined;
  }

  return (text: string): NameMatch => {
    const tokens = tokenise(text);
    const found: number[] = [];
    const unmatched: UnmatchedName[] = [];
    const ambiguous: AmbiguousName[] = [];
    const groups: string[] = [];
    const notes: string[] = [];
    const anyCapital = /[A-Z]/.test(text);
    let run: Token[] = [];

    const flush = () => {
      if (run.length) classifyRun(run);
      run = [];
    };
    const quote = (ts: readonly Token[]) => text.slice((ts[0] as Token).start, (ts[ts.length - 1] as Token).end).trim();

    const classifyRun = (ts: Token[]) => {
      const words = ts.filter((t) => t.kind !== 'sep');
      const meaningful = words.filter((t) => t.norm !== 'and' && !TITLES.has(t.norm));
      if (meaningful.length === 0) return;
      if (words.some((t) => GROUP_WORDS.has(t.norm))) {
        groups.push(quote(ts));
        return;
      }
      // "Steve Smith and Karen Hindley": two people.
      const pieces: Token[][] = [[]];
      for (const t of ts) {
        if (t.norm === 'and') pieces.push([]);
        else (pieces[pieces.length - 1] as Token[]).push(t);
      }
      for (const piece of pieces) {
        const ws = piece.filter((t) => t.kind !== 'sep' && !TITLES.has(t.norm));
        if (ws.length === 0) continue;
        const looksLikeName =
          ws.length <= 4 &&
          ws.every((t) => t.kind === 'word' && !NOT_NAMES.has(t.norm)) &&
          (!anyCapital || ws.every((t) => t.capital || PARTICLES.has(t.norm)));
        if (looksLikeName) unmatched.push({ text: quote(piece), suggestions: suggest(ws.map((t) => t.norm)) });
        else notes.push(quote(piece));
      }
    };

    const suggest = (words: string[]): string[] => {
      const phrase = words.join(' ');
      const out: number[] = [];
      folded.forEach((name, i) => {
        if (name.length === 0) return;
        const last = name[name.length - 1] as string;
        const wLast = words[words.length - 1] as string;
        const close =
          levenshtein(phrase, name.join(' ')) <= (name.join(' ').length >= 8 ? 2 : 1) ||
          (wLast === last && words.length <= 2) ||
          (words.length >= 2 && words[0] === name[0] && levenshtein(wLast, last) <= 2) ||
          (words.length === 2 && (words[0] as string).length === 1 && name[0]?.charAt(0) === words[0] && levenshtein(wLast, last) <= 1);
        if (close) out.push(i);
      });
      return unique(out)
        .slice(0, 3)
        .map((i) => (officers[i] as OfficerName).name);
    };

    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i] as Token;
      let j = i;
      while (tokens[j] && TITLES.has((tokens[j] as Token).norm)) j++;
      const hit = longestAt(tokens, j);
      if (hit) {
        flush();
        if (hit.officers.length === 1) found.push(hit.officers[0] as number);
        else ambiguous.push({ text: quote(tokens.slice(i, j + hit.length)), candidates: hit.officers.map((k) => (officers[k] as OfficerName).name) });
        i = j + hit.length;
        continue;
      }
      if (t.kind === 'sep') flush();
      else run.push(t);
      i++;
    }
    flush();
    return { officers: unique(found), unmatched, ambiguous, groups, notes };
  };
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

/** Edit distance (insert, delete, substitute), for "almost" matches only. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    prev = cur;
  }
  return prev[b.length] as number;
}
