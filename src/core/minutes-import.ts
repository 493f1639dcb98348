/**
 * Reads the decisions and actions out of a board's minutes, as plain text extracted from a
 * Word document: the foundation of importing old minutes into the log.
 *
 * The shape (one line per table row, cells separated by tabs):
 *
 *   Date: 30th April 2009.                       header fields, before the first item
 *   Apologies: A Person, B Person and C Person.
 *   Item No. 3<tab>Title. Narrative …            an agenda item; its first paragraph is the title
 *   <tab>More narrative …                        a row with an empty first cell continues the row above
 *   Decision:<tab>The board agreed …
 *   Action:<tab>(i) First action … (ii) Second   sub-actions (i), (ii) … are separate actions
 *   <p>Decision:</p> <p>Action:</p><tab>…        one row holding both: see `assignToLabels`
 *   Action / Decision<tab>None.
 *
 * `<p>`, `<i>`, `<ul><li>` fragments left by the extraction are stripped. Anything the reader
 * had to guess is listed in `warnings`, for the person importing to check.
 */
import { findDatesInText, parseBritishDate, type ParseDateOptions } from './parse-date';
import type { IsoDate } from './dates';

export interface MinutesMeeting {
  /** From the "Date:" line, when it is one day. */
  readonly date?: IsoDate;
  /** The "Date:" line as written, so an unreadable date can be shown and fixed. */
  readonly dateText?: string;
  readonly time?: string;
  readonly venue?: string;
  readonly apologies: string[];
  /** From a "Present:" (or "Attendees:") line, when there is one. */
  readonly attendees?: string[];
}

export interface MinutesItem {
  /** As written after "Item No.": "3", "3.1", "5(b)". */
  readonly number: string;
  readonly title: string;
  readonly decisions: string[];
  readonly actions: string[];
}

export interface ParsedMinutes {
  readonly meeting: MinutesMeeting;
  readonly items: MinutesItem[];
  /** What the reader guessed or left out, e.g. "Item 4: “See above” was not imported as an action." */
  readonly warnings: string[];
}

/** An action written as a sentence naming who does it: "Chris Ward to write to the funding body". */
const OWNER_SENTENCE =
  /^(?:\([ivx]+\)\s*)?(?<owner>(?:[A-Z][\w'’.-]*|[A-Z]{2,})(?:\s+(?:and\s+|&\s+|\/\s*)?(?:[A-Z][\w'’.-]*|van|de|le))*?|All partners|Each partner|All)\s+(?:to|will|should|must|agreed to|is to|are to)\s+(?=[a-z])/;

/** Who a sentence gives the action to ("Chris Ward to write …" → "Chris Ward"); '' when it names nobody. */
export function ownerOf(sentence: string): string {
  const m = OWNER_SENTENCE.exec(sentence.trim());
  const owner = m?.groups?.owner ?? '';
  return /^(?:the|this|it|we|a|an|there|members|board)$/i.test(owner) ? '' : owner;
}

type Label = 'decision' | 'action';

const ITEM_CELL = /^item\s*(?:no\.?\s*)?(?<number>\d+(?:\.\d+)*(?:\s?\(?[a-z]\)?)?)\s*[.:]?$/i;
const LABEL_WORD = /\b(decision|action)s?\b/gi;
/** What may sit between labels in a cell holding several: "Action / Decision", "Decision: Action:". */
const LABEL_FILLER = /^(?:[\s:/&,.]|and\b)*$/i;
const HEADER_FIELD = /^(?<field>date|time|venue|apologies|present|attendees|attending|in attendance)\s*:\s*(?<value>.*)$/i;
/** Any "Label:" line of the header ("Support Staff: …") ends an attendance list. */
const ANY_FIELD = /^[A-Z][\w ]{0,30}:/;
/** An item written as a paragraph: "Item 3: Terms of reference", "3. Terms of reference". */
const ITEM_PARAGRAPH = /^item\s*(?:no\.?\s*)?(?<n>\d+(?:\.\d+)*(?:\s?\([a-z]\))?)\s*[.:–-]\s*(?<title>\S.*)$/i;
/** "3. Terms of reference": not under an "Action:" heading, where "1. Sam to …" is an action. */
const NUMBERED_PARAGRAPH = /^(?<n>\d+(?:\.\d+)*)[.)]\s+(?<title>[A-Z].*)$/;
const NOTHING = /^(?:none|nil|n\/a|-+|–)\.?$/i;
const SEE_ELSEWHERE = /^(?:see|as)\s+(?:above|below)\.?$/i;
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
const BULLET = /[•▪◦●]/;
/** A sub-item marker starts a paragraph or follows a list's punctuation: "…; and (iv) Noted…". */
const AFTER_BREAK = String.raw`(?<=^|\n|[.;:,]\s+|[.;:,]\s+(?:and|or)\s+)`;

interface OpenRow {
  readonly labels: Label[];
  readonly paragraphs: string[];
  /** An "Action:" heading with its actions as the paragraphs below, one sentence or paragraph each. */
  readonly heading?: boolean;
}

interface MutableItem {
  number: string;
  title: string;
  decisions: string[];
  actions: string[];
}

export function parseMinutesText(text: string, options?: ParseDateOptions): ParsedMinutes {
  const warnings: string[] = [];
  const header: Header = { apologies: [] };
  const items: MutableItem[] = [];
  let item: MutableItem | undefined;
  let row: OpenRow | undefined;
  /** After "Attending:" with nothing after it: the rows below list who attended. */
  let attending = false;

  const closeRow = () => {
    if (row && item) addRow(item, row, warnings);
    row = undefined;
  };

  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue; // page breaks leave blank lines inside a row
    const [firstCell = '', ...rest] = line.split('\t');
    const first = plainText(firstCell);
    const content = rest.join('\t');

    const itemMatch = ITEM_CELL.exec(first);
    const itemParagraph = rest.length === 0 ? (ITEM_PARAGRAPH.exec(first) ?? (row?.heading ? null : NUMBERED_PARAGRAPH.exec(first))) : null;
    const labels = labelsOf(first);
    if (itemParagraph) {
      closeRow();
      item = {
        number: (itemParagraph.groups?.n ?? '').replace(/\s+/g, ''),
        title: withoutFullStop(itemParagraph.groups?.title ?? ''),
        decisions: [],
        actions: [],
      };
      items.push(item);
    } else if (itemMatch) {
      closeRow();
      item = { number: (itemMatch.groups?.number ?? '').replace(/\s+/g, ''), title: titleOf(content), decisions: [], actions: [] };
      items.push(item);
    } else if (labels && item) {
      closeRow();
      const paragraphs = paragraphsOf(content);
      row = { labels, paragraphs, heading: paragraphs.length === 0 && rest.length === 0 };
    } else if (row?.heading && rest.length === 0 && item) {
      row = { ...row, paragraphs: [...row.paragraphs, first] };
    } else if (first === '') {
      if (row) row = { labels: row.labels, paragraphs: continueParagraphs(row.paragraphs, paragraphsOf(content)) };
    } else {
      closeRow();
      if (item) continue;
      const plain = plainText(line.replace(/\t/g, ' '));
      if (attending && !ANY_FIELD.test(plain)) {
        // "Cllr Margaret Okafor - Chair<tab>Cabinet Member for Health, …": one attendee per row.
        if (!/^\(/.test(first)) header.attendees = [...(header.attendees ?? []), attendeeLine(first, rest.map(plainText).filter(Boolean))];
        continue;
      }
      attending = false;
      const field = HEADER_FIELD.exec(plain);
      if (field && /^(?:attending|in attendance|present|attendees)$/i.test(field.groups?.field ?? '') && withoutFullStop(field.groups?.value ?? '') === '') {
        attending = true;
        continue;
      }
      readHeaderField(plain, header, warnings, options);
    }
  }
  closeRow();
  return { meeting: header, items, warnings };
}

// ---------------------------------------------------------------------------------------------
// Header fields.

interface Header {
  date?: IsoDate;
  dateText?: string;
  time?: string;
  venue?: string;
  apologies: string[];
  attendees?: string[];
}

function readHeaderField(line: string, header: Header, warnings: string[], options: ParseDateOptions | undefined): void {
  const m = HEADER_FIELD.exec(line);
  const value = withoutFullStop(m?.groups?.value ?? '');
  if (!m || value === '') return;
  switch (m.groups?.field?.toLowerCase()) {
    case 'date': {
      header.dateText = value;
      const parsed = parseBritishDate(value, options);
      // "12 May 2011, 10:00 to 12:00": the date, then the time.
      const leading = parsed ? undefined : findDatesInText(value, options).find((f) => f.index === 0 && f.parsed.kind === 'day');
      if (parsed?.kind === 'day') header.date = parsed.date;
      else if (leading?.parsed.kind === 'day') {
        header.date = leading.parsed.date;
        header.dateText = leading.matchedText;
        const time = value
          .slice(leading.matchedText.length)
          .replace(/^[\s,;–-]+(?:at\s+)?/, '')
          .trim();
        if (time && !header.time) header.time = time;
      } else warnings.push(`The meeting date “${value}” is not a date.`);
      break;
    }
    case 'present':
    case 'attendees':
    case 'attending':
    case 'in attendance':
      header.attendees = splitNames(value);
      break;
    case 'time':
      header.time = value;
      break;
    case 'venue':
      header.venue = value;
      break;
    case 'apologies':
      header.apologies = splitNames(value);
      break;
  }
}

/** "Name - Role" and the organisation cell → "Name - Role, Organisation" (the Meetings form). */
function attendeeLine(name: string, more: string[]): string {
  const who = withoutFullStop(name);
  if (more.length === 0) return who;
  return `${who}${who.includes(' - ') ? ', ' : ' - '}${more.join(', ')}`;
}

/**
 * "A Person, B Person and C Person" → three names: commas and semicolons separate names, and
 * so does the last " and " (or "&"). An organisation written last, "Fire and Rescue Service",
 * would be cut in two: the import shows the list for checking.
 */
export function splitNames(list: string): string[] {
  const parts = list
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const last = parts.pop();
  if (last !== undefined) {
    const and = /^(.*\S)\s+(?:and|&)\s+(\S.*)$/i.exec(last);
    if (and?.[1] && and[2]) parts.push(and[1], and[2]);
    else parts.push(last);
  }
  return parts.map(withoutFullStop).filter((s) => s !== '' && !NOTHING.test(s));
}

// ---------------------------------------------------------------------------------------------
// Items and their decision/action rows.

/** The labels of a row's first cell, in order, or undefined when it is not a label cell. */
function labelsOf(cell: string): Label[] | undefined {
  const words = [...cell.matchAll(LABEL_WORD)].map((m) => (m[1] ?? '').toLowerCase() as Label);
  if (words.length === 0 || !LABEL_FILLER.test(cell.replace(LABEL_WORD, ''))) return undefined;
  return words;
}

function titleOf(cell: string): string {
  return withoutFullStop(paragraphsOf(cell)[0] ?? '');
}

function addRow(item: MutableItem, row: OpenRow, warnings: string[]): void {
  const meaningful = row.paragraphs.filter((p) => !NOTHING.test(p));
  if (meaningful.length === 0) return;
  if (row.heading) {
    // One action per paragraph, and only sentences that give someone something to do.
    for (const p of meaningful.flatMap((m) => splitEntries([m]))) {
      const label = row.labels[row.labels.length - 1] ?? 'action';
      if (label === 'decision') item.decisions.push(p);
      else if (ownerOf(p)) item.actions.push(p);
      else warnings.push(`Item ${item.number}: “${p}” names nobody to do it, so it was not imported as an action.`);
    }
    return;
  }
  for (const [label, paragraphs] of assignToLabels(row.labels, meaningful, item.number, warnings)) {
    for (const entry of splitEntries(paragraphs)) {
      if (SEE_ELSEWHERE.test(entry)) {
        warnings.push(`Item ${item.number}: “${entry}” was not imported as ${label === 'action' ? 'an action' : 'a decision'}.`);
      } else if (!NOTHING.test(entry)) {
        (label === 'action' ? item.actions : item.decisions).push(entry);
      }
    }
  }
}

/**
 * One row may be labelled "Decision: Action:" with all its paragraphs in one cell. The Word
 * table loses which paragraph belonged to which label, so: each label but the last takes one
 * paragraph, in order, and the last label takes the rest (the usual layout: one decision,
 * then the actions (i), (ii) …). The guess is reported.
 */
function assignToLabels(labels: Label[], paragraphs: string[], itemNumber: string, warnings: string[]): [Label, string[]][] {
  const unique = labels.filter((l, i) => labels.indexOf(l) === i);
  const last = unique[unique.length - 1];
  if (unique.length === 1 || last === undefined) return [[labels[0] ?? 'action', paragraphs]];
  const out: [Label, string[]][] = unique.slice(0, -1).map((label, i) => [label, paragraphs.slice(i, i + 1)]);
  out.push([last, paragraphs.slice(unique.length - 1)]);
  warnings.push(
    `Item ${itemNumber}: one row held ${unique.map((l) => `${l}s`).join(' and ')}; ` +
      `the first paragraph was taken as the ${unique[0]} and the rest as ${last}s.`,
  );
  return out;
}

/**
 * A cell's entries: "(i) … (ii) …" are separate (split only at the next numeral in sequence,
 * starting a paragraph or after punctuation, so "section 3 (iv) of the report" stays put); so are bullets when the cell starts with one;
 * otherwise the cell is one entry.
 */
export function splitEntries(paragraphs: readonly string[]): string[] {
  const text = paragraphs.join('\n').trim();
  let entries: string[];
  if (text.startsWith('(i)')) entries = splitAtNumerals(text);
  else if (BULLET.test(text.charAt(0))) entries = text.split(BULLET);
  else entries = [text];
  return entries.map(tidyEntry).filter((e) => e !== '');
}

function splitAtNumerals(text: string): string[] {
  const entries: string[] = [];
  let rest = text.slice('(i)'.length);
  for (let n = 1; n < ROMAN.length; n++) {
    const marker = new RegExp(`${AFTER_BREAK}\\(${ROMAN[n]}\\)\\s`).exec(rest);
    if (!marker) break;
    entries.push(rest.slice(0, marker.index));
    rest = rest.slice(marker.index + marker[0].length);
  }
  entries.push(rest);
  return entries;
}

/** Whitespace collapsed; a list's trailing "; and" or ";" dropped. */
function tidyEntry(entry: string): string {
  return entry
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*(?:[;,]\s*(?:and)?|\band)$/i, '')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Text of a cell.

/**
 * A cell's paragraphs, with the extraction's markup turned back into text: `<p>` and `<li>`
 * start paragraphs (list items keep a bullet so they can be split), other tags go.
 */
export function paragraphsOf(cell: string): string[] {
  const marked = cell
    .replace(/<li\b[^>]*>/gi, '\n• ')
    .replace(/<\/?(?:p|ul|ol|br|div)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(marked)
    .split('\n')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '' && !/^[•▪◦●]$/.test(p));
}

/**
 * A row continued after a page break: a sentence cut off mid-way ("…written to John Salt at")
 * joins the next line's first paragraph; otherwise the paragraphs follow on.
 */
function continueParagraphs(before: string[], after: string[]): string[] {
  const last = before[before.length - 1];
  const next = after[0];
  if (last === undefined || next === undefined) return [...before, ...after];
  if (/[.;:!?]$/.test(last) || /^(?:\([ivx]+\)|[•▪◦●])/.test(next)) return [...before, ...after];
  return [...before.slice(0, -1), `${last} ${next}`, ...after.slice(1)];
}

function plainText(cell: string): string {
  return paragraphsOf(cell).join(' ');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', ndash: '–', mdash: '—' };

function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function withoutFullStop(text: string): string {
  return text.trim().replace(/\.$/, '').trim();
}
