/**
 * What *Update selected action…* and *Update selected recommendation…* share: the summary of the
 * row being updated (a heading, its fields, what could not be read) and the "Mark as completed"
 * box with its date, which is locked once the row is completed.
 */
import { byId, dmy, el } from './common';

/** The row's summary in `container`: `heading` and `where` ("· row 7 of Actions"), then the non-empty fields. */
export function showRecord(container: HTMLElement, heading: string, where: string, fields: readonly [string, string][], problems: readonly string[]): void {
  container.replaceChildren(
    el('h2', {}, el('span', { class: 'ref', text: heading }), el('span', { class: 'secondary', text: ` · ${where}` })),
    el('dl', {}, ...fields.filter(([, value]) => value).flatMap(([label, value]) => [el('dt', { text: label }), el('dd', { text: value })])),
    ...problems.map((p) => el('p', { class: 'problem', text: p })),
  );
}

/** The completion box as the row has it: ticked and locked when it is completed already. */
export function showCompletion(completedDate: string | undefined): void {
  const complete = byId<HTMLInputElement>('complete');
  const date = byId<HTMLInputElement>('completedDate');
  complete.checked = Boolean(completedDate);
  complete.disabled = Boolean(completedDate);
  date.value = dmy(completedDate);
  date.disabled = true;
}

/** Ticking the box offers today's date (from the dialog's data), unticking clears it. */
export function wireCompletion(today: () => string | undefined): void {
  const complete = byId<HTMLInputElement>('complete');
  complete.addEventListener('change', () => {
    const date = byId<HTMLInputElement>('completedDate');
    date.disabled = !complete.checked;
    const day = today();
    if (complete.checked && !date.value && day) date.value = dmy(day);
    if (!complete.checked) date.value = '';
  });
}

/** What the form sends: completion only when newly ticked (a completed row keeps its date). */
export function completion(): { complete: boolean; completedDate: string } {
  const complete = byId<HTMLInputElement>('complete');
  const toComplete = complete.checked && !complete.disabled;
  return { complete: toComplete, completedDate: toComplete ? byId<HTMLInputElement>('completedDate').value : '' };
}
