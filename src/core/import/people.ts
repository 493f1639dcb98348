/**
 * The people in an officer cell, split against Officers and the meeting's attendees with the
 * alerts' name matcher (core/alerts/names.ts), even without separators ("Brian Aldridge Kevin
 * Griffiths" → two people). Groups are told apart from people in one cell ("ALL Brian
 * Mckinstrie" → all partners + Brian Mckinstrie). A name that fits two people ("Chris" when
 * Chris Ward and Chris Hale attended) is flagged and given to nobody. Names nobody has are
 * proposed as new officers (the dialog leaves them unticked).
 */
import { createNameMatcher, normaliseName } from '../alerts/names';

export interface PeopleInCell {
  /** What the Responsible Officer cell gets: people and groups, separated by " / ". */
  readonly responsible: string;
  /** Known people, as written in Officers (or the attendance list). */
  readonly people: readonly string[];
  readonly groups: readonly string[];
  /** Names nobody is known by, kept as written: proposed for Officers. */
  readonly newPeople: readonly string[];
  /** A name that fits several people: kept as written, given to none. */
  readonly ambiguous: readonly { text: string; candidates: readonly string[] }[];
  /** Words that are not names ("to report on trajectories at … meeting"). */
  readonly notes: readonly string[];
  /** One word that is nobody's first name ("Sam" when no Sam is known): kept, not proposed. */
  readonly shortNames: readonly string[];
}

const GROUP_WORD =
  /^(?:all|everyone|partners?|leads?|chairs?|members|boards?|groups?|teams?|partnerships?|officers|directors|managers|tps?|lsp|thematic|agencies|secretariat|various|tbc)$/i;

export type PeopleSplitter = (cell: string) => PeopleInCell;

/** Built once for the known names (Officers and attendees). */
export function createPeopleSplitter(known: readonly string[]): PeopleSplitter {
  const names = [...new Set(known.map((n) => n.trim()).filter(Boolean))];
  const match = createNameMatcher(names.map((name) => ({ name })));
  const byFirst = new Map<string, string[]>();
  for (const name of names) {
    const first = normaliseName(name).split(' ')[0];
    if (first) byFirst.set(first, [...(byFirst.get(first) ?? []), name]);
  }

  return (cell: string): PeopleInCell => {
    const people: string[] = [];
    const groups: string[] = [];
    const newPeople: string[] = [];
    const ambiguous: { text: string; candidates: string[] }[] = [];
    const notes: string[] = [];
    const shortNames: string[] = [];
    let seenText = cell.replace(/\s+/g, ' ').trim();
    if (seenText === '') return { responsible: '', people, groups, newPeople, ambiguous, notes, shortNames };
    // "Joy Massey to report on trajectories at …": the names, then what they are to do.
    const task = /^((?:[A-Z][\w'’.-]*\s+){0,7}[A-Z][\w'’.-]*)\s+(?:to|will|is to|are to)\s+(?=[a-z])(.*)$/.exec(seenText);
    if (task?.[1] && task[2]) {
      notes.push(`to ${task[2]}`);
      seenText = task[1];
    }
    const result = match(seenText);
    people.push(...result.officers.map((i) => names[i] as string));
    ambiguous.push(...result.ambiguous.map((a) => ({ text: a.text, candidates: [...a.candidates] })));
    notes.push(...result.notes);

    const unknownRun = (text: string) => {
      const words = text.split(/\s+/).filter(Boolean);
      if (words.length === 1) {
        const fits = byFirst.get(normaliseName(text)) ?? [];
        if (fits.length === 1) people.push(fits[0] as string);
        else if (fits.length > 1) ambiguous.push({ text, candidates: fits });
        else shortNames.push(text);
        return;
      }
      // Two people written one after the other: "Brian Aldridge Kevin Griffiths".
      if (words.length >= 4 && words.length % 2 === 0) {
        for (let k = 0; k < words.length; k += 2) newPeople.push(`${words[k]} ${words[k + 1]}`);
        return;
      }
      newPeople.push(text);
    };

    for (const g of result.groups) {
      // "ALL Brian Mckinstrie": the group words, then a person.
      const words = g.split(/\s+/).filter(Boolean);
      let k = 0;
      while (k < words.length && GROUP_WORD.test(words[k]!.replace(/[^A-Za-z]/g, ''))) k++;
      const rest = words.slice(k);
      const groupWords = words.slice(0, k);
      if (k > 0 && rest.length > 0 && rest.every((w) => /^[A-Z]/.test(w))) {
        groups.push(groupLabel(groupWords.join(' ')));
        const again = match(rest.join(' '));
        if (again.officers.length) people.push(...again.officers.map((i) => names[i] as string));
        for (const u of again.unmatched) unknownRun(u.text);
        ambiguous.push(...again.ambiguous.map((a) => ({ text: a.text, candidates: [...a.candidates] })));
      } else {
        groups.push(groupLabel(g));
      }
    }
    for (const u of result.unmatched) unknownRun(u.text);

    const uniquePeople = [...new Set(people)];
    const uniqueNew = [...new Set(newPeople)].filter((n) => !uniquePeople.includes(n));
    const parts = [...groups, ...uniquePeople, ...uniqueNew, ...ambiguous.map((a) => a.text), ...shortNames];
    return {
      responsible: parts.join(' / '),
      people: uniquePeople,
      groups,
      newPeople: uniqueNew,
      ambiguous,
      notes,
      shortNames,
    };
  };
}

/** "ALL" alone means all the partners. */
function groupLabel(text: string): string {
  return /^all$/i.test(text.trim()) ? 'ALL Partners' : text.trim();
}
