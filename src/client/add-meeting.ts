/** Add meeting: one row in Meetings; names not in Officers are offered to be added there. */
import type { MeetingDialogData, SavedMeeting } from '../core/capture/dialog-data';
import { checkForm, meetingForm, type MeetingFormInput } from '../core/capture/schemas';
import { byId, callServer, clearErrors, closeDialog, el, fillDatalist, setBusy, showErrors, showMessage, start } from './common';

let known = new Set<string>();

/** A picker: type or pick a name, Add puts it in the list (with "add to Officers" when new). */
function namePicker(inputId: string, buttonId: string, listId: string): void {
  const input = byId<HTMLInputElement>(inputId);
  const list = byId<HTMLUListElement>(listId);
  const add = () => {
    const name = input.value.trim();
    input.value = '';
    if (!name || [...list.querySelectorAll<HTMLElement>('li')].some((li) => li.dataset.name?.toLowerCase() === name.toLowerCase())) return;
    const remove = el('button', { type: 'button', class: 'link', text: 'Remove' });
    const li = el('li', {}, el('span', { text: name }));
    li.dataset.name = name;
    if (!known.has(name.toLowerCase())) {
      li.append(el('label', {}, el('input', { type: 'checkbox', class: 'add-officer', checked: true }), ' add to Officers'));
    }
    li.append(remove);
    remove.addEventListener('click', () => li.remove());
    list.append(li);
  };
  byId(buttonId).addEventListener('click', add);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  });
}

function names(listId: string): string[] {
  return [...byId(listId).querySelectorAll<HTMLElement>('li')].map((li) => li.dataset.name ?? '');
}

function collect(): MeetingFormInput {
  const value = (id: string) => byId<HTMLInputElement>(id).value;
  const addOfficers = [...document.querySelectorAll<HTMLInputElement>('.add-officer')]
    .filter((c) => c.checked).map((c) => c.closest('li')?.dataset.name ?? '');
  return {
    date: value('date'), board: value('board'), title: value('title'), time: value('time'), venue: value('venue'),
    attendees: names('attendees'), apologies: names('apologies'), addOfficers,
  };
}

start(async () => {
  const form = byId<HTMLFormElement>('form');
  const save = byId<HTMLButtonElement>('save');
  byId('close').addEventListener('click', closeDialog);
  namePicker('attendee-name', 'add-attendee', 'attendees');
  namePicker('apology-name', 'add-apology', 'apologies');
  showMessage('Loading officers…');
  const loaded = await callServer<MeetingDialogData>('captureMeetingDialog');
  if (!loaded.ok) {
    showMessage(loaded.message, 'error');
    return;
  }
  known = new Set(loaded.value.officers.map((n) => n.toLowerCase()));
  fillDatalist(byId<HTMLDataListElement>('officers'), loaded.value.officers);
  fillDatalist(byId<HTMLDataListElement>('boards'), loaded.value.boards);
  if (loaded.value.boards.length === 1) byId<HTMLInputElement>('board').value = loaded.value.boards[0]!;
  showMessage('');
  document.body.dataset.ready = 'yes';

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (save.disabled) return;
    const input = collect();
    const checked = checkForm(meetingForm, input);
    if (!checked.ok) {
      showErrors(form, checked.fields, checked.message);
      return;
    }
    clearErrors(form);
    setBusy(save, true);
    showMessage('Saving…');
    const result = await callServer<SavedMeeting>('captureSaveMeeting', input);
    setBusy(save, false);
    if (!result.ok) {
      showErrors(form, result.fields, result.message);
      return;
    }
    const added = result.value.addedOfficers;
    showMessage(`Meeting added to Meetings (row ${result.value.row}).${added.length ? ` Added to Officers: ${added.join(', ')}.` : ''}`, 'success');
    save.disabled = true;
  });
});
