/**
 * A document as standalone HTML, close enough to what Google Docs shows for a person to judge
 * a paper: headings, paragraphs, tables with their cell backgrounds, bold and font sizes, laid
 * out on A4 pages as Docs prints them, with a table's pinned header rows repeated at the top of
 * each page it runs onto (as Docs does). Page breaks are estimated from the text's length (an
 * average character width), not measured: close enough to show where a long table breaks.
 */
import type { DocState, ParagraphNode, RowNode, TableNode } from './model';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Docs' own HTML export writes headings as h1–h6 and the Title and Subtitle styles as classed paragraphs. */
const TAGS: Record<string, string> = {
  HEADING1: 'h1',
  HEADING2: 'h2',
  HEADING3: 'h3',
  HEADING4: 'h4',
  HEADING5: 'h5',
  HEADING6: 'h6',
};
const CLASSES: Record<string, string> = { TITLE: 'title', SUBTITLE: 'subtitle' };

/** Font size (pt) of each paragraph style, Docs' defaults. */
const SIZES: Record<string, number> = {
  NORMAL: 11,
  TITLE: 26,
  SUBTITLE: 15,
  HEADING1: 20,
  HEADING2: 16,
  HEADING3: 14,
  HEADING4: 12,
  HEADING5: 11,
  HEADING6: 11,
};

const PAGE_TEXT_HEIGHT = 842 - 2 * 72; // A4, one-inch margins (Docs' default), in points
const PAGE_TEXT_WIDTH = 595 - 2 * 72;

function paragraphHtml(p: ParagraphNode): string {
  const tag = TAGS[p.heading] ?? 'p';
  const style: string[] = [];
  if (p.bold) style.push('font-weight:bold');
  if (p.italic) style.push('font-style:italic');
  if (p.fontSize) style.push(`font-size:${p.fontSize}pt`);
  if (p.foregroundColor) style.push(`color:${p.foregroundColor}`);
  if (p.backgroundColor) style.push(`background:${p.backgroundColor}`);
  const cls = CLASSES[p.heading] ? ` class="${CLASSES[p.heading]}"` : '';
  const content = p.text === '' ? '&nbsp;' : escapeHtml(p.text);
  return `<${tag}${cls}${style.length ? ` style="${style.join(';')}"` : ''}>${content}</${tag}>`;
}

/** Estimated height in points of text `width` points wide. */
function textHeight(p: ParagraphNode, width: number, inTable: boolean): number {
  const size = p.fontSize ?? (inTable ? 9 : (SIZES[p.heading] ?? 11));
  const perLine = Math.max(1, Math.floor(width / (size * 0.5)));
  const lines = Math.max(1, Math.ceil(p.text.length / perLine));
  return lines * size * 1.15 + (inTable ? 2 : p.heading === 'NORMAL' ? 4 : 10);
}

function columnWidth(t: TableNode, c: number): number {
  const fixed = t.columnWidths[c];
  return fixed ?? PAGE_TEXT_WIDTH / Math.max(1, t.columnWidths.length);
}

function rowHeight(t: TableNode, r: RowNode): number {
  return 7 + Math.max(0, ...r.cells.map((c, i) => c.paragraphs.reduce((h, p) => h + textHeight(p, columnWidth(t, i) - 8, true), 0)));
}

function rowHtml(r: RowNode, header: boolean, repeated: boolean): string {
  const tag = header ? 'th' : 'td';
  const scope = header ? ' scope="col"' : '';
  const cls = repeated ? ' class="repeated-header"' : '';
  return `<tr${cls}>${r.cells
    .map((c) => `<${tag}${scope}${c.backgroundColor ? ` style="background:${c.backgroundColor}"` : ''}>${c.paragraphs.map(paragraphHtml).join('')}</${tag}>`)
    .join('')}</tr>`;
}

function tableOpen(t: TableNode): string {
  const cols = t.columnWidths.map((w) => `<col${w ? ` style="width:${w}pt"` : ''}>`).join('');
  const fixed = t.columnWidths.length > 0 && t.columnWidths.every((w) => w);
  const width = fixed ? `;width:${t.columnWidths.reduce((a, w) => (a ?? 0) + (w ?? 0), 0)}pt` : '';
  return `<table style="border-width:${t.borderWidth}px${width}">${cols}`;
}

/** Lays the body out on pages; a table's pinned header rows start each page it continues on. */
export function documentToHtml(doc: DocState): string {
  const pages: string[][] = [[]];
  let used = 0;
  const page = () => pages[pages.length - 1] as string[];
  const newPage = () => {
    pages.push([]);
    used = 0;
  };
  for (const child of doc.body.children) {
    if (child.type === 'PARAGRAPH') {
      const h = textHeight(child, PAGE_TEXT_WIDTH, false);
      // An empty line that does not fit is dropped at the page's foot rather than starting a page.
      if (used + h > PAGE_TEXT_HEIGHT && used > 0 && child.text) newPage();
      page().push(paragraphHtml(child));
      used += h;
      continue;
    }
    const pinned = child.rows.slice(0, child.pinnedHeaderRows);
    const pinnedHeight = pinned.reduce((h, r) => h + rowHeight(child, r), 0);
    let rows: string[] = [];
    const flush = () => {
      if (rows.length) page().push(`${tableOpen(child)}\n${rows.join('\n')}\n</table>`);
      rows = [];
    };
    child.rows.forEach((r, i) => {
      const h = rowHeight(child, r);
      if (used + h > PAGE_TEXT_HEIGHT && used > 0) {
        flush();
        newPage();
        if (i >= child.pinnedHeaderRows && pinned.length) {
          rows.push(...pinned.map((p) => rowHtml(p, true, true)));
          used += pinnedHeight;
        }
      }
      rows.push(rowHtml(r, i < child.pinnedHeaderRows, false));
      used += h;
    });
    flush();
  }
  const body = pages.map((p, i) => `<div class="page">\n${p.join('\n')}\n<div class="page-number">Page ${i + 1} of ${pages.length}</div>\n</div>`).join('\n');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(doc.name)}</title>
<style>
  html { background: #e8eaed; }
  body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; margin: 0; padding: 12pt 0; color: #000; }
  .page { background: #fff; width: ${PAGE_TEXT_WIDTH}pt; min-height: ${PAGE_TEXT_HEIGHT}pt; padding: 72pt; margin: 0 auto 12pt; box-shadow: 0 1px 3px rgba(0,0,0,.3); position: relative; }
  .page-number { position: absolute; bottom: 30pt; right: 72pt; font-size: 8pt; color: #555; }
  p.title { font-size: 26pt; margin: 0 0 4pt; } p.subtitle { font-size: 15pt; color: #444; margin: 0 0 4pt; }
  h1 { font-size: 20pt; margin: 10pt 0 4pt; } h2 { font-size: 16pt; margin: 10pt 0 4pt; }
  h3 { font-size: 14pt; margin: 8pt 0 4pt; } h4 { font-size: 12pt; margin: 8pt 0 2pt; }
  p { margin: 0 0 4pt; }
  table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; table-layout: fixed; }
  td, th { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; font-size: 9pt; overflow-wrap: anywhere; text-align: left; font-weight: normal; }
  td p, th p { margin: 0 0 2pt; }
</style></head>
<body>
${body}
</body></html>
`;
}
