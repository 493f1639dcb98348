/**
 * Import…: a paste box that keeps both clipboard flavours (text/html from Word or Docs, with
 * its rows, cells and paragraphs; text/plain, tab-separated, from Sheets or Excel), or a Doc
 * address; Preview shows what would be added (every row, where each date came from, every
 * warning), lets the user correct any column, confirm proposed statuses and tick new officers;
 * Import writes it, once.
 */
import type { ImportPreview, PreviewAction, PreviewTable } from '../core/import/plan';
import type { ImportResult } from '../core/import/result';
import { importInput, type ImportInput } from '../core/import/schema';
import { checkForm } from '../core/capture/schemas';
import { byId, callServer, closeDialog, dmy, el, ready, setBusy, showErrors, showMessage, start } from './common';

/** The clipboard as pasted: both flavours, until the box is edited by hand. */
let pasted: { html: string; text: string } | undefined;
let corrections: Required<Pick<ImportInput, 'tables' | 'statuses'>> & { addOfficers: string[] } = { tables: {}, statuses: {}, addOfficers: [] };
let previewed = false;

function input(): ImportInput {
  const box = byId<HTMLTextAreaElement>('paste');
  const docUrl = byId<HTMLInputElement>('docUrl').value.trim();
  const base: ImportInput = pasted ? { html: pasted.html, text: pasted.text } : { text: box.value };
  const review = {
    title: byId<HTMLInputElement>('reviewTitle').value,
    body: byId<HTMLInputElement>('reviewBody').value,
    dateReported: byId<HTMLInputElement>('dateReported').value,
  };
  const withReview = !byId('review-fields').hidden ? { review } : {};
  return { ...base, ...(docUrl && !box.value.trim() ? { docUrl } : {}), ...corrections, ...withReview } as ImportInput;
}

function cell(text: string): HTMLTableCellElement {
  return el('td', { text });
}

function datesText(a: PreviewAction): string {
  return a.dates.map((d) => `${d.gives} ${dmy(d.date)}: “${d.phrase}” (${d.from})`).join('\n');
}

function mapping(t: PreviewTable, refresh: () => void): HTMLElement {
  const kind = el(
    'select',
    { 'aria-label': `Kind of table ${t.number}` },
    ...(['actions', 'forwardPlan', 'recommendations', 'minutes', 'ignore'] as const).map((k) =>
      el('option', {
        value: k,
        text: { actions: 'Action log', forwardPlan: 'Forward plan', recommendations: 'Recommendations', minutes: 'Minutes', ignore: 'Not imported' }[k],
        selected: t.kind === k,
      }),
    ),
  );
  kind.addEventListener('change', () => {
    corrections.tables[String(t.number)] = { kind: kind.value as PreviewTable['kind'] };
    refresh();
  });
  const columns = t.headings.map((h, i) => {
    const select = el('select', {}, ...t.choices.map((c) => el('option', { value: c.field, text: c.label, selected: t.columns[i] === c.field })));
    select.addEventListener('change', () => {
      const entry = corrections.tables[String(t.number)] ?? {};
      corrections.tables[String(t.number)] = { ...entry, columns: { ...entry.columns, [String(i)]: select.value as never } };
      refresh();
    });
    select.id = `t${t.number}c${i}`;
    return el('div', { class: 'field' }, el('label', { for: select.id, text: h || `Column ${i + 1}` }), select);
  });
  const extra =
    t.repeatedHeaders.length || t.merged.length
      ? `Header repeated at rows ${t.repeatedHeaders.join(', ') || 'none'}; rows continued over a page break merged: ${t.merged.map(([a, b]) => `${a} into ${b}`).join(', ') || 'none'}.`
      : '';
  return el(
    'div',
    {},
    el('h2', { text: `Table ${t.number} (${t.rows} rows)` }),
    el('div', { class: 'mapping' }, el('div', { class: 'field' }, el('label', { text: 'Kind' }), kind), ...columns),
    el('p', { class: 'secondary', text: extra }),
  );
}

function actionsTable(p: ImportPreview): HTMLElement {
  const head = el(
    'tr',
    {},
    ...['Where', 'Ref No', 'Item · Subject', 'Meeting', 'Action', 'Responsible', 'Dates (from)', 'Status'].map((h) => el('th', { text: h })),
  );
  const body = p.actions.map((a) => {
    let status: HTMLElement;
    if (a.proposal) {
      const select = el(
        'select',
        { 'aria-label': `Status of ${a.where}` },
        el('option', { value: 'action', text: 'An action (as written)', selected: a.confirmed === 'action' }),
        el('option', { value: a.proposal.status, text: `${a.proposal.label} — proposed`, selected: a.confirmed === a.proposal.status }),
      );
      select.addEventListener('change', () => {
        corrections.statuses[a.id] = select.value as never;
      });
      status = el('td', {}, select, el('div', { class: 'secondary', text: a.proposal.reason }));
    } else status = cell(a.duplicate ? `Not added: ${a.duplicate}` : a.isDecision ? 'Decision' : 'Action');
    if (a.proposal && a.duplicate) status.append(el('div', { text: `Not added: ${a.duplicate}` }));
    return el(
      'tr',
      { class: a.duplicate ? 'duplicate' : undefined },
      cell(a.where),
      cell(a.ref),
      cell([a.agendaItem, a.subject].filter(Boolean).join(' · ')),
      cell(dmy(a.meetingDate)),
      cell(a.text),
      cell(a.responsible),
      cell(datesText(a)),
      status,
    );
  });
  return el('table', {}, el('thead', {}, head), el('tbody', {}, ...body));
}

function render(p: ImportPreview, refresh: () => void): void {
  const root = byId('preview');
  byId('summary').textContent = p.summary;
  const sections: HTMLElement[] = [];
  if (p.warnings.length)
    sections.push(
      el(
        'section',
        {},
        el('h2', { text: `To check (${p.warnings.length})` }),
        el('ul', { class: 'warnings' }, ...p.warnings.map((w) => el('li', { text: w }))),
      ),
    );
  for (const t of p.tables) sections.push(el('section', {}, mapping(t, refresh)));
  if (p.meetings.length) {
    sections.push(
      el(
        'section',
        {},
        el('h2', { text: 'Meetings' }),
        ...p.meetings.map((m) =>
          el('p', {
            text: `${dmy(m.date)} ${m.board}, ${m.time}, ${m.venue}. Present: ${m.attendees.join(', ')}. Apologies: ${m.apologies.join(', ') || 'none'}.${m.duplicate ? ` Not added: ${m.duplicate}.` : ''}`,
          }),
        ),
      ),
    );
  }
  if (p.actions.length) sections.push(el('section', {}, el('h2', { text: `Actions (${p.actions.length})` }), actionsTable(p)));
  if (p.forwardPlan.length) {
    sections.push(
      el(
        'section',
        {},
        el('h2', { text: `Forward plan (${p.forwardPlan.length})` }),
        el(
          'table',
          {},
          el('thead', {}, el('tr', {}, ...['Where', 'Item', 'Responsible', 'Due', 'As written'].map((h) => el('th', { text: h })))),
          el(
            'tbody',
            {},
            ...p.forwardPlan.map((f) =>
              el(
                'tr',
                { class: f.duplicate ? 'duplicate' : undefined },
                cell(f.where),
                cell(f.item),
                cell(f.responsible),
                cell(dmy(f.dueDate)),
                cell(f.duplicate ? `Not added: ${f.duplicate}` : f.dueText),
              ),
            ),
          ),
        ),
      ),
    );
  }
  if (p.recommendations.length) {
    sections.push(
      el(
        'section',
        {},
        el('h2', { text: `Recommendations (${p.recommendations.length})${p.review?.title ? ` for review “${p.review.title}”` : ''}` }),
        el(
          'table',
          {},
          el(
            'thead',
            {},
            el(
              'tr',
              {},
              ...['Where', 'No.', 'Recommendation', 'Accepted', 'Response · Proposed action', 'Lead officer', 'Deadline', 'Progress'].map((h) =>
                el('th', { text: h }),
              ),
            ),
          ),
          el(
            'tbody',
            {},
            ...p.recommendations.map((r) =>
              el(
                'tr',
                { class: r.duplicate ? 'duplicate' : undefined },
                cell(r.duplicate ? `${r.where}\nNot added: ${r.duplicate}` : r.where),
                cell(r.number),
                cell(r.recommendation),
                cell([r.accepted, r.reason].filter(Boolean).join(': ')),
                cell([r.response, r.proposedAction].filter(Boolean).join('\n')),
                cell(r.leadOfficer),
                cell(r.deadline),
                cell(r.progress),
              ),
            ),
          ),
        ),
      ),
    );
  }
  if (p.newOfficers.length) {
    sections.push(
      el(
        'section',
        {},
        el('h2', { text: 'New people: tick those to add to Officers' }),
        ...p.newOfficers.map((o) => {
          const box = el('input', { type: 'checkbox', checked: corrections.addOfficers.includes(o.name) });
          box.addEventListener('change', () => {
            corrections.addOfficers = box.checked ? [...corrections.addOfficers, o.name] : corrections.addOfficers.filter((n) => n !== o.name);
          });
          return el('label', { class: 'check' }, box, `${o.name} (${o.where})`);
        }),
      ),
    );
  }
  root.replaceChildren(...sections);
}

start(async () => {
  const save = byId<HTMLButtonElement>('save');
  const previewButton = byId<HTMLButtonElement>('preview-button');
  const box = byId<HTMLTextAreaElement>('paste');
  save.textContent = 'Import';
  byId('close').addEventListener('click', closeDialog);
  box.addEventListener('paste', (event) => {
    const data = event.clipboardData;
    if (!data) return;
    event.preventDefault();
    pasted = { html: data.getData('text/html'), text: data.getData('text/plain') };
    box.value = pasted.text;
    corrections = { tables: {}, statuses: {}, addOfficers: [] };
    void refresh();
  });
  box.addEventListener('input', () => {
    pasted = undefined;
    previewed = false;
    save.disabled = true;
  });

  async function refresh(): Promise<void> {
    const sent = input();
    const checked = checkForm(importInput, sent);
    if (!checked.ok) {
      showErrors(byId('form'), checked.fields, checked.message);
      return;
    }
    setBusy(previewButton, true, 'Reading…');
    showMessage('Reading the paste…');
    const result = await callServer<ImportPreview>('importPreview', sent);
    setBusy(previewButton, false);
    if (!result.ok) {
      showErrors(byId('form'), result.fields, result.message);
      return;
    }
    render(result.value, () => void refresh());
    const c = result.value.counts;
    const hadReview = !byId('review-fields').hidden;
    byId('review-fields').hidden = result.value.recommendations.length === 0;
    // The review fields appear with the first recommendations table; its recommendations count once they are filled in.
    if (!hadReview && result.value.recommendations.length) byId<HTMLInputElement>('reviewTitle').focus();
    previewed = c.actions + c.forwardPlan + c.meetings + c.officers + c.recommendations > 0;
    save.disabled = !previewed;
    const needsReview = result.value.recommendations.length > 0 && !(result.value.review?.title && result.value.review.dateReported);
    const waiting = needsReview ? 'Give the review’s title and the date it was reported, then Preview again.' : result.value.summary;
    showMessage(previewed ? 'Check the preview, then Import.' : waiting, previewed ? 'info' : 'error');
  }
  previewButton.addEventListener('click', () => void refresh());

  byId<HTMLFormElement>('form').addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!previewed || save.disabled) return;
    setBusy(save, true, 'Importing…');
    showMessage('Importing…');
    const result = await callServer<ImportResult>('importCommit', input());
    setBusy(save, false);
    if (!result.ok) {
      showErrors(byId('form'), result.fields, result.message);
      return;
    }
    previewed = false;
    save.disabled = true;
    showMessage(result.value.message, 'success');
    await refresh();
    showMessage(result.value.message, 'success');
  });
  ready(save, box);
  save.disabled = true; // on once a preview has something to import
});
