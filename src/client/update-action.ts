/** Update selected action: a dated commentary line, a new date for report, or completion. */
import type { SavedUpdate, UpdateDialogData } from '../core/capture/dialog-data';
import { checkForm, updateForm, type UpdateFormInput } from '../core/capture/schemas';
import { byId, callServer, clearErrors, closeDialog, dmy, el, setBusy, showErrors, showMessage, start } from './common';

let current: UpdateDialogData | undefined;

function showAction(data: UpdateDialogData): void {
  const line = (label: string, value: string) => (value ? el('div', {}, el('strong', { text: `${label}: ` }), value) : '');
  byId('action').replaceChildren(
    el('div', { class: 'ref', text: `${data.ref} (row ${data.row})` }),
    line('Action', data.text),
    line('Responsible', data.responsible),
    line('First date for report', dmy(data.firstDueDate)),
    line('Date for report', dmy(data.dueDate)),
    line('Completed', dmy(data.completedDate)),
    line('Status', data.status),
    line('Commentary', data.commentary),
    ...data.problems.map((p) => el('div', { class: 'error', text: p })),
  );
  byId<HTMLInputElement>('complete').checked = Boolean(data.completedDate);
  byId<HTMLInputElement>('complete').disabled = Boolean(data.completedDate);
}

function collect(): UpdateFormInput {
  const complete = byId<HTMLInputElement>('complete');
  return {
    row: current?.row ?? 0,
    ref: current?.ref ?? '',
    note: byId<HTMLTextAreaElement>('note').value,
    dueDate: byId<HTMLInputElement>('dueDate').value,
    complete: complete.checked && !complete.disabled,
    completedDate: byId<HTMLInputElement>('completedDate').value,
  };
}

async function load(): Promise<boolean> {
  const loaded = await callServer<UpdateDialogData>('captureUpdateDialog');
  if (!loaded.ok) {
    showMessage(loaded.message, 'error');
    byId<HTMLButtonElement>('save').disabled = true;
    return false;
  }
  current = loaded.value;
  showAction(current);
  return true;
}

start(async () => {
  const form = byId<HTMLFormElement>('form');
  const save = byId<HTMLButtonElement>('save');
  byId('close').addEventListener('click', closeDialog);
  byId('complete').addEventListener('change', () => {
    const date = byId<HTMLInputElement>('completedDate');
    if (byId<HTMLInputElement>('complete').checked && !date.value && current) date.value = dmy(current.today);
  });
  showMessage('Loading the selected action…');
  if (!(await load())) return;
  showMessage('');
  document.body.dataset.ready = 'yes';

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (save.disabled) return;
    const input = collect();
    const checked = checkForm(updateForm, input);
    if (!checked.ok) {
      showErrors(form, checked.fields, checked.message);
      return;
    }
    clearErrors(form);
    setBusy(save, true);
    showMessage('Saving…');
    const result = await callServer<SavedUpdate>('captureSaveUpdate', input);
    setBusy(save, false);
    if (!result.ok) {
      showErrors(form, result.fields, result.message);
      return;
    }
    const r = result.value;
    byId<HTMLTextAreaElement>('note').value = '';
    byId<HTMLInputElement>('dueDate').value = '';
    await load();
    showMessage(`${r.ref} saved: ${r.status}${r.overdue ? ' (overdue)' : ''}.${r.linkedUpdated ? ' The linked forward plan entry follows.' : ''}`, 'success');
  });
});
