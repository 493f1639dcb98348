/** Add meeting: one row in Meetings; names not in Officers are offered to be added there. */
import type { MeetingDialogData, SavedMeeting } from '../core/capture/dialog-data';
import { meetingForm, type MeetingFormInput } from '../core/capture/schemas';
import { byId, closeDialog, el, fillDatalist, handleForm, loadData, ready, showNotice, start } from './common';

let known = new Set<string>();

/** A picker: type or pick a name, Add (or Enter) puts it in the list (with "add to Officers" when new). */
function namePicker(inputId: string, buttonId: string, listId: string): void {
  const input = byId<HTMLInputElement>(inputId);
  const list = byId<HTMLUListElement>(listId);
  const add = () => {
    const name = input.value.trim();
    input.value = '';
    input.focus();
    if (!name || [...list.querySelectorAll<HTMLElement>('li')].some((li) => li.dataset.name?.toLowerCase() === name.toLowerCase())) return;
    const remove = el('button', { type: 'button', class: 'link', text: 'Remove', 'aria-label': `Remove ${name}` });
    const li = el('li', {}, el('span', { class: 'name', text: name }));
    li.dataset.name = name;
    if (!known.has(name.toLowerCase())) {
      li.append(el('label', { class: 'check' }, el('input', { type: 'checkbox', class: 'add-officer', checked: true }), 'add to Officers'));
    }
    li.append(remove);
    remove.addEventListener('click', () => {
      li.remove();
      input.focus();
    });
    list.append(li);
  };
  byId(buttonId).addEventListener('click', add);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && input.value.trim()) {
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
  const save = byId<HTMLButtonElement>('save');
  byId('close').addEventListener('click', closeDialog);
  namePicker('attendee-name', 'add-attendee', 'attendees');
  namePicker('apology-name', 'add-apology', 'apologies');
  const data = await loadData<MeetingDialogData>('captureMeetingDialog', 'Loading officers…');
  if (!data) return;
  known = new Set(data.officers.map((n) => n.toLowerCase()));
  fillDatalist(byId<HTMLDataListElement>('officers'), data.officers);
  fillDatalist(byId<HTMLDataListElement>('boards'), data.boards);
  if (data.boards.length === 1) byId<HTMLInputElement>('board').value = data.boards[0]!;
  if (!data.officers.length) showNotice('No officers yet: type each name below and tick "add to Officers" to start the Officers tab.');

  handleForm<MeetingFormInput, SavedMeeting>(byId('form'), save, {
    collect, schema: meetingForm, server: 'captureSaveMeeting', enter: 'next',
    saved(value) {
      save.disabled = true; // one meeting per opening: a second Save would add it twice
      byId('close').focus();
      const added = value.addedOfficers;
      return `Meeting added to Meetings (row ${value.row}).${added.length ? ` Added to Officers: ${added.join(', ')}.` : ''}`;
    },
  });
  ready(save, byId('date'));
});
