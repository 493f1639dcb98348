/**
 * Browser side of the dialogs, shared by every page: calling the server through
 * google.script.run (as a Promise that never rejects), showing messages and field errors with
 * textContent only (user text is never parsed as HTML), and the "Saving…" button state.
 *
 * This runs in the user's browser, not in Apps Script: it is bundled per dialog by
 * scripts/build.mjs and inlined into the dialog's HTML.
 */
import type { FieldErrors, SaveResult } from '../core/capture/schemas';

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

/** A label, the control and the place its error is shown (`data-error-for` = the field path). */
export function field(label: string, control: HTMLElement, path?: string): HTMLElement {
  const error = el('span', { class: 'error', 'aria-live': 'polite' });
  if (path) {
    control.dataset.path = path;
    error.dataset.errorFor = path;
  }
  control.addEventListener('input', () => clearError(control));
  return el('label', { class: 'field' }, el('span', { class: 'label', text: label }), control, error);
}

/** Gives a control (and its error span) its path in the form, e.g. "items.0.entries.1.dueDate". */
export function setPath(control: HTMLElement, path: string): void {
  control.dataset.path = path;
  const error = control.parentElement?.querySelector<HTMLElement>(':scope > .error');
  if (error) error.dataset.errorFor = path;
}

function clearError(control: HTMLElement): void {
  control.removeAttribute('aria-invalid');
  const error = control.parentElement?.querySelector<HTMLElement>(':scope > .error');
  if (error) error.textContent = '';
}

/** Shows each message beside its field; messages with no field go to the message area. Returns the first control in error. */
export function showErrors(root: ParentNode, fields: FieldErrors, message: string): HTMLElement | undefined {
  for (const e of root.querySelectorAll<HTMLElement>('[data-error-for]')) e.textContent = '';
  for (const c of root.querySelectorAll<HTMLElement>('[aria-invalid]')) c.removeAttribute('aria-invalid');
  let first: HTMLElement | undefined;
  const unplaced: string[] = [];
  for (const [path, text] of Object.entries(fields)) {
    const error = [...root.querySelectorAll<HTMLElement>('[data-error-for]')].find((e) => e.dataset.errorFor === path);
    const control = [...root.querySelectorAll<HTMLElement>('[data-path]')].find((c) => c.dataset.path === path);
    if (error) error.textContent = text;
    else unplaced.push(text);
    if (control) {
      control.setAttribute('aria-invalid', 'true');
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

/** "Saving…" on the button, disabled, until the answer comes back. */
export function setBusy(button: HTMLButtonElement, busy: boolean, busyText = 'Saving…'): void {
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

/** Runs the page once the DOM is ready; a failure to start is shown, not thrown. */
export function start(main: () => Promise<void>): void {
  const run = () => {
    main().catch((error) => showMessage(failureText(error), 'error'));
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
}
