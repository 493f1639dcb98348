/**
 * Browser side of the dialogs, shared by every page: calling the server through
 * google.script.run (as a Promise that never rejects), loading the dialog's data, the save
 * routine (check with the server's own schema, "Saving…", errors beside their fields), messages
 * and field errors with textContent only (user text is never parsed as HTML), and the keyboard:
 *
 * - Enter in a one-line box saves (short forms) or moves to the next box (long forms, where an
 *   early Enter would save half an entry); Ctrl+Enter (⌘+Enter) saves from anywhere.
 * - Escape closes the dialog; with unsaved typing it asks for a second Escape first (Escape is
 *   also what dismisses a suggestion list, so one press must not throw the typing away).
 *
 * This runs in the user's browser, not in Apps Script: it is bundled per dialog by
 * scripts/build.mjs and inlined into the dialog's HTML, with src/html/partials/dialog.css.
 */
import { proposePeople, type People } from '../core/capture/people';
import { checkForm, type FieldErrors, type SaveResult } from '../core/capture/schemas';

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: unknown) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun; host: { close(): void } } };

/** Calls a server function; a failure (network, quota, a thrown error) becomes a readable message. */
export function callServer<T>(name: string, ...args: unknown[]): Promise<SaveResult<T>> {
  return new Promise((resolve) => {
    const runner = google.script.run
      .withSuccessHandler((value) => {
        if (value && typeof value === 'object' && 'ok' in value) resolve(value as SaveResult<T>);
        else resolve({ ok: false, message: 'The server sent an answer the dialog did not understand. Nothing was changed.', fields: {} });
      })
      .withFailureHandler((error) => resolve({ ok: false, message: failureText(error), fields: {} }));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      resolve({ ok: false, message: `The dialog could not reach the script (${name}). Close it and try again.`, fields: {} });
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}

/** First line only, never a stack trace. */
export function failureText(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const first = (text.split('\n')[0] ?? '').replace(/^(?:Exception|Error|ScriptError):\s*/, '').trim();
  return first ? `Nothing was changed: ${first}` : 'Nothing was changed: the script could not be reached. Please try again.';
}

export function closeDialog(): void {
  google.script.host.close();
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The dialog is missing #${id}`);
  return found as T;
}

type Attrs = Record<string, string | boolean | undefined>;

/** Builds an element; text goes in as textContent, never as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'text') node.textContent = String(value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

let lastId = 0;
/** An id unique in the page, for label for= and aria-describedby. */
export function uniqueId(prefix: string): string {
  lastId += 1;
  return `${prefix}-${lastId}`;
}

/**
 * A field as the static pages write it: label (for=) with an optional hint such as
 * "dd/mm/yyyy", the control, then the place its error is shown.
 */
export function field(label: string, control: HTMLElement, options: { hint?: string; className?: string } = {}): HTMLElement {
  control.id ||= uniqueId('f');
  const caption = el('label', { for: control.id }, label);
  if (options.hint) caption.append(' ', el('span', { class: 'hint', text: options.hint }));
  return el('div', { class: options.className ? `field ${options.className}` : 'field' }, caption, control, el('span', { class: 'error' }));
}

/** A checkbox with its words beside it (the label wraps it), and the place its error is shown. */
export function checkField(label: string, checkbox: HTMLInputElement): HTMLElement {
  return el('div', { class: 'field' }, el('label', { class: 'check' }, checkbox, label), el('span', { class: 'error' }));
}

/** The error place of a control: in its .field. */
function errorOf(control: HTMLElement): HTMLElement | null {
  return control.closest('.field')?.querySelector<HTMLElement>(':scope > .error') ?? null;
}

/** Gives a control (and its error place) its path in the form, e.g. "items.0.entries.1.dueDate". */
export function setPath(control: HTMLElement, path: string): void {
  control.dataset.path = path;
  const error = errorOf(control);
  if (error) error.dataset.errorFor = path;
}

function clearError(control: HTMLElement): void {
  if (!control.hasAttribute('aria-invalid')) return;
  control.removeAttribute('aria-invalid');
  const error = errorOf(control);
  if (error) error.textContent = '';
}

/** Shows each message beside its field; messages with no field go to the message line. Returns the first control in error. */
export function showErrors(root: ParentNode, fields: FieldErrors, message: string): HTMLElement | undefined {
  for (const e of root.querySelectorAll<HTMLElement>('[data-error-for]')) e.textContent = '';
  for (const c of root.querySelectorAll<HTMLElement>('[aria-invalid]')) {
    c.removeAttribute('aria-invalid');
    c.removeAttribute('aria-describedby');
  }
  let first: HTMLElement | undefined;
  const unplaced: string[] = [];
  for (const [path, text] of Object.entries(fields)) {
    const error = [...root.querySelectorAll<HTMLElement>('[data-error-for]')].find((e) => e.dataset.errorFor === path);
    const control = [...root.querySelectorAll<HTMLElement>('[data-path]')].find((c) => c.dataset.path === path);
    if (error) error.textContent = text;
    else unplaced.push(text);
    if (control) {
      control.setAttribute('aria-invalid', 'true');
      if (error) {
        error.id ||= uniqueId('error');
        control.setAttribute('aria-describedby', error.id);
      }
      first ??= control;
    }
  }
  showMessage(unplaced.length ? [message, ...unplaced].join(' ') : message, 'error');
  first?.focus();
  return first;
}

export function clearErrors(root: ParentNode): void {
  showErrors(root, {}, '');
}

/** The dialog's message line (role="status"): plain text. */
export function showMessage(text: string, kind: 'error' | 'info' | 'success' = 'info'): void {
  const box = byId('message');
  box.textContent = text;
  box.className = text ? `message ${kind}` : 'message';
}

/** The notice at the top of the form (an empty state, what to do first); '' hides it. */
export function showNotice(text: string): void {
  byId('notice').textContent = text;
}

/** Save is in flight; the user typed since the last save; Escape was pressed once over unsaved typing. */
let saving = false;
let dirty = false;
let escapeArmed = false;

/** "Saving…" on the button, disabled, until the answer comes back. */
export function setBusy(button: HTMLButtonElement, busy: boolean, busyText = 'Saving…'): void {
  saving = busy;
  if (busy) {
    button.dataset.idleText ??= button.textContent ?? '';
    button.textContent = busyText;
    button.disabled = true;
    document.body.setAttribute('aria-busy', 'true');
  } else {
    button.textContent = button.dataset.idleText ?? button.textContent;
    button.disabled = false;
    document.body.removeAttribute('aria-busy');
  }
}

export function fillDatalist(list: HTMLDataListElement, values: readonly string[]): void {
  list.replaceChildren(...values.map((v) => el('option', { value: v })));
}

/** dd/mm/yyyy from an ISO date, for showing and for pre-filled date boxes. */
export function dmy(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/** What the dialog asks the server for when it opens; on failure the message is shown and Save stays off. */
export async function loadData<T>(server: string, loadingText: string): Promise<T | undefined> {
  showMessage(loadingText);
  const loaded = await callServer<T>(server);
  if (!loaded.ok) {
    showMessage(loaded.message, 'error');
    return undefined;
  }
  showMessage('');
  return loaded.value;
}

/** The page is loaded: Save on (the page ships with it off), focus on the first field. */
export function ready(save: HTMLButtonElement, first?: HTMLElement): void {
  save.disabled = false;
  document.body.dataset.ready = 'yes';
  first?.focus();
}

export interface FormOptions<I, T> {
  /** The form as typed (also gives added controls their paths, so errors land beside them). */
  collect(): I;
  /** The schema the server checks with: errors show before anything is sent. */
  schema: Parameters<typeof checkForm>[0];
  /** The google.script.run target that saves. */
  server: string;
  /** Called with what the server saved; returns the success message. */
  saved(value: T): string | Promise<string>;
  /** Enter in a one-line box: save (short forms), or move to the next box (long forms). */
  enter: 'save' | 'next';
}

/** Wires the form: save routine, errors cleared as they are corrected, Enter, Ctrl+Enter and Escape. */
export function handleForm<I, T>(form: HTMLFormElement, save: HTMLButtonElement, options: FormOptions<I, T>): void {
  const edited = (event: Event) => {
    dirty = true;
    escapeArmed = false;
    if (event.target instanceof HTMLElement && event.target.dataset.path) clearError(event.target);
  };
  form.addEventListener('input', edited);
  form.addEventListener('change', edited);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (save.disabled) return;
    const input = options.collect();
    const checked = checkForm(options.schema, input);
    if (!checked.ok) {
      showErrors(form, checked.fields, checked.message);
      return;
    }
    clearErrors(form);
    setBusy(save, true);
    showMessage('Saving…');
    const result = await callServer<T>(options.server, input);
    setBusy(save, false);
    if (!result.ok) {
      showErrors(form, result.fields, result.message);
      return;
    }
    dirty = false;
    showMessage(await options.saved(result.value), 'success');
  });

  form.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.defaultPrevented || event.isComposing) return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      form.requestSubmit();
      return;
    }
    const target = event.target;
    if (options.enter === 'next' && target instanceof HTMLInputElement) {
      event.preventDefault();
      const controls = [...form.querySelectorAll<HTMLElement>('input, select, textarea')]
        .filter((c) => !(c as HTMLInputElement).disabled && c.offsetParent !== null);
      (controls[controls.indexOf(target) + 1] ?? save).focus();
    }
  });
}

function onEscape(event: KeyboardEvent): void {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  event.preventDefault();
  if (saving) return; // the answer is on its way: closing now would hide it
  if (dirty && !escapeArmed) {
    escapeArmed = true;
    showMessage('You have unsaved changes: press Esc again to close without saving.', 'info');
    return;
  }
  closeDialog();
}

/** Runs the page once the DOM is ready; a failure to start is shown, not thrown. */
export function start(main: () => Promise<void>): void {
  document.addEventListener('keydown', onEscape);
  const run = () => {
    main().catch((error) => showMessage(failureText(error), 'error'));
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
}

/**
 * Under a Responsible Officer box: who the names are, matched against Officers with the alerts'
 * matcher as the box is left. A near miss is offered ("did you mean Gary Bowman?", a button
 * puts that name in place of what was typed); a name that matches nobody is said so, and saved as typed.
 */
export function officerHint(input: HTMLInputElement, people: () => People): void {
  const hint = el('span', { class: 'names-hint', 'aria-live': 'polite' });
  hint.id = uniqueId('names');
  input.insertAdjacentElement('afterend', hint);
  input.setAttribute('aria-describedby', hint.id);
  const show = () => {
    const proposals = proposePeople(people(), input.value);
    hint.replaceChildren();
    if (!proposals.length || !people().officers.length) return;
    const known = proposals.filter((p) => p.kind === 'officer').map((p) => (p.kind === 'officer' ? p.name : ''));
    if (known.length) hint.append(`Officers: ${known.join(', ')}. `);
    for (const p of proposals) {
      if (p.kind === 'near' || p.kind === 'ambiguous') {
        hint.append(`"${p.typed}" is not in Officers: ${p.kind === 'near' ? 'did you mean' : 'which one,'} `);
        p.suggestions.forEach((s, i) => {
          if (i) hint.append(' or ');
          const use = el('button', { type: 'button', class: 'link use-officer', text: s });
          use.addEventListener('click', () => {
            input.value = input.value.replace(p.typed, s);
            input.dispatchEvent(new Event('input', { bubbles: true }));
            show();
            input.focus();
          });
          hint.append(use);
        });
        hint.append('? ');
      } else if (p.kind === 'new') {
        hint.append(`"${p.typed}" is not in Officers (saved as typed). `);
      }
    }
  };
  input.addEventListener('change', show);
}
