/**
 * Add meeting: one row in Meetings. Each name typed is matched against Officers with the alerts'
 * matcher (core/capture/people.ts): an officer is listed by their Officers name, a near miss is
 * offered as "Did you mean …?", several names in one box become one each, and a new name is
 * added to Officers only if its "add to Officers" box is ticked (it starts unticked).
 */
import type { MeetingDialogData, SavedMeeting } from '../core/capture/dialog-data';
import { peopleOf, proposePeople, type People, type Proposal } from '../core/capture/people';
import { meetingForm, type MeetingFormInput } from '../core/capture/schemas';
import { byId, closeDialog, el, fillDatalist, handleForm, loadData, ready, removeWithUndo, showMessage, showNotice, start } from './common';

let people: People = peopleOf([]);

function listed(list: HTMLUListElement, name: string): boolean {
  return [...list.querySelectorAll<HTMLElement>('li')].some((li) => li.dataset.name?.toLowerCase() === name.toLowerCase());
}

/** One name in the list, with what the matcher made of it. */
function nameItem(list: HTMLUListElement, input: HTMLInputElement, proposal: Proposal): HTMLLIElement | undefined {
  const name = proposal.kind === 'officer' ? proposal.name : proposal.typed;
  if (listed(list, name)) return undefined;
  const li = el('li', {}, el('span', { class: 'name', text: name }));
  li.dataset.name = name;
  li.dataset.match = proposal.kind;
  const remove = el('button', { type: 'button', class: 'link', text: 'Remove', 'aria-label': `Remove ${name}` });
  if (proposal.kind === 'officer' && proposal.typed.toLowerCase() !== name.toLowerCase()) {
    li.append(el('span', { class: 'matched', text: `for "${proposal.typed}"` }));
  }
  if (proposal.kind === 'near' || proposal.kind === 'ambiguous') {
    const ask = el('span', { class: 'did-you-mean' }, proposal.kind === 'near' ? 'Did you mean ' : 'Which one: ');
    proposal.suggestions.forEach((s, i) => {
      if (i) ask.append(i === proposal.suggestions.length - 1 ? ' or ' : ', ');
      const use = el('button', { type: 'button', class: 'link use-officer', text: s });
      use.addEventListener('click', () => {
        const replacement = nameItem(list, input, { kind: 'officer', typed: proposal.typed, name: s });
        if (replacement) li.replaceWith(replacement);
        else li.remove();
        showMessage(`"${proposal.typed}" is now ${s}.`);
        input.focus();
      });
      ask.append(use);
    });
    ask.append('?');
    li.append(ask);
  }
  if (proposal.kind === 'near' || proposal.kind === 'new') {
    li.append(el('label', { class: 'check' }, el('input', { type: 'checkbox', class: 'add-officer' }), 'add to Officers'));
  }
  li.append(remove);
  remove.addEventListener('click', () => removeWithUndo(li, name));
  return li;
}

/** A picker: type or pick a name, Add (or Enter) puts each name in it in the list. */
function namePicker(inputId: string, buttonId: string, listId: string): void {
  const input = byId<HTMLInputElement>(inputId);
  const list = byId<HTMLUListElement>(listId);
  const add = () => {
    const text = input.value.trim();
    input.value = '';
    input.focus();
    for (const proposal of proposePeople(people, text)) {
      const li = nameItem(list, input, proposal);
      if (li) list.append(li);
    }
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
  const addOfficers = [...document.querySelectorAll<HTMLInputElement>('.add-officer')].filter((c) => c.checked).map((c) => c.closest('li')?.dataset.name ?? '');
  return {
    date: value('date'),
    board: value('board'),
    title: value('title'),
    time: value('time'),
    venue: value('venue'),
    attendees: names('attendees'),
    apologies: names('apologies'),
    addOfficers,
  };
}

start(async () => {
  const save = byId<HTMLButtonElement>('save');
  byId('close').addEventListener('click', closeDialog);
  namePicker('attendee-name', 'add-attendee', 'attendees');
  namePicker('apology-name', 'add-apology', 'apologies');
  const data = await loadData<MeetingDialogData>('captureMeetingDialog', 'Loading officers…', byId('date'));
  people = peopleOf(data.officers);
  fillDatalist(byId<HTMLDataListElement>('officers'), data.officers);
  fillDatalist(byId<HTMLDataListElement>('boards'), data.boards);
  if (data.boards.length === 1) byId<HTMLInputElement>('board').value = data.boards[0]!;
  if (!data.officers.length) showNotice('No officers yet: type each name below and tick "add to Officers" to start the Officers tab.');

  handleForm<MeetingFormInput, SavedMeeting>(byId('form'), save, {
    collect,
    schema: meetingForm,
    server: 'captureSaveMeeting',
    enter: 'next',
    saved(value) {
      save.disabled = true; // one meeting per opening: a second Save would add it twice
      byId('close').focus();
      const added = value.addedOfficers;
      return `Meeting added to Meetings (row ${value.row}).${added.length ? ` Added to Officers: ${added.join(', ')}.` : ''}`;
    },
  });
  ready(save, byId('date'));
});
