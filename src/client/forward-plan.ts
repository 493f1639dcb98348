/** Add to forward plan: a report due at a future meeting, or with a free-text completion. */
import type { ForwardPlanDialogData, SavedForwardPlan } from '../core/capture/dialog-data';
import { forwardPlanForm, type ForwardPlanFormInput } from '../core/capture/schemas';
import { peopleOf } from '../core/capture/people';
import { byId, closeDialog, el, fillDatalist, handleForm, loadData, officerHint, ready, showNotice, start } from './common';

function collect(): ForwardPlanFormInput {
  const value = (id: string) => byId<HTMLInputElement>(id).value;
  return {
    source: value('source'),
    item: value('item'),
    responsible: value('responsible'),
    dueDate: value('dueDate'),
    dueText: value('dueText'),
    linkedRef: value('linkedRef'),
  };
}

start(async () => {
  const save = byId<HTMLButtonElement>('save');
  byId('close').addEventListener('click', closeDialog);
  const data = await loadData<ForwardPlanDialogData>('captureForwardPlanDialog', 'Loading meetings…', byId('item'));
  byId<HTMLSelectElement>('dueDate').replaceChildren(
    el('option', { value: '', text: data.meetings.length ? 'Choose a meeting…' : 'No future meetings yet' }),
    ...data.meetings.map((m) => el('option', { value: m.date, text: m.label })),
  );
  fillDatalist(byId<HTMLDataListElement>('officers'), data.officers);
  const people = peopleOf(data.officers);
  officerHint(byId<HTMLInputElement>('responsible'), () => people);
  fillDatalist(byId<HTMLDataListElement>('refs'), data.refs);
  const missing = [
    data.meetings.length ? '' : 'No future meetings yet: say when it is due, or add the meeting with Action Log ▸ Add meeting… first.',
    data.officers.length ? '' : 'No officers yet: type the responsible officer, or list them on the Officers tab to pick them here.',
  ].filter(Boolean);
  showNotice(missing.join(' '));

  handleForm<ForwardPlanFormInput, SavedForwardPlan>(byId('form'), save, {
    collect,
    schema: forwardPlanForm,
    server: 'captureSaveForwardPlan',
    enter: 'save',
    saved(value) {
      byId<HTMLTextAreaElement>('item').value = '';
      byId('item').focus();
      return `Added to the forward plan (row ${value.row}). Add another, or close.`;
    },
  });
  ready(save, byId('item'));
});
