import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeBlob } from './blob';
import { CallLog, counted } from './calls';
import { appsScriptException } from './exception';
import type { Realm } from './realm';

type H = GoogleAppsScript.HTML.HtmlService;
type O = GoogleAppsScript.HTML.HtmlOutput;
type T = GoogleAppsScript.HTML.HtmlTemplate;

export type EmulatedHtmlOutput = Pick<
  O,
  | 'append'
  | 'appendUntrusted'
  | 'clear'
  | 'getBlob'
  | 'getContent'
  | 'getHeight'
  | 'getTitle'
  | 'getWidth'
  | 'setContent'
  | 'setHeight'
  | 'setSandboxMode'
  | 'setTitle'
  | 'setWidth'
  | 'setXFrameOptionsMode'
  | 'addMetaTag'
  | 'setFaviconUrl'
>;
export type EmulatedHtmlTemplate = Pick<T, 'evaluate' | 'getCode' | 'getRawContent'>;
export type EmulatedHtmlService = Pick<
  H,
  'SandboxMode' | 'XFrameOptionsMode' | 'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile'
>;

export const SandboxMode = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' }) as unknown as H['SandboxMode'];
export const XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' }) as unknown as H['XFrameOptionsMode'];

/** What an HtmlOutput holds, for the Ui emulator and tests (read without counting calls). */
export interface HtmlOutputState {
  content: string;
  title: string;
  width: number | null;
  height: number | null;
  sandboxMode: string | null;
  xFrameOptionsMode: string | null;
  metaTags: { name: string; content: string }[];
  /** File it came from (createHtmlOutputFromFile / createTemplateFromFile), if any. */
  file: string | null;
}

const states = new WeakMap<object, HtmlOutputState>();

/** The state of an HtmlOutput the emulator made; undefined for anything else. */
export function htmlOutputState(output: unknown): HtmlOutputState | undefined {
  return typeof output === 'object' && output !== null ? states.get(output) : undefined;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface HtmlOptions {
  realm: Realm;
  calls: CallLog;
  /** Where `createHtmlOutputFromFile(name)` looks for `<name>.html`. Default `dist/`. */
  htmlDir?: string;
}

export interface HtmlHandle {
  readonly htmlDir: string;
  /** Every HtmlOutput created, in order. */
  readonly outputs: HtmlOutputState[];
}

function fileName(name: string): string {
  return name.endsWith('.html') ? name : `${name}.html`;
}

/**
 * Compiles Apps Script template scriptlets: `<?= expr ?>` (HTML-escaped), `<?!= expr ?>` (raw),
 * `<? code ?>`. Simplification: `<?= ?>` always HTML-escapes (Apps Script escapes by context,
 * e.g. as JavaScript inside <script>), and the code runs in the host realm with the template's
 * variables in scope.
 */
export function compileTemplate(source: string): string {
  let code = 'var __out = [];\nwith (__vars) {\n';
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source))) {
    if (m.index > last) code += `__out.push(${JSON.stringify(source.slice(last, m.index))});\n`;
    if (m[1] === '=') code += `__out.push(__escape(String(${m[2]})));\n`;
    else if (m[1] === '!=') code += `__out.push(String(${m[2]}));\n`;
    else code += `${m[2]}\n`;
    last = re.lastIndex;
  }
  if (last < source.length) code += `__out.push(${JSON.stringify(source.slice(last))});\n`;
  return `${code}}\nreturn __out.join('');`;
}

export function createHtmlService(options: HtmlOptions): { service: EmulatedHtmlService; handle: HtmlHandle } {
  const { realm, calls } = options;
  const htmlDir = resolve(options.htmlDir ?? join(__dirname, '..', '..', 'dist'));
  const handle: HtmlHandle = { htmlDir, outputs: [] };

  const readFile = (name: string): string => {
    const path = join(htmlDir, fileName(String(name)));
    if (!existsSync(path)) throw appsScriptException(`No HTML file named ${String(name).replace(/\.html$/, '')} was found.`, realm);
    return readFileSync(path, 'utf8');
  };

  function makeOutput(content: string, file: string | null): O {
    const state: HtmlOutputState = {
      content,
      title: '',
      width: null,
      height: null,
      sandboxMode: null,
      xFrameOptionsMode: null,
      metaTags: [],
      file,
    };
    handle.outputs.push(state);
    let self: O;
    const output: EmulatedHtmlOutput = {
      append(added: string) {
        state.content += String(added);
        return self;
      },
      appendUntrusted(added: string) {
        state.content += escapeHtml(String(added));
        return self;
      },
      clear() {
        state.content = '';
        return self;
      },
      getBlob: () =>
        makeBlob(
          { bytes: Buffer.from(state.content, 'utf8'), contentType: 'text/html', name: state.title || null },
          calls,
          'HtmlService',
          realm,
        ) as GoogleAppsScript.Base.Blob,
      getContent: () => state.content,
      getHeight: () => state.height ?? 0,
      getTitle: () => state.title,
      getWidth: () => state.width ?? 0,
      setContent(c: string) {
        state.content = String(c);
        return self;
      },
      setHeight(h: number) {
        state.height = h;
        return self;
      },
      setWidth(w: number) {
        state.width = w;
        return self;
      },
      setTitle(t: string) {
        state.title = String(t);
        return self;
      },
      setSandboxMode(mode) {
        state.sandboxMode = String(mode);
        return self;
      },
      setXFrameOptionsMode(mode) {
        state.xFrameOptionsMode = String(mode);
        return self;
      },
      addMetaTag(name: string, c: string) {
        state.metaTags.push({ name, content: c });
        return self;
      },
      setFaviconUrl() {
        return self;
      },
    };
    self = counted(output, calls, 'HtmlService', 'HtmlOutput') as unknown as O;
    states.set(self, state);
    return self;
  }

  function makeTemplate(source: string, file: string | null): T {
    const code = compileTemplate(source);
    const template: EmulatedHtmlTemplate & Record<string, unknown> = {
      evaluate() {
        const vars: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(template)) if (!['evaluate', 'getCode', 'getRawContent'].includes(k)) vars[k] = v;
        const run = new Function('__vars', '__escape', code) as (vars: unknown, escape: (s: string) => string) => string;
        return makeOutput(run(vars, escapeHtml), file);
      },
      getCode: () => code,
      getRawContent: () => source,
    };
    return counted(template, calls, 'HtmlService', 'HtmlTemplate') as unknown as T;
  }

  const blobText = (b: unknown) => (b as GoogleAppsScript.Base.BlobSource).getBlob().getDataAsString();
  const service: EmulatedHtmlService = {
    SandboxMode,
    XFrameOptionsMode,
    createHtmlOutput: ((html?: string | GoogleAppsScript.Base.BlobSource) =>
      makeOutput(html === undefined ? '' : typeof html === 'string' ? html : blobText(html), null)) as H['createHtmlOutput'],
    createHtmlOutputFromFile: (name: string) => makeOutput(readFile(name), fileName(String(name))),
    createTemplate: ((html: string | GoogleAppsScript.Base.BlobSource) =>
      makeTemplate(typeof html === 'string' ? html : blobText(html), null)) as H['createTemplate'],
    createTemplateFromFile: (name: string) => makeTemplate(readFile(name), fileName(String(name))),
  };
  return { service: counted(service, calls, 'HtmlService', 'HtmlService'), handle };
}
