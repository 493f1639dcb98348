/**
 * What a paste or a Doc holds, as the import sees it: tables (rows of cells, each cell a list of
 * lines) and paragraphs between them, in document order.
 *
 * - `blocksFromHtml`: the `text/html` flavour of a paste from Word or Google Docs. A small,
 *   tolerant reader (Apps Script has no DOM): `<table>`/`<tr>`/`<td>` give rows and cells;
 *   paragraphs, list items, line breaks and italic runs inside a cell become separate lines;
 *   Word's list bullets ("·", "•") are dropped; comments, `<style>` and `<head>` are skipped.
 * - `blocksFromText`: the `text/plain` flavour. Tab-separated rows (as Sheets and Excel copy
 *   them, a multi-line cell in double quotes) make one table; text without tabs is paragraphs.
 */

/** A cell: its lines (paragraphs, bullets), trimmed, none empty. */
export type Cell = readonly string[];
export type Row = readonly Cell[];

export type Block = { readonly kind: 'table'; readonly rows: readonly Row[] } | { readonly kind: 'paragraph'; readonly text: string };

const BLOCK_TAGS = new Set(['p', 'div', 'li', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote', 'pre']);
const SKIP_TAGS = new Set(['style', 'script', 'head', 'title', 'xml']);
const ITALIC_TAGS = new Set(['i', 'em']);
/** Word's list markers left as text before the item ("·", "•", "o" in Symbol font is rare, not dropped). */
const BULLET = /^(?:[•·▪◦●§\u2022\uF0B7]|-(?=\s))\s*/;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  pound: '£',
  euro: '€',
  middot: '·',
  bull: '•',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    try {
      if (name[0] === '#' && (name[1] === 'x' || name[1] === 'X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name[0] === '#') return String.fromCodePoint(Number(name.slice(1)));
    } catch {
      return whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** One line as it will be shown and stored: spaces collapsed, bullet dropped. */
export function tidyLine(text: string): string {
  return text
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(BULLET, '')
    .trim();
}

interface OpenTable {
  rows: Cell[][];
  row: Cell[] | undefined;
  cell: string[] | undefined;
}

export function blocksFromHtml(html: string): Block[] {
  const blocks: Block[] = [];
  const tables: OpenTable[] = [];
  let outside: string[] = [''];
  let skipping: string | undefined;

  const lines = (): string[] => {
    const t = tables[tables.length - 1];
    if (t) {
      if (!t.row) {
        t.row = [];
        t.rows.push(t.row);
      }
      if (!t.cell) {
        t.cell = [''];
        t.row.push(t.cell);
      }
      return t.cell;
    }
    return outside;
  };
  const breakLine = () => {
    const l = lines();
    if ((l[l.length - 1] ?? '').trim() !== '') l.push('');
  };
  const flushOutside = () => {
    for (const text of outside.map(tidyLine).filter(Boolean)) blocks.push({ kind: 'paragraph', text });
    outside = [''];
  };
  const closeCell = (t: OpenTable) => {
    if (t.cell && t.row) t.row[t.row.length - 1] = t.cell.map(tidyLine).filter(Boolean);
    t.cell = undefined;
  };

  const re = /<!--[^]*?-->|<!\[[^]*?\]>|<(\/?)([a-zA-Z][\w:-]*)([^>]*)>|([^<]+|<)/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const [, close, rawTag, , text] = m;
    if (rawTag === undefined) {
      if (text !== undefined && !skipping) {
        // Text between a table's tags but outside any cell (indentation) belongs to no cell.
        const t = tables[tables.length - 1];
        if (t && !t.cell) continue;
        const l = lines();
        l[l.length - 1] += decodeEntities(text.replace(/[\r\n]+/g, ' '));
      }
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (skipping) {
      if (close && tag === skipping) skipping = undefined;
      continue;
    }
    if (!close && SKIP_TAGS.has(tag) && !/\/\s*$/.test(m[3] ?? '')) {
      skipping = tag;
      continue;
    }
    if (tag === 'table') {
      if (!close) {
        if (tables.length === 0) flushOutside();
        else breakLine();
        tables.push({ rows: [], row: undefined, cell: undefined });
      } else {
        const t = tables.pop();
        if (!t) continue;
        closeCell(t);
        const rows = t.rows.filter((r) => r.length > 0);
        if (tables.length === 0) {
          if (rows.length) blocks.push({ kind: 'table', rows });
        } else {
          // A table inside a cell: its text joins the outer cell, a row per line.
          const outer = lines();
          for (const r of rows) outer.push(r.map((c) => c.join(' ')).join(' '), '');
        }
      }
      continue;
    }
    const t = tables[tables.length - 1];
    if (t && tag === 'tr') {
      closeCell(t);
      t.row = close ? undefined : [];
      if (t.row) t.rows.push(t.row);
      continue;
    }
    if (t && (tag === 'td' || tag === 'th')) {
      closeCell(t);
      if (!close) {
        if (!t.row) {
          t.row = [];
          t.rows.push(t.row);
        }
        t.cell = [''];
        t.row.push(t.cell);
      }
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      breakLine();
      continue;
    }
    if (ITALIC_TAGS.has(tag)) {
      // An italic sentence after a full stop, or a full stop ending an italic run, is a line of its own.
      const l = lines();
      const current = (l[l.length - 1] ?? '').trim();
      if (!close ? /[.;:!?)]$/.test(current) : /[.;:!?]$/.test(current)) breakLine();
    }
  }
  while (tables.length) {
    const t = tables.pop()!;
    closeCell(t);
    if (tables.length === 0 && t.rows.length) blocks.push({ kind: 'table', rows: t.rows.filter((r) => r.length > 0) });
  }
  flushOutside();
  return blocks;
}

/**
 * Tab-separated rows: a field starting with `"` runs to its closing quote (`""` is a quote) and
 * may hold tabs and line breaks, as Sheets copies a multi-line cell.
 */
export function blocksFromText(text: string): Block[] {
  const normal = text.replace(/\r\n?/g, '\n');
  if (!normal.includes('\t')) {
    return normal
      .split('\n')
      .map(tidyLine)
      .filter(Boolean)
      .map((t) => ({ kind: 'paragraph' as const, text: t }));
  }
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i <= normal.length) {
    let field = '';
    if (normal[i] === '"') {
      let j = i + 1;
      for (;;) {
        const q = normal.indexOf('"', j);
        if (q < 0) {
          field = normal.slice(i);
          j = normal.length;
          break;
        }
        if (normal[q + 1] === '"') {
          field += normal.slice(j, q) + '"';
          j = q + 2;
          continue;
        }
        field += normal.slice(j, q);
        j = q + 1;
        break;
      }
      i = j;
      // Text after the closing quote up to the separator belongs to the field.
      const end = nextSeparator(normal, i);
      field += normal.slice(i, end);
      i = end;
    } else {
      const end = nextSeparator(normal, i);
      field = normal.slice(i, end);
      i = end;
    }
    row.push(field);
    const sep = normal[i];
    i++;
    if (sep !== '\t') {
      rows.push(row);
      row = [];
    }
  }
  const cells = rows.map((r) => r.map(textCellLines)).filter((r) => r.some((c) => c.length > 0));
  return cells.length ? [{ kind: 'table', rows: cells }] : [];
}

/** Word extractions leave paragraph and list tags in plain text: such a cell is read as HTML. */
const LEFTOVER_TAGS = /<\/?(?:p|ul|ol|li|br|i|em|b|span)\b[^>]*>/i;

function textCellLines(field: string): string[] {
  if (LEFTOVER_TAGS.test(field)) {
    const [block] = blocksFromHtml(`<table><tr><td>${field}</td></tr></table>`);
    if (block?.kind === 'table') return [...(block.rows[0]?.[0] ?? [])];
  }
  return field.split('\n').map(tidyLine).filter(Boolean);
}

function nextSeparator(text: string, from: number): number {
  const tab = text.indexOf('\t', from);
  const nl = text.indexOf('\n', from);
  const ends = [tab, nl].filter((n) => n >= 0);
  return ends.length ? Math.min(...ends) : text.length;
}

/** A cell's text on one line. */
export function cellText(cell: Cell | undefined): string {
  return (cell ?? []).join(' ').trim();
}
