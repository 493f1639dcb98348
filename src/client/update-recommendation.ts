/** Update selected recommendation: a dated progress line, a new deadline, or completion. */
import {
  recommendationUpdateForm,
  type RecommendationDialogData,
  type RecommendationUpdateInput,
  type SavedRecommendation,
} from '../core/recommendations/update';
import { byId, closeDialog, dmy, handleForm, loadData, ready, start } from './common';
import { completion, showCompletion, showRecord, wireCompletion } from './update-record';

let current: RecommendationDialogData | undefined;

function show(data: RecommendationDialogData): void {
  const fields: [string, string][] = [
    ['Review', data.review],
    ['Recommendation', data.recommendation],
    ['Lead', data.lead],
    ['Deadline', data.deadline],
    ['Completed', dmy(data.completedDate)],
    ['Status', data.status],
    ['Progress', data.progress],
  ];
  const heading = data.number ? `Recommendation ${data.number}` : 'Recommendation';
  showRecord(byId('recommendation'), heading, `row ${data.row} of Recommendations`, fields, data.problems);
  showCompletion(data.completedDate);
}

function collect(): RecommendationUpdateInput {
  return {
    row: current?.row ?? 0,
    review: current?.review ?? '',
    number: current?.number ?? '',
    note: byId<HTMLTextAreaElement>('note').value,
    deadline: byId<HTMLInputElement>('deadline').value,
    ...completion(),
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
  wireCompletion(() => current?.today);
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
