/** Record decisions and actions: agenda items, each with any number of decisions and actions. */
import { mentionsReportBack } from '../core/capture/commentary';
import type { RecordDialogData, SavedActions } from '../core/capture/dialog-data';
import { recordForm, type EntryFormInput, type RecordFormInput } from '../core/capture/schemas';
import { peopleOf, type People } from '../core/capture/people';
import { clip } from '../core/capture/schemas';
import {
  byId,
  checkField,
  closeDialog,
  el,
  field,
  fillDatalist,
  handleForm,
  loadData,
  officerHint,
  ready,
  removeWithUndo,
  setPath,
  showNotice,
  start,
} from './common';

let people: People = peopleOf([]);

const items = () => byId('items');

function entryBlock(kind: 'action' | 'decision'): HTMLElement {
  const kindSelect = el(
    'select',
    { 'data-field': 'kind' },
    el('option', { value: 'action', text: 'Action', selected: kind === 'action' }),
    el('option', { value: 'decision', text: 'Decision', selected: kind === 'decision' }),
  );
  const text = el('textarea', { 'data-field': 'text', rows: '2' });
  const responsible = el('input', { 'data-field': 'responsible', list: 'officers', autocomplete: 'off', placeholder: 'e.g. Gary Bowman / Janine Brown' });
  const dueDate = el('input', { 'data-field': 'dueDate', placeholder: 'e.g. 18/03/2010', autocomplete: 'off', inputmode: 'numeric' });
  const commentary = el('textarea', { 'data-field': 'commentary', rows: '1' });
  const reportBack = el('input', { type: 'checkbox', 'data-field': 'reportBack' });
  // "Report back to the meeting of …" in the text ticks the box, until the user sets it.
  reportBack.addEventListener('change', () => {
    reportBack.dataset.touched = 'yes';
  });
  text.addEventListener('input', () => {
    if (!reportBack.dataset.touched) reportBack.checked = kindSelect.value === 'action' && mentionsReportBack(text.value);
  });
  const remove = el('button', { type: 'button', class: 'link remove-entry', text: 'Remove', 'aria-label': `Remove this ${kind}` });
  const block = el(
    'div',
    { class: `entry ${kind}` },
    el(
      'div',
      { class: 'row' },
      field('Kind', kindSelect, { className: 'kind' }),
      field('Responsible officer', responsible),
      field('Date for report', dueDate, { hint: 'dd/mm/yyyy', className: 'date' }),
    ),
    field(kind === 'action' ? 'Action' : 'Decision', text),
    field('Commentary', commentary, { hint: 'optional' }),
    el('div', { class: 'entry-foot' }, checkField('Report back: also put it on the forward plan', reportBack), remove),
  );
  officerHint(responsible, () => people);
  const caption = block.querySelector<HTMLLabelElement>(`label[for="${text.id}"]`)!;
  kindSelect.addEventListener('change', () => {
    block.className = `entry ${kindSelect.value}`;
    remove.setAttribute('aria-label', `Remove this ${kindSelect.value}`);
    caption.textContent = kindSelect.value === 'action' ? 'Action' : 'Decision';
  });
  remove.addEventListener('click', () => removeWithUndo(block, `The ${kindSelect.value}${text.value.trim() ? ` "${clip(text.value.trim(), 40)}"` : ''}`));
  return block;
}

let itemCount = 0;
function itemBlock(): HTMLElement {
  itemCount += 1;
  const entries = el('div', { class: 'entries' });
  const addAction = el('button', { type: 'button', class: 'add-action', text: 'Add action' });
  const addDecision = el('button', { type: 'button', class: 'add-decision', text: 'Add decision' });
  // The accessible name starts with the visible words (WCAG 2.5.3): "Remove item 2".
  const remove = el('button', { type: 'button', class: 'link remove-item', text: 'Remove item', 'aria-label': `Remove item ${itemCount}` });
  const agendaItem = el('input', { 'data-field': 'agendaItem', placeholder: 'e.g. 3.2', autocomplete: 'off' });
  const block = el(
    'fieldset',
    { class: 'item' },
    el('legend', { text: `Agenda item ${itemCount}` }),
    el(
      'div',
      { class: 'item-head row' },
      field('Item no.', agendaItem, { className: 'narrow' }),
      field('Subject', el('input', { 'data-field': 'subject', autocomplete: 'off', placeholder: 'e.g. Healthy weight strategy' })),
      remove,
    ),
    entries,
    el('div', { class: 'item-buttons' }, addAction, addDecision),
  );
  const addEntry = (kind: 'action' | 'decision') => {
    const entry = entryBlock(kind);
    entries.append(entry);
    entry.querySelector<HTMLElement>('[data-field="text"]')?.focus();
  };
  addAction.addEventListener('click', () => addEntry('action'));
  addDecision.addEventListener('click', () => addEntry('decision'));
  const number = itemCount;
  remove.addEventListener('click', () => {
    const subject = (block.querySelector<HTMLInputElement>('[data-field="subject"]')?.value ?? '').trim();
    removeWithUndo(block, `Agenda item ${number}${subject ? ` (${clip(subject, 40)})` : ''}`);
  });
  entries.append(entryBlock('action'));
  return block;
}

function control<T extends HTMLElement>(root: HTMLElement, name: string): T {
  const found = root.querySelector<T>(`[data-field="${name}"]`);
  if (!found) throw new Error(`missing ${name}`);
  return found;
}

/** The form as typed, with each control given its path so errors land beside it. */
function collect(): RecordFormInput {
  const meeting = byId<HTMLSelectElement>('meeting');
  return {
    meetingDate: meeting.value,
    items: [...items().querySelectorAll<HTMLElement>(':scope > .item')].map((itemEl, i) => {
      const head = itemEl.querySelector<HTMLElement>('.item-head')!;
      const agendaItem = control<HTMLInputElement>(head, 'agendaItem');
      const subject = control<HTMLInputElement>(head, 'subject');
      setPath(agendaItem, `items.${i}.agendaItem`);
      setPath(subject, `items.${i}.subject`);
      const entries = [...itemEl.querySelectorAll<HTMLElement>('.entry')].map((entryEl, j): EntryFormInput => {
        const get = <T extends HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(name: string) => {
          const c = control<T>(entryEl, name);
          setPath(c, `items.${i}.entries.${j}.${name}`);
          return c;
        };
        return {
          kind: get<HTMLSelectElement>('kind').value as 'action' | 'decision',
          text: get<HTMLTextAreaElement>('text').value,
          responsible: get<HTMLInputElement>('responsible').value,
          dueDate: get<HTMLInputElement>('dueDate').value,
          commentary: get<HTMLTextAreaElement>('commentary').value,
          reportBack: get<HTMLInputElement>('reportBack').checked,
        };
      });
      return { agendaItem: agendaItem.value, subject: subject.value, entries };
    }),
  };
}

function showSaved(saved: SavedActions): void {
  const first = saved.refs[0];
  const last = saved.refs[saved.refs.length - 1];
  byId('saved').replaceChildren(
    el('p', {
      text: `Saved ${saved.refs.length === 1 ? '1 row' : `${saved.refs.length} rows`} to Actions${saved.forwardPlan ? ` and ${saved.forwardPlan} to the forward plan` : ''}: ${first === last ? first : `${first} to ${last}`}.`,
    }),
    el('ul', {}, ...saved.refs.map((ref) => el('li', { class: 'ref', text: ref }))),
  );
}

/** A fresh first item, its first box focused. */
function freshItems(): void {
  itemCount = 0;
  items().replaceChildren(itemBlock());
}

start(async () => {
  const save = byId<HTMLButtonElement>('save');
  byId('close').addEventListener('click', closeDialog);
  byId('add-item').addEventListener('click', () => {
    const block = itemBlock();
    items().append(block);
    block.querySelector<HTMLElement>('[data-field="agendaItem"]')?.focus();
  });
  const data = await loadData<RecordDialogData>('captureRecordDialog', 'Loading meetings…', byId('meeting'));
  const meeting = byId<HTMLSelectElement>('meeting');
  meeting.replaceChildren(
    el('option', { value: '', text: data.meetings.length ? 'Choose a meeting…' : 'No meetings yet' }),
    ...data.meetings.map((m) => el('option', { value: m.date, text: m.label, selected: m.date === data.defaultMeeting })),
  );
  fillDatalist(byId<HTMLDataListElement>('officers'), data.officers);
  people = peopleOf(data.officers);
  freshItems();
  if (!data.meetings.length) showNotice('No meetings yet: add one with Action Log ▸ Add meeting… first, then record its decisions and actions here.');
  else if (!data.officers.length) showNotice('No officers yet: type who is responsible as you go, or list them on the Officers tab to pick them here.');

  handleForm<RecordFormInput, SavedActions>(byId('form'), save, {
    collect,
    schema: recordForm,
    server: 'captureSaveActions',
    enter: 'next',
    saved(value) {
      showSaved(value);
      freshItems();
      items().querySelector<HTMLElement>('[data-field="agendaItem"]')?.focus();
      return 'Saved. Add more for this meeting, or close.';
    },
  });
  ready(save, meeting.value ? (items().querySelector<HTMLElement>('[data-field="agendaItem"]') ?? meeting) : meeting);
});
