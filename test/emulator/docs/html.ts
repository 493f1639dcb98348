/**
 * A document as standalone HTML, close enough to what Google Docs shows for a person to judge
 * a paper: headings, paragraphs, tables with their cell backgrounds, bold and font sizes.
 */
import type { DocState, ParagraphNode, TableNode } from './model';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const TAGS: Record<string, string> = {
  TITLE: 'h1', SUBTITLE: 'h2', HEADING1: 'h2', HEADING2: 'h3', HEADING3: 'h4', HEADING4: 'h5', HEADING5: 'h6', HEADING6: 'h6',
};

function paragraphHtml(p: ParagraphNode): string {
  const tag = TAGS[p.heading] ?? 'p';
  const style: string[] = [];
  if (p.bold) style.push('font-weight:bold');
  if (p.italic) style.push('font-style:italic');
  if (p.fontSize) style.push(`font-size:${p.fontSize}pt`);
  if (p.foregroundColor) style.push(`color:${p.foregroundColor}`);
  if (p.backgroundColor) style.push(`background:${p.backgroundColor}`);
  const cls = p.heading === 'TITLE' ? ' class="title"' : '';
  const content = p.text === '' ? '&nbsp;' : escapeHtml(p.text);
  return `<${tag}${cls}${style.length ? ` style="${style.join(';')}"` : ''}>${content}</${tag}>`;
}

function tableHtml(t: TableNode): string {
  const cols = t.columnWidths.map((w) => `<col${w ? ` style="width:${w}pt"` : ''}>`).join('');
  const rows = t.rows
    .map((r) => `<tr>${r.cells
      .map((c) => `<td${c.backgroundColor ? ` style="background:${c.backgroundColor}"` : ''}>${c.paragraphs.map(paragraphHtml).join('')}</td>`)
      .join('')}</tr>`)
    .join('\n');
  const fixed = t.columnWidths.length > 0 && t.columnWidths.every((w) => w);
  const width = fixed ? `;width:${t.columnWidths.reduce((a, w) => (a ?? 0) + (w ?? 0), 0)}pt` : '';
  return `<table style="border-width:${t.borderWidth}px${width}">${cols}\n${rows}\n</table>`;
}

export function documentToHtml(doc: DocState): string {
  const body = doc.body.children.map((c) => (c.type === 'PARAGRAPH' ? paragraphHtml(c) : tableHtml(c))).join('\n');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(doc.name)}</title>
<style>
  body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; max-width: 468pt; margin: 12mm auto; color: #000; }
  h1.title { font-size: 20pt; margin: 0 0 4pt; } h2 { font-size: 16pt; margin: 10pt 0 4pt; }
  h3 { font-size: 13pt; margin: 8pt 0 4pt; } h4 { font-size: 11pt; margin: 8pt 0 2pt; }
  p { margin: 0 0 4pt; }
  table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; table-layout: fixed; }
  td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; font-size: 9pt; overflow-wrap: anywhere; }
  td p { margin: 0 0 2pt; }
</style></head>
<body>
${body}
</body></html>
`;
}
