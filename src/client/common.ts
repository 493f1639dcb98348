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
  const during = args.length ? 'save' : 'load';
  return new Promise((resolve) => {
    const runner = google.script.run
      .withSuccessHandler((value) => {
        if (value && typeof value === 'object' && 'ok' in value) resolve(value as SaveResult<T>);
        else resolve({ ok: false, message: 'The server sent an answer the dialog did not understand. Nothing was changed.', fields: {} });
      })
      .withFailureHandler((error) => resolve({ ok: false, message: failureText(error, during), fields: {} }));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      resolve({ ok: false, message: 'The dialog could not reach the script. Close it and open it again from the Action Log menu.', fields: {} });
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}

/**
 * What google.script.run's failure handler got (the connection lost, a timeout, permissions, a
 * quota), in plain words: Apps Script's own text ("ScriptError: …") is never shown. A failed
 * save may still have gone through (a timeout after the write), so it says to look first.
 */
export function failureText(error: unknown, during: 'load' | 'save' = 'load'): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const why = /authori[sz]|permission|access denied/i.test(text)
    ? 'Google needs your permission again: close this dialog, choose the menu item again and accept the permissions.'
    : /maximum execution time|timed? ?out|timeout/i.test(text)
      ? 'The script took too long and was stopped.'
      : /too many times|quota|rate limit|limit exceeded/i.test(text)
        ? "Google's daily limit for the script has been reached; try again later."
        : /network|connection|failed to fetch|offline/i.test(text)
          ? 'The connection to Google was lost.'
          : 'The script stopped before it answered.';
  return during === 'save'
    ? `${why} It may or may not have been saved: look at the sheet before you save again (your typing is kept here).`
    : `${why} Nothing was changed.`;
}

function closeNow(): void {
  google.script.host.close();
}

let closeArmed = false;
/**
 * The Close button: closes at once, except while a save is under way, when it first asks (a
 * second press closes; the save then finishes unseen).
 */
export function closeDialog(): void {
  if (saving && !closeArmed) {
    closeArmed = true;
    showMessage('Saving… Closing now would hide whether it was saved: press Close again to close anyway, or wait a moment.', 'info');
    return;
  }
  closeNow();
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

/**
 * "Saving…" on the button until the answer comes back; meanwhile nothing in the form can be
 * changed (every control disabled, Close excepted, which asks first), so what is saved is what
 * was on screen. Controls that were off before stay off after.
 */
export function setBusy(button: HTMLButtonElement, busy: boolean, busyText = 'Saving…'): void {
  saving = busy;
  closeArmed = false;
  const form = button.form;
  const controls = form
    ? [...form.querySelectorAll<HTMLInputElement | HTMLButtonElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea, button')].filter(
        (c) => c.id !== 'close',
      )
    : [];
  if (busy) {
    button.dataset.idleText ??= button.textContent ?? '';
    button.textContent = busyText;
    for (const c of controls) {
      if (c.disabled) continue;
      c.disabled = true;
      c.dataset.busyOff = 'yes';
    }
    button.disabled = true;
    document.body.setAttribute('aria-busy', 'true');
  } else {
    button.textContent = button.dataset.idleText ?? button.textContent;
    for (const c of controls) {
      if (c.dataset.busyOff !== 'yes') continue;
      c.disabled = false;
      delete c.dataset.busyOff;
    }
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

/**
 * What the dialog asks the server for when it opens. On failure the message is shown with a
 * "Try again" button (Save stays off) and the promise waits until a try succeeds. `first` is
 * focused at once, so what is typed while loading lands in the first field, not the page.
 */
export async function loadData<T>(server: string, loadingText: string, first?: HTMLElement): Promise<T> {
  if (first) {
    first.focus();
    earlyFocus = first;
  }
  for (;;) {
    showMessage(loadingText);
    const loaded = await callServer<T>(server);
    if (loaded.ok) {
      showMessage('');
      return loaded.value;
    }
    showMessage(loaded.message, 'error');
    const retry = el('button', { type: 'button', id: 'retry', class: 'link', text: 'Try again' });
    byId('message').append(' ', retry);
    const hadFocus = document.activeElement === document.body || document.activeElement === null;
    if (hadFocus) retry.focus();
    await new Promise<void>((resolve) => retry.addEventListener('click', () => resolve(), { once: true }));
    retry.remove();
  }
}

let earlyFocus: HTMLElement | undefined;

/**
 * The page is loaded: Save on (the page ships with it off), focus on the first field, unless
 * the user has already moved on to another field while it loaded.
 */
export function ready(save: HTMLButtonElement, first?: HTMLElement): void {
  save.disabled = false;
  document.body.dataset.ready = 'yes';
  const active = document.activeElement;
  const untouched = !active || active === document.body || active === earlyFocus || (active as HTMLElement).id === 'retry';
  if (untouched && (first !== earlyFocus || active !== earlyFocus)) first?.focus();
}

/**
 * Undo for a removal: the block goes, and the message line offers "Undo" (focused, so Enter
 * brings it back where it was). Only the last removal can be undone.
 */
export function removeWithUndo(block: HTMLElement, what: string, after?: () => void): void {
  const parent = block.parentNode;
  const next = block.nextSibling;
  if (!parent) return;
  block.remove();
  showMessage(`${what} removed. `, 'info');
  const undo = el('button', { type: 'button', id: 'undo', class: 'link', text: 'Undo' });
  byId('message').append(undo);
  undo.addEventListener(
    'click',
    () => {
      parent.insertBefore(block, next && next.parentNode === parent ? next : null);
      showMessage(`${what} is back.`);
      after?.();
      block.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    },
    { once: true },
  );
  undo.focus();
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
    // Only typing (input) clears a field's error mark: leaving a field (change, e.g. when
    // Ctrl+Enter moves the focus to the first error) must not clear the mark of one still wrong.
    if (event.type === 'input' && event.target instanceof HTMLElement && event.target.dataset.path) clearError(event.target);
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
      const controls = [...form.querySelectorAll<HTMLElement>('input, select, textarea')].filter(
        (c) => !(c as HTMLInputElement).disabled && c.offsetParent !== null,
      );
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
  closeNow();
}

/**
 * Entering a filled one-line box by keyboard (Tab, Enter to the next box) selects its text, so
 * typing replaces it rather than adding to its end. A click places the caret where it lands.
 */
let pointing = false;
function selectOnEntry(event: FocusEvent): void {
  const target = event.target;
  const clicked = pointing;
  pointing = false;
  if (clicked || !(target instanceof HTMLInputElement)) return;
  if (!['text', 'search', 'email', ''].includes(target.type) || target.value === '') return;
  target.select();
}

/** Runs the page once the DOM is ready; a failure to start is shown, not thrown. */
export function start(main: () => Promise<void>): void {
  document.addEventListener('keydown', onEscape);
  document.addEventListener(
    'pointerdown',
    () => {
      pointing = true;
    },
    true,
  );
  document.addEventListener(
    'keydown',
    () => {
      pointing = false;
    },
    true,
  );
  document.addEventListener('focusin', selectOnEntry);
  const run = () => {
    main().catch(() => showMessage('The dialog could not start. Close it and open it again from the Action Log menu.', 'error'));
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
