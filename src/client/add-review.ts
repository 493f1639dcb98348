/** Add review: the review (title, body, date reported) and any number of its recommendations. */
import { addReviewForm, ACCEPTED_CHOICES, type AddReviewDialogData, type AddReviewInput, type SavedReview } from '../core/recommendations/add-review';
import { clip } from '../core/capture/schemas';
import { byId, closeDialog, el, field, fillDatalist, handleForm, loadData, ready, removeWithUndo, setPath, showNotice, start } from './common';

const recs = () => byId('recs');
let count = 0;

function recBlock(): HTMLElement {
  count += 1;
  const n = count;
  const accepted = el('select', { 'data-field': 'accepted' }, ...ACCEPTED_CHOICES.map((c) => el('option', { value: c, text: c || 'Not yet known' })));
  const text = el('textarea', { 'data-field': 'recommendation', rows: '2' });
  const remove = el('button', { type: 'button', class: 'link remove-rec', text: 'Remove recommendation', 'aria-label': `Remove recommendation ${n}` });
  const block = el(
    'fieldset',
    { class: 'rec' },
    el('legend', { text: `Recommendation ${n}` }),
    el(
      'div',
      { class: 'row' },
      field('No.', el('input', { 'data-field': 'number', autocomplete: 'off', placeholder: `e.g. ${String(n).padStart(2, '0')}` }), { className: 'narrow' }),
      field('Accepted', accepted),
      field('Deadline', el('input', { 'data-field': 'deadline', autocomplete: 'off', placeholder: 'e.g. March 2011' }), { hint: 'a day, month or span' }),
    ),
    field('Recommendation', text),
    field('Reason', el('input', { 'data-field': 'reason', autocomplete: 'off' }), { hint: 'when not accepted, or in part' }),
    el(
      'div',
      { class: 'row' },
      field('Lead officer', el('input', { 'data-field': 'leadOfficer', list: 'officers', autocomplete: 'off', placeholder: 'e.g. Gary Bowman' })),
      field('Lead member', el('input', { 'data-field': 'leadMember', autocomplete: 'off', placeholder: 'e.g. Cllr Ann Hughes' })),
    ),
    el('div', { class: 'rec-foot' }, remove),
  );
  remove.addEventListener('click', () => removeWithUndo(block, `Recommendation ${n}${text.value.trim() ? ` "${clip(text.value.trim(), 40)}"` : ''}`));
  return block;
}

function control<T extends HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(root: HTMLElement, name: string, path: string): T {
  const found = root.querySelector<T>(`[data-field="${name}"]`);
  if (!found) throw new Error(`missing ${name}`);
  setPath(found, path);
  return found;
}

function collect(): AddReviewInput {
  return {
    review: byId<HTMLInputElement>('review').value,
    reviewBody: byId<HTMLInputElement>('reviewBody').value,
    dateReported: byId<HTMLInputElement>('dateReported').value,
    recommendations: [...recs().querySelectorAll<HTMLElement>(':scope > .rec')].map((b, i) => {
      const v = (name: string) => control(b, name, `recommendations.${i}.${name}`).value;
      return {
        number: v('number'),
        recommendation: v('recommendation'),
        accepted: v('accepted') as (typeof ACCEPTED_CHOICES)[number],
        reason: v('reason'),
        leadOfficer: v('leadOfficer'),
        leadMember: v('leadMember'),
        deadline: v('deadline'),
      };
    }),
  };
}

function fresh(): void {
  count = 0;
  recs().replaceChildren(recBlock());
  for (const id of ['review', 'reviewBody', 'dateReported']) byId<HTMLInputElement>(id).value = '';
}

start(async () => {
  const save = byId<HTMLButtonElement>('save');
  byId('close').addEventListener('click', closeDialog);
  byId('add-rec').addEventListener('click', () => {
    const block = recBlock();
    recs().append(block);
    block.querySelector<HTMLElement>('[data-field="number"]')?.focus();
  });
  const data = await loadData<AddReviewDialogData>('recommendationAddReviewDialog', 'Loading officers…', byId('review'));
  fillDatalist(byId<HTMLDataListElement>('officers'), data.officers);
  fresh();
  showNotice('Type the review and its recommendations as reported; deadlines are kept as written. Save puts them on the Recommendations tab.');
  handleForm<AddReviewInput, SavedReview>(byId('form'), save, {
    collect,
    schema: addReviewForm,
    server: 'recommendationSaveReview',
    enter: 'next',
    saved(r) {
      byId('saved').replaceChildren(
        el('p', {
          text: `Saved “${r.review}”: ${r.rows} recommendation${r.rows === 1 ? '' : 's'}, rows ${r.firstRow} to ${r.firstRow + r.rows - 1} of Recommendations.`,
        }),
        ...r.notes.map((t) => el('p', { text: t })),
      );
      fresh();
      byId('review').focus();
      return 'Saved. Add another review, or close.';
    },
  });
  ready(save, byId('review'));
});
