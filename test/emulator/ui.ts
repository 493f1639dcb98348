import { CallLog, counted, type ServiceName } from './calls';
import { appsScriptException } from './exception';
import { htmlOutputState } from './html';
import type { Realm } from './realm';

type UiType = GoogleAppsScript.Base.Ui;
type MenuType = GoogleAppsScript.Base.Menu;

export type EmulatedUi = Pick<
  UiType,
  'Button' | 'ButtonSet' | 'alert' | 'prompt' | 'createMenu' | 'createAddonMenu' | 'showModalDialog' | 'showModelessDialog' | 'showSidebar'
>;
export type EmulatedMenu = Pick<MenuType, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'>;
export type EmulatedPromptResponse = Pick<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'>;

export type ButtonName = 'CLOSE' | 'OK' | 'CANCEL' | 'YES' | 'NO';
export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';

/** Apps Script enums read as their names (`String(ui.Button.OK) === 'OK'`). */
export const Button = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' }) as unknown as UiType['Button'];
export const ButtonSet = Object.freeze({
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
}) as unknown as UiType['ButtonSet'];

const BUTTONS_IN: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export const UI_FROM_TRIGGER = 'Cannot call SpreadsheetApp.getUi() from this context.';

/** 'webapp': doGet and the page's google.script.run calls, which have no UI (as in a trigger) and no document lock. */
export type Mode = 'ui' | 'trigger' | 'webapp';

export type MenuEntry =
  { kind: 'item'; caption: string; functionName: string } | { kind: 'separator' } | { kind: 'submenu'; caption: string; entries: MenuEntry[] };

export interface RecordedMenu {
  /** The caption given to createMenu; for createAddonMenu, null (Apps Script uses the add-on's name). */
  caption: string | null;
  addon: boolean;
  entries: MenuEntry[];
}

export interface RecordedDialogBox {
  kind: 'alert' | 'prompt';
  title: string | null;
  prompt: string;
  buttons: ButtonSetName;
  /** The button the scripted user pressed. */
  answer: ButtonName;
  /** For prompts: the text the scripted user typed. */
  responseText?: string;
}

export interface RecordedDialog {
  kind: 'modal' | 'modeless' | 'sidebar';
  /** showModalDialog/showModelessDialog's title; for a sidebar, the output's title. */
  title: string;
  html: string;
  width: number | null;
  height: number | null;
  /** File the HtmlOutput came from, if any ('AddMeeting.html'). */
  file: string | null;
}

type Answer = { kind: 'alert'; button: ButtonName } | { kind: 'prompt'; text: string; button: ButtonName };

export interface UiHandle {
  readonly mode: Mode;
  /** What SpreadsheetApp.getUi() (or DocumentApp.getUi()) returns; throws in trigger mode like Apps Script. */
  getUi(service?: 'SpreadsheetApp' | 'DocumentApp'): UiType;
  /** Menus added with addToUi, in order. */
  readonly menus: RecordedMenu[];
  /** Alerts and prompts shown, in order. */
  readonly boxes: RecordedDialogBox[];
  readonly alerts: RecordedDialogBox[];
  readonly prompts: RecordedDialogBox[];
  /** Modal/modeless dialogs and sidebars shown, in order. */
  readonly dialogs: RecordedDialog[];
  /** Queue the user's answers to the next alerts (default when the queue is empty: OK, or YES for a yes/no set). */
  answerAlert(...buttons: ButtonName[]): void;
  /** Queue the user's answer to the next prompt. */
  answerPrompt(text: string, button?: ButtonName): void;
  /** Scripted answers not used yet (a test can assert it is 0). */
  pendingAnswers(): number;
  /** The menu with this caption (the last one added, if several). */
  menu(caption: string | null): RecordedMenu | undefined;
  /** Every function name reachable from the menus (sub-menus included), in order. */
  menuFunctions(caption?: string | null): string[];
}

export interface UiOptions {
  realm: Realm;
  calls: CallLog;
  mode: Mode;
  /** Which service's calls the Ui's methods are counted under. */
  service?: ServiceName;
}

function flatten(entries: MenuEntry[]): string[] {
  return entries.flatMap((e) => (e.kind === 'item' ? [e.functionName] : e.kind === 'submenu' ? flatten(e.entries) : []));
}

export function createUi(options: UiOptions): { ui: UiType; handle: UiHandle } {
  const { realm, calls, mode } = options;
  const service = options.service ?? 'SpreadsheetApp';
  const queue: Answer[] = [];
  const menuStates = new WeakMap<object, RecordedMenu>();

  const handle: UiHandle = {
    mode,
    getUi(from = 'SpreadsheetApp') {
      if (mode === 'trigger' || mode === 'webapp') throw appsScriptException(UI_FROM_TRIGGER.replace('SpreadsheetApp', from), realm);
      return ui;
    },
    menus: [],
    boxes: [],
    get alerts() {
      return handle.boxes.filter((b) => b.kind === 'alert');
    },
    get prompts() {
      return handle.boxes.filter((b) => b.kind === 'prompt');
    },
    dialogs: [],
    answerAlert(...buttons) {
      for (const button of buttons) queue.push({ kind: 'alert', button });
    },
    answerPrompt(text, button = 'OK') {
      queue.push({ kind: 'prompt', text, button });
    },
    pendingAnswers: () => queue.length,
    menu: (caption) => [...handle.menus].reverse().find((m) => m.caption === caption),
    menuFunctions(caption) {
      const menus = caption === undefined ? handle.menus : handle.menus.filter((m) => m.caption === caption);
      return menus.flatMap((m) => flatten(m.entries));
    },
  };

  const buttonSet = (value: unknown, method: string): ButtonSetName => {
    const name = String(value) as ButtonSetName;
    if (!(name in BUTTONS_IN)) throw appsScriptException(`The parameters don't match the method signature for Ui.${method}.`, realm);
    return name;
  };

  const nextAnswer = (kind: 'alert' | 'prompt', buttons: ButtonSetName): Answer => {
    const allowed = BUTTONS_IN[buttons];
    const answer = queue.shift() ?? (kind === 'alert' ? { kind, button: allowed[0]! } : { kind, text: '', button: allowed[0]! });
    if (answer.kind !== kind) throw new Error(`emulator: a ${kind} was shown but the next scripted answer is for a ${answer.kind}`);
    if (answer.button !== 'CLOSE' && !allowed.includes(answer.button)) {
      throw new Error(`emulator: scripted answer ${answer.button} is not a button of ${buttons}`);
    }
    return answer;
  };

  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons); the same for prompt. */
  const box = (kind: 'alert' | 'prompt', args: unknown[]): RecordedDialogBox => {
    if (args.length === 0 || args.length > 3) throw appsScriptException(`The parameters don't match the method signature for Ui.${kind}.`, realm);
    const [title, prompt, buttons] =
      args.length === 3
        ? [String(args[0]), String(args[1]), buttonSet(args[2], kind)]
        : args.length === 2
          ? [null, String(args[0]), buttonSet(args[1], kind)]
          : [null, String(args[0]), 'OK' as const];
    const answer = nextAnswer(kind, buttons);
    const record: RecordedDialogBox = { kind, title, prompt, buttons, answer: answer.button };
    if (answer.kind === 'prompt') record.responseText = answer.text;
    handle.boxes.push(record);
    return record;
  };

  const makeMenu = (caption: string | null, addon: boolean): MenuType => {
    const state: RecordedMenu = { caption, addon, entries: [] };
    let self: MenuType;
    const menu: EmulatedMenu = {
      addItem(itemCaption: string, functionName: string) {
        state.entries.push({ kind: 'item', caption: String(itemCaption), functionName: String(functionName) });
        return self;
      },
      addSeparator() {
        state.entries.push({ kind: 'separator' });
        return self;
      },
      addSubMenu(sub: MenuType) {
        const subState = menuStates.get(sub);
        if (!subState) throw appsScriptException("The parameters (Object) don't match the method signature for Menu.addSubMenu.", realm);
        state.entries.push({ kind: 'submenu', caption: subState.caption ?? '', entries: subState.entries });
        return self;
      },
      addToUi() {
        handle.menus.push({ caption: state.caption, addon: state.addon, entries: structuredClone(state.entries) });
      },
    };
    self = counted(menu, calls, service, 'Menu') as MenuType;
    menuStates.set(self, state);
    return self;
  };

  const dialog = (kind: RecordedDialog['kind'], output: unknown, title?: string) => {
    const state = htmlOutputState(output);
    if (!state)
      throw appsScriptException(
        `The parameters don't match the method signature for Ui.show${kind === 'sidebar' ? 'Sidebar' : kind === 'modal' ? 'ModalDialog' : 'ModelessDialog'}.`,
        realm,
      );
    handle.dialogs.push({
      kind,
      title: title === undefined ? state.title : String(title),
      html: state.content,
      width: state.width,
      height: state.height,
      file: state.file,
    });
  };

  const emulated: EmulatedUi = {
    Button,
    ButtonSet,
    alert: ((...args: unknown[]) => box('alert', args).answer) as unknown as UiType['alert'],
    prompt: ((...args: unknown[]) => {
      const record = box('prompt', args);
      const response: EmulatedPromptResponse = {
        getResponseText: () => record.responseText ?? '',
        getSelectedButton: () => record.answer as unknown as GoogleAppsScript.Base.Button,
      };
      return counted(response, calls, service, 'PromptResponse');
    }) as UiType['prompt'],
    createMenu: (caption: string) => makeMenu(String(caption), false),
    createAddonMenu: () => makeMenu(null, true),
    showModalDialog: (output, title) => dialog('modal', output, title),
    showModelessDialog: (output, title) => dialog('modeless', output, title),
    showSidebar: (output) => dialog('sidebar', output),
  };
  const ui = counted(emulated, calls, service, 'Ui') as UiType;
  return { ui, handle };
}
