/** Update selected action: a dated commentary line, a new date for report, or completion. */
import type { SavedUpdate, UpdateDialogData } from '../core/capture/dialog-data';
import { updateForm, type UpdateFormInput } from '../core/capture/schemas';
import { byId, closeDialog, dmy, el, handleForm, loadData, ready, start } from './common';

let current: UpdateDialogData | undefined;

function showAction(data: UpdateDialogData): void {
  const rows: [string, string][] = [
    ['Action', data.text],
    ['Responsible', data.responsible],
    ['First date for report', dmy(data.firstDueDate)],
    ['Date for report', dmy(data.dueDate)],
    ['Completed', dmy(data.completedDate)],
    ['Status', data.status],
    ['Commentary', data.commentary],
  ];
  byId('action').replaceChildren(
    el('h2', {}, el('span', { class: 'ref', text: data.ref }), el('span', { class: 'secondary', text: ` · row ${data.row} of Actions` })),
    el('dl', {}, ...rows.filter(([, value]) => value).flatMap(([label, value]) => [el('dt', { text: label }), el('dd', { text: value })])),
    ...data.problems.map((p) => el('p', { class: 'problem', text: p })),
  );
  const complete = byId<HTMLInputElement>('complete');
  const date = byId<HTMLInputElement>('completedDate');
  complete.checked = Boolean(data.completedDate);
  complete.disabled = Boolean(data.completedDate);
  date.value = dmy(data.completedDate);
  date.disabled = true;
}

function collect(): UpdateFormInput {
  const complete = byId<HTMLInputElement>('complete');
  const toComplete = complete.checked && !complete.disabled;
  return {
    row: current?.row ?? 0,
    ref: current?.ref ?? '',
    note: byId<HTMLTextAreaElement>('note').value,
    dueDate: byId<HTMLInputElement>('dueDate').value,
    complete: toComplete,
    completedDate: toComplete ? byId<HTMLInputElement>('completedDate').value : '',
  };
}

/** Reads the action (again); if it cannot be read, Save stays off. */
async function load(save: HTMLButtonElement): Promise<boolean> {
  const data = await loadData<UpdateDialogData>('captureUpdateDialog', 'Loading the selected action…', byId('note'));
  if (!data) {
    save.disabled = true;
    return false;
  }
  current = data;
  showAction(current);
  return true;
}

start(async () => {
  const save = byId<HTMLButtonElement>('save');
  byId('close').addEventListener('click', closeDialog);
  const complete = byId<HTMLInputElement>('complete');
  complete.addEventListener('change', () => {
    const date = byId<HTMLInputElement>('completedDate');
    date.disabled = !complete.checked;
    if (complete.checked && !date.value && current) date.value = dmy(current.today);
    if (!complete.checked) date.value = '';
  });
  if (!(await load(save))) return;

  handleForm<UpdateFormInput, SavedUpdate>(byId('form'), save, {
    collect,
    schema: updateForm,
    server: 'captureSaveUpdate',
    enter: 'save',
    async saved(r) {
      byId<HTMLTextAreaElement>('note').value = '';
      byId<HTMLInputElement>('dueDate').value = '';
      await load(save);
      return `${r.ref} saved: ${r.status}${r.overdue ? ' (overdue)' : ''}.${r.linkedUpdated ? ' The linked forward plan entry follows.' : ''}`;
    },
  });
  ready(save, byId('note'));
});
