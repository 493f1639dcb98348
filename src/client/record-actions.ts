/** Record decisions and actions: agenda items, each with any number of decisions and actions. */
import { mentionsReportBack } from '../core/capture/commentary';
import type { RecordDialogData, SavedActions } from '../core/capture/dialog-data';
import { checkForm, recordForm, type EntryFormInput, type RecordFormInput } from '../core/capture/schemas';
import { byId, callServer, clearErrors, closeDialog, el, field, fillDatalist, setBusy, setPath, showErrors, showMessage, start } from './common';

const items = () => byId('items');

function entryBlock(kind: 'action' | 'decision'): HTMLElement {
  const kindSelect = el('select', { 'data-field': 'kind' },
    el('option', { value: 'action', text: 'Action', selected: kind === 'action' }),
    el('option', { value: 'decision', text: 'Decision', selected: kind === 'decision' }));
  const text = el('textarea', { 'data-field': 'text', rows: '2' });
  const responsible = el('input', { 'data-field': 'responsible', list: 'officers', autocomplete: 'off', placeholder: 'e.g. Gary Bowman / Janine Brown' });
  const dueDate = el('input', { 'data-field': 'dueDate', placeholder: 'dd/mm/yyyy', autocomplete: 'off', inputmode: 'numeric' });
  const commentary = el('textarea', { 'data-field': 'commentary', rows: '1' });
  const reportBack = el('input', { type: 'checkbox', 'data-field': 'reportBack' });
  // "Report back to the meeting of …" in the text ticks the box, until the user sets it.
  reportBack.addEventListener('change', () => { reportBack.dataset.touched = 'yes'; });
  text.addEventListener('input', () => {
    if (!reportBack.dataset.touched) reportBack.checked = kindSelect.value === 'action' && mentionsReportBack(text.value);
  });
  const remove = el('button', { type: 'button', class: 'link remove-entry', text: 'Remove' });
  const block = el('div', { class: 'entry' },
    el('div', { class: 'row' }, field('Kind', kindSelect), field('Responsible officer', responsible), field('Date for report', dueDate)),
    field('Text', text),
    field('Commentary', commentary),
    el('div', { class: 'row' }, field('Report back: add to the forward plan', reportBack), remove));
  remove.addEventListener('click', () => block.remove());
  return block;
}

function itemBlock(): HTMLElement {
  const entries = el('div', { class: 'entries' });
  const addAction = el('button', { type: 'button', class: 'add-action', text: 'Add action' });
  const addDecision = el('button', { type: 'button', class: 'add-decision', text: 'Add decision' });
  const remove = el('button', { type: 'button', class: 'link remove-item', text: 'Remove item' });
  const block = el('fieldset', { class: 'item' },
    el('div', { class: 'item-head row' },
      field('Item', el('input', { 'data-field': 'agendaItem', placeholder: 'e.g. 3.2', class: 'short' })),
      field('Subject', el('input', { 'data-field': 'subject' })), remove),
    entries,
    el('div', { class: 'buttons' }, addAction, addDecision));
  addAction.addEventListener('click', () => entries.append(entryBlock('action')));
  addDecision.addEventListener('click', () => entries.append(entryBlock('decision')));
  remove.addEventListener('click', () => block.remove());
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
  const list = byId('saved');
  const first = saved.refs[0];
  const last = saved.refs[saved.refs.length - 1];
  list.replaceChildren(
    el('p', { text: `Saved ${saved.refs.length} row(s) to Actions${saved.forwardPlan ? ` and ${saved.forwardPlan} to the forward plan` : ''}: ${first === last ? first : `${first} to ${last}`}.` }),
    el('ul', {}, ...saved.refs.map((ref) => el('li', { class: 'ref', text: ref }))),
  );
}

start(async () => {
  const form = byId<HTMLFormElement>('form');
  const save = byId<HTMLButtonElement>('save');
  byId('close').addEventListener('click', closeDialog);
  byId('add-item').addEventListener('click', () => items().append(itemBlock()));
  showMessage('Loading meetings…');
  const loaded = await callServer<RecordDialogData>('captureRecordDialog');
  if (!loaded.ok) {
    showMessage(loaded.message, 'error');
    return;
  }
  const data = loaded.value;
  const meeting = byId<HTMLSelectElement>('meeting');
  meeting.replaceChildren(el('option', { value: '', text: 'Choose a meeting…' }),
    ...data.meetings.map((m) => el('option', { value: m.date, text: m.label, selected: m.date === data.defaultMeeting })));
  fillDatalist(byId<HTMLDataListElement>('officers'), data.officers);
  items().append(itemBlock());
  showMessage(data.meetings.length ? '' : 'There are no meetings yet: add one with Action Log ▸ Add meeting… first.', data.meetings.length ? 'info' : 'error');
  document.body.dataset.ready = 'yes';

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (save.disabled) return;
    const input = collect();
    // The same schema the server uses: errors show before anything is sent.
    const checked = checkForm(recordForm, input);
    if (!checked.ok) {
      showErrors(form, checked.fields, checked.message);
      return;
    }
    clearErrors(form);
    setBusy(save, true);
    showMessage('Saving…');
    const result = await callServer<SavedActions>('captureSaveActions', input);
    setBusy(save, false);
    if (!result.ok) {
      showErrors(form, result.fields, result.message);
      return;
    }
    showSaved(result.value);
    showMessage('Saved. Add more for this meeting, or close.', 'success');
    items().replaceChildren(itemBlock());
  });
});
