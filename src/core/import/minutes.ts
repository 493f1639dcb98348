/**
 * Minutes in a paste or a Doc, in both shapes boards use: an item table with *Decision:* and
 * *Action:* rows, or an *Action:* heading followed by one sentence or paragraph per action. The
 * reading itself is core/minutes-import.ts; this turns the blocks into its text form and its
 * result into rows for the import: the meeting (date, time, venue, attendees, apologies), and
 * each decision and action with the owner named in its sentence. A forward plan annex is a
 * table of its own, read as a forward plan.
 */
import type { IsoDate } from '../dates';
import { ownerOf, parseMinutesText } from '../minutes-import';
import type { Block } from './blocks';
import { recogniseTable } from './headings';

export interface ImportedMinutes {
  readonly meeting: {
    readonly date?: IsoDate | undefined;
    readonly dateText: string;
    readonly board: string;
    readonly time: string;
    readonly venue: string;
    readonly attendees: readonly string[];
    readonly apologies: readonly string[];
  };
  readonly actions: readonly {
    readonly id: string;
    readonly where: string;
    readonly item: string;
    readonly subject: string;
    readonly text: string;
    readonly owner: string;
    readonly isDecision: boolean;
  }[];
  readonly warnings: readonly string[];
}

const FIELD_LINE = /^(?:date|time|venue|apologies|present|attendees)\s*:/i;
const LABEL_LINE = /^(?:decisions?|actions?)\s*:?\s*$/i;
const BOARD_WORDS = /\b(?:board|partnership|committee|group|trust|forum|executive|council|panel)\b/i;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The minutes in the blocks, or undefined when the blocks are not minutes: minutes have a
 * "Date:" line and at least one Decision/Action label, or a table of Item/Decision/Action rows.
 */
export function minutesFromBlocks(blocks: readonly Block[]): ImportedMinutes | undefined {
  const paragraphs = blocks.filter((b): b is Extract<Block, { kind: 'paragraph' }> => b.kind === 'paragraph').map((b) => b.text);
  const minutesTables = blocks.filter((b) => b.kind === 'table' && recogniseTable(b.rows).kind === 'minutes');
  const hasDate =
    paragraphs.some((p) => /^date\s*:/i.test(p)) ||
    minutesTables.some((t) => t.kind === 'table' && t.rows.some((r) => /^date\s*:/i.test((r[0] ?? []).join(' '))));
  const hasLabels = paragraphs.some((p) => LABEL_LINE.test(p) || /^(?:decision|action)s?\s*:/i.test(p));
  if (minutesTables.length === 0 && !(hasDate && hasLabels)) return undefined;

  const lines: string[] = [];
  let board = '';
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      if (!board && lines.length === 0 && BOARD_WORDS.test(b.text) && !FIELD_LINE.test(b.text)) board = b.text.replace(/\.$/, '');
      // "Action: Sam to circulate …" on one line is a label row; "Action:" alone is a heading.
      const label = /^((?:decisions?|actions?)\s*:)\s*(\S.*)$/i.exec(b.text);
      lines.push(label && !FIELD_LINE.test(b.text) ? `${label[1]}\t${escapeHtml(label[2] ?? '')}` : b.text);
    } else if (minutesTables.includes(b)) {
      for (const row of b.rows) {
        lines.push(row.map((cell) => cell.map((l) => `<p>${escapeHtml(l)}</p>`).join('')).join('\t'));
      }
    }
  }
  const parsed = parseMinutesText(lines.join('\n'));
  const actions: ImportedMinutes['actions'][number][] = [];
  parsed.items.forEach((item, i) => {
    const where = `Minutes item ${item.number || i + 1}`;
    item.decisions.forEach((text, k) =>
      actions.push({
        id: `m${i + 1}d${k + 1}`,
        where: `${where}, decision ${k + 1}`,
        item: item.number,
        subject: item.title,
        text,
        owner: '',
        isDecision: true,
      }),
    );
    item.actions.forEach((text, k) =>
      actions.push({
        id: `m${i + 1}a${k + 1}`,
        where: `${where}, action ${k + 1}`,
        item: item.number,
        subject: item.title,
        text,
        owner: ownerOf(text),
        isDecision: false,
      }),
    );
  });
  const m = parsed.meeting;
  return {
    meeting: {
      date: m.date,
      dateText: m.dateText ?? '',
      board,
      time: m.time ?? '',
      venue: m.venue ?? '',
      attendees: m.attendees ?? [],
      apologies: m.apologies,
    },
    actions,
    warnings: parsed.warnings,
  };
}
