/**
 * The officers' update page (served by doGet): the officer's outstanding actions, each with its
 * own small form (a progress line, a new date for report, completed) and Save. Text is put on
 * the page with textContent only; every save is checked here with the server's own schema and
 * again by the server, which also checks the link. When the row changed since the page was
 * loaded, nothing is written: the new text is shown and the officer presses Save again to
 * confirm.
 */
import type { SaveResult } from '../core/capture/schemas';
import { checkForm } from '../core/capture/schemas';
import { officerUpdateForm, type OfficerSaveResult, type OfficerUpdateInput, type UpdatePageData } from '../core/updates/page';
import type { OfficerAction } from '../core/updates/items';
import { byId, callServer, dmy, el } from './common';

const token = document.body.dataset.token ?? '';

function message(text: string, kind: 'error' | 'info' | 'success' = 'info'): void {
  const box = byId('message');
  box.textContent = text;
  box.className = text ? `message ${kind}` : 'message';
}

function details(a: OfficerAction): HTMLElement {
  return el(
    'dl',
    {},
    el('dt', { text: 'Action' }),
    el('dd', { text: a.text }),
    el('dt', { text: 'Date for report' }),
    el('dd', { class: a.overdue ? 'overdue' : undefined, text: `${a.dueDate ? dmy(a.dueDate) : 'not set'}${a.overdue ? ' (overdue)' : ''}` }),
    el('dt', { text: 'Status' }),
    el('dd', { class: 'status', text: a.status }),
    el('dt', { text: 'Latest commentary' }),
    el('dd', { class: 'latest', text: a.latest || '—' }),
  );
}

function itemCard(initial: OfficerAction, today: string): HTMLElement {
  let item = initial;
  const id = `item-${item.ref.replace(/\W/g, '-')}`;
  const note = el('textarea', { id: `${id}-note`, rows: '2', 'data-field': 'note', placeholder: 'e.g. Report drafted; to the Board in April' });
  const due = el('input', { id: `${id}-due`, 'data-field': 'dueDate', autocomplete: 'off', inputmode: 'numeric', placeholder: 'dd/mm/yyyy' });
  const complete = el('input', { id: `${id}-complete`, type: 'checkbox', 'data-field': 'complete' });
  const save = el('button', { type: 'submit', class: 'action save', text: 'Save' });
  const msg = el('span', { class: 'item-message', role: 'status', 'aria-live': 'polite' });
  const info = el('div', {}, details(item));
  const form = el(
    'form',
    { class: 'item', 'data-ref': item.ref, novalidate: true },
    el('h2', {}, el('span', { class: 'ref', text: item.ref }), el('span', { text: item.subject })),
    info,
    el('div', { class: 'field' }, el('label', { for: note.id, text: 'Progress' }), note),
    el(
      'div',
      { class: 'row' },
      el('div', { class: 'field date' }, el('label', { for: due.id, text: 'Propose a new date for report' }), due),
      el('div', { class: 'field' }, el('label', { class: 'check' }, complete, ' Mark completed (today)')),
    ),
    el('div', { class: 'buttons' }, save, msg),
  );
  const say = (text: string, kind: 'error' | 'info' | 'success') => {
    msg.textContent = text;
    msg.className = `item-message ${kind}`;
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (save.disabled) return;
    const input: OfficerUpdateInput = {
      update: {
        row: Math.max(item.row, 2),
        ref: item.ref,
        note: note.value,
        dueDate: due.value,
        complete: complete.checked,
        completedDate: complete.checked ? dmy(today) : '',
      },
      version: item.version,
    };
    const checked = checkForm(officerUpdateForm, input);
    if (!checked.ok) {
      say(checked.message.replace(/^Nothing was saved: /, ''), 'error');
      return;
    }
    save.disabled = true;
    save.textContent = 'Saving…';
    say('', 'info');
    const result: SaveResult<OfficerSaveResult> = await callServer<OfficerSaveResult>('updatesSave', token, input);
    save.disabled = false;
    save.textContent = 'Save';
    if (!result.ok) {
      say(result.message, 'error');
      return;
    }
    const r = result.value;
    if (r.kind === 'changed') {
      item = r.item;
      form.querySelector('.changed')?.remove();
      info.replaceChildren(
        el('p', {
          class: 'changed',
          text: `Someone else changed ${item.ref} while this page was open, so your update was not saved. It now reads: date for report ${item.dueDate ? dmy(item.dueDate) : 'not set'}; latest commentary "${item.latest || '—'}". Check that your update still stands, then press Save again to add it.`,
        }),
        details(item),
      );
      say('Not saved: please check and confirm.', 'error');
      return;
    }
    info.replaceChildren(
      el('p', { class: 'saved-lines', text: `Saved: ${r.added.join('\n') || 'your change'}\nStatus: ${r.status}${r.overdue ? ' (overdue)' : ''}` }),
    );
    note.value = '';
    due.value = '';
    say(`${r.ref} saved.`, 'success');
    if (complete.checked) {
      form.classList.add('done');
      for (const c of [note, due, complete, save]) c.disabled = true;
    }
  });
  return form;
}

async function main(): Promise<void> {
  message('Loading your items…');
  const loaded = await callServer<UpdatePageData>('updatesPageData', token);
  if (!loaded.ok) {
    message(loaded.message, 'error');
    document.body.dataset.ready = 'refused';
    return;
  }
  const data = loaded.value;
  byId('title').textContent = `Your updates, ${data.officer}`;
  byId('lead').textContent =
    `For the ${data.meetingLabel}. ${data.deadline ? `Please give them ${data.deadline.startsWith('as soon') ? '' : 'by '}${data.deadline}. ` : ''}Each update is added to the action's commentary, dated and signed with your name.`;
  message(data.actions.length ? '' : 'You have no outstanding actions for this meeting. Thank you.');
  byId('items').replaceChildren(...data.actions.map((a) => itemCard(a, data.today)));
  byId('reports').replaceChildren(
    ...(data.reports.length
      ? [
          el('h2', { text: 'Reports due at this meeting' }),
          el('ul', {}, ...data.reports.map((r) => el('li', { text: `${r.item}${r.source ? ` (${r.source})` : ''}` }))),
        ]
      : []),
  );
  document.body.dataset.ready = 'yes';
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void main());
else void main();
