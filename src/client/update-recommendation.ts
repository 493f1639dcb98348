/** Update selected recommendation: a dated progress line, a new deadline, or completion. */
import {
  recommendationUpdateForm,
  type RecommendationDialogData,
  type RecommendationUpdateInput,
  type SavedRecommendation,
} from '../core/recommendations/update';
import { byId, closeDialog, dmy, el, handleForm, loadData, ready, start } from './common';

let current: RecommendationDialogData | undefined;

function show(data: RecommendationDialogData): void {
  const rows: [string, string][] = [
    ['Review', data.review],
    ['Recommendation', data.recommendation],
    ['Lead', data.lead],
    ['Deadline', data.deadline],
    ['Completed', dmy(data.completedDate)],
    ['Status', data.status],
    ['Progress', data.progress],
  ];
  byId('recommendation').replaceChildren(
    el(
      'h2',
      {},
      el('span', { class: 'ref', text: data.number ? `Recommendation ${data.number}` : 'Recommendation' }),
      el('span', { class: 'secondary', text: ` · row ${data.row} of Recommendations` }),
    ),
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

function collect(): RecommendationUpdateInput {
  const complete = byId<HTMLInputElement>('complete');
  const toComplete = complete.checked && !complete.disabled;
  return {
    row: current?.row ?? 0,
    review: current?.review ?? '',
    number: current?.number ?? '',
    note: byId<HTMLTextAreaElement>('note').value,
    deadline: byId<HTMLInputElement>('deadline').value,
    complete: toComplete,
    completedDate: toComplete ? byId<HTMLInputElement>('completedDate').value : '',
  };
}

async function load(save: HTMLButtonElement): Promise<boolean> {
  const data = await loadData<RecommendationDialogData>('recommendationUpdateDialog', 'Loading the selected recommendation…', byId('note'));
  if (!data) {
    save.disabled = true;
    return false;
  }
  current = data;
  show(current);
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

  handleForm<RecommendationUpdateInput, SavedRecommendation>(byId('form'), save, {
    collect,
    schema: recommendationUpdateForm,
    server: 'recommendationSaveUpdate',
    enter: 'save',
    async saved(r) {
      byId<HTMLTextAreaElement>('note').value = '';
      byId<HTMLInputElement>('deadline').value = '';
      await load(save);
      return `${r.name.replace(/^r/, 'R')} saved: ${r.status}${r.overdue ? ' (overdue)' : ''}.`;
    },
  });
  ready(save, byId('note'));
});
