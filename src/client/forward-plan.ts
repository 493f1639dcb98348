/** Add to forward plan: a report due at a future meeting, or with a free-text completion. */
import type { ForwardPlanDialogData, SavedForwardPlan } from '../core/capture/dialog-data';
import { checkForm, forwardPlanForm, type ForwardPlanFormInput } from '../core/capture/schemas';
import { byId, callServer, clearErrors, closeDialog, el, fillDatalist, setBusy, showErrors, showMessage, start } from './common';

function collect(): ForwardPlanFormInput {
  const value = (id: string) => byId<HTMLInputElement>(id).value;
  return {
    source: value('source'), item: value('item'), responsible: value('responsible'),
    dueDate: value('dueDate'), dueText: value('dueText'), linkedRef: value('linkedRef'),
  };
}

start(async () => {
  const form = byId<HTMLFormElement>('form');
  const save = byId<HTMLButtonElement>('save');
  byId('close').addEventListener('click', closeDialog);
  showMessage('Loading meetings…');
  const loaded = await callServer<ForwardPlanDialogData>('captureForwardPlanDialog');
  if (!loaded.ok) {
    showMessage(loaded.message, 'error');
    return;
  }
  const data = loaded.value;
  byId<HTMLSelectElement>('dueDate').replaceChildren(
    el('option', { value: '', text: data.meetings.length ? 'No meeting: say when below' : 'No future meetings yet: say when below' }),
    ...data.meetings.map((m) => el('option', { value: m.date, text: m.label })));
  fillDatalist(byId<HTMLDataListElement>('officers'), data.officers);
  fillDatalist(byId<HTMLDataListElement>('refs'), data.refs);
  showMessage('');
  document.body.dataset.ready = 'yes';

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (save.disabled) return;
    const input = collect();
    const checked = checkForm(forwardPlanForm, input);
    if (!checked.ok) {
      showErrors(form, checked.fields, checked.message);
      return;
    }
    clearErrors(form);
    setBusy(save, true);
    showMessage('Saving…');
    const result = await callServer<SavedForwardPlan>('captureSaveForwardPlan', input);
    setBusy(save, false);
    if (!result.ok) {
      showErrors(form, result.fields, result.message);
      return;
    }
    showMessage(`Added to the forward plan (row ${result.value.row}).`, 'success');
    byId<HTMLTextAreaElement>('item').value = '';
  });
});
