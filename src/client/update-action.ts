/** Update selected action: a dated commentary line, a new date for report, or completion. */
import type { SavedUpdate, UpdateDialogData } from '../core/capture/dialog-data';
import { updateForm, type UpdateFormInput } from '../core/capture/schemas';
import { byId, closeDialog, dmy, handleForm, loadData, ready, start } from './common';
import { completion, showCompletion, showRecord, wireCompletion } from './update-record';

let current: UpdateDialogData | undefined;

function showAction(data: UpdateDialogData): void {
  const fields: [string, string][] = [
    ['Action', data.text],
    ['Responsible', data.responsible],
    ['First date for report', dmy(data.firstDueDate)],
    ['Date for report', dmy(data.dueDate)],
    ['Completed', dmy(data.completedDate)],
    ['Status', data.status],
    ['Commentary', data.commentary],
  ];
  showRecord(byId('action'), data.ref, `row ${data.row} of Actions`, fields, data.problems);
  showCompletion(data.completedDate);
}

function collect(): UpdateFormInput {
  return {
    row: current?.row ?? 0,
    ref: current?.ref ?? '',
    note: byId<HTMLTextAreaElement>('note').value,
    dueDate: byId<HTMLInputElement>('dueDate').value,
    ...completion(),
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
  wireCompletion(() => current?.today);
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
