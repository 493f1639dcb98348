/**
 * People typed in a dialog, matched against Officers with the alerts' own matcher
 * (core/alerts/names.ts), so what a dialog writes is what the alerts can read:
 *
 * - an exact or initials match ("G Bowman", "gary bowman") is the officer, by their name;
 * - a near miss ("Garry Bowman") is offered as "did you mean", never used without a click;
 * - several names in one entry ("Gary Bowman / Janine Brown") are split into one each;
 * - anyone else is a new name, and adding it to Officers is an explicit, unticked choice.
 *
 * Pure: the page runs it as the user types, the server runs it again before adding officers.
 */
import { createNameMatcher, type NameMatcher } from '../alerts/names';

export type Proposal =
  /** Matches one officer: `name` is the officer's name as written on the Officers tab. */
  | { readonly kind: 'officer'; readonly typed: string; readonly name: string }
  /** Close to one or more officers: offered, never used. */
  | { readonly kind: 'near'; readonly typed: string; readonly suggestions: readonly string[] }
  /** Could be several officers ("J Brown" with a Janine and a John Brown). */
  | { readonly kind: 'ambiguous'; readonly typed: string; readonly suggestions: readonly string[] }
  /** A group ("ALL Partners"): kept as typed, nobody to add. */
  | { readonly kind: 'group'; readonly typed: string }
  /** Matches nobody: kept as typed; may be added to Officers if the user ticks it. */
  | { readonly kind: 'new'; readonly typed: string };

export interface People {
  readonly matcher: NameMatcher;
  readonly officers: readonly string[];
}

export function peopleOf(officers: readonly string[]): People {
  return { matcher: createNameMatcher(officers.map((name) => ({ name }))), officers };
}

/** What one entry (a name box, a Responsible Officer field) holds, split and matched. */
export function proposePeople(people: People, text: string): Proposal[] {
  const typed = text.trim();
  if (!typed) return [];
  const m = people.matcher(typed);
  const out: Proposal[] = [];
  const single = m.officers.length + m.unmatched.length + m.ambiguous.length + m.groups.length + m.notes.length === 1;
  for (const i of m.officers) {
    const name = people.officers[i] as string;
    out.push({ kind: 'officer', typed: single ? typed : name, name });
  }
  for (const a of m.ambiguous) out.push({ kind: 'ambiguous', typed: a.text, suggestions: a.candidates });
  for (const u of m.unmatched) {
    out.push(u.suggestions.length ? { kind: 'near', typed: u.text, suggestions: u.suggestions } : { kind: 'new', typed: u.text });
  }
  for (const g of m.groups) out.push({ kind: 'group', typed: g });
  for (const n of m.notes) out.push({ kind: 'new', typed: n });
  return out;
}

/** Does the text name an officer already on the tab (exactly, by initials, or as one of several)? */
export function namesAnOfficer(people: People, text: string): boolean {
  const m = people.matcher(text);
  return m.officers.length > 0 || m.ambiguous.length > 0;
}

/**
 * A Responsible Officer field in words: "" when every name is an officer; else what a person
 * should check ("Not in Officers: "Garry Bowman" (did you mean Gary Bowman?)").
 */
export function describeUnmatched(proposals: readonly Proposal[]): string {
  const parts = proposals.flatMap((p) => {
    switch (p.kind) {
      case 'near':
        return [`"${p.typed}" (did you mean ${orList(p.suggestions)}?)`];
      case 'ambiguous':
        return [`"${p.typed}" (could be ${orList(p.suggestions)})`];
      case 'new':
        return [`"${p.typed}"`];
      default:
        return [];
    }
  });
  return parts.length ? `Not in Officers: ${parts.join(', ')}.` : '';
}

function orList(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
