/**
 * The paper dialog (Generate action log… / Generate agenda… / Draft minutes…): the meeting
 * picked from Meetings, then the paper made, with what happened shown as links and lists (text
 * only, never parsed as HTML).
 */
import type { PaperDialogData, PaperView } from '../core/papers/dialog-data';
import { byId, callServer, closeDialog, el, ready, setBusy, showMessage, showNotice, start } from './common';

function showResult(view: PaperView): void {
  const box = byId('result');
  const list = (items: readonly string[]) => el('ul', {}, ...items.map((t) => el('li', { text: t })));
  box.replaceChildren(
    el('h2', { text: view.name }),
    el(
      'p',
      {},
      el('a', { href: view.docUrl, target: '_blank', rel: 'noopener', id: 'doc-link', text: 'Open the Doc' }),
      ...(view.pdfUrl ? [' · ', el('a', { href: view.pdfUrl, target: '_blank', rel: 'noopener', id: 'pdf-link', text: 'Open the PDF' })] : []),
    ),
    el('p', { text: view.outcomeText }),
    ...view.notes.map((n) => el('p', { text: n })),
    ...(view.leftOut.length ? [el('p', { text: 'Left out of this paper:' }), list(view.leftOut)] : []),
    ...(view.docsApiHowTo ? [el('p', { text: view.docsApiHowTo })] : []),
    ...(view.unreadable.length
      ? [
          el('p', {
            text: `${view.unreadable.length === 1 ? 'This cell' : `These ${view.unreadable.length} cells`} could not be read, so the paper shows ${view.unreadable.length === 1 ? 'it' : 'them'} blank; correct ${view.unreadable.length === 1 ? 'it' : 'them'} and make the paper again:`,
          }),
          list(view.unreadable),
        ]
      : []),
  );
}

start(async () => {
  const make = byId<HTMLButtonElement>('save');
  byId('close').addEventListener('click', closeDialog);
  const kind = document.getElementById('paper-kind')?.dataset.kind ?? '';
  showMessage('Loading meetings…');
  const loaded = await callServer<PaperDialogData>('papersDialog', kind);
  if (!loaded.ok) {
    showMessage(loaded.message, 'error');
    return;
  }
  const data = loaded.value;
  showMessage('');
  make.textContent = `Make the ${data.paper}`;
  const select = byId<HTMLSelectElement>('meeting');
  select.replaceChildren(...data.meetings.map((m) => el('option', { value: m.date, text: m.label })));
  const shape = byId<HTMLSelectElement>('shape');
  if (data.shapes) {
    // The monitoring report: a review (in the first list) and the shape it takes.
    const label = document.querySelector('label[for="meeting"]');
    if (label) label.replaceChildren('Review ', el('span', { class: 'hint', text: 'from Recommendations' }));
    shape.replaceChildren(...data.shapes.map((s) => el('option', { value: s.value, text: s.label })));
    byId('shape-field').hidden = false;
    showNotice(`Choose the review and the shape of the ${data.paper}. Making it again for the same review and shape updates the one made before.`);
  } else {
    showNotice(`Choose the meeting the ${data.paper} is for. Making it again for the same meeting updates the one made before.`);
  }
  byId('form').addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      setBusy(make, true, `Making the ${data.paper}…`);
      showMessage(`Making the ${data.paper}: this can take a minute.`);
      const made = await callServer<PaperView>('papersGenerate', data.kind, select.value, data.shapes ? shape.value : undefined);
      setBusy(make, false);
      if (!made.ok) {
        showMessage(made.message, 'error');
        return;
      }
      showMessage(`${made.value.name} is ready.`, 'success');
      showResult(made.value);
    })();
  });
  ready(make, select);
});
