/**
 * Emulated DriveApp: files and folders in memory. Google Docs live in the shared `DocStore`
 * (so DocumentApp opens what Drive copies); other files hold a blob's bytes. `getAs(PDF)` of a
 * Doc records a blob whose text is the document's text (a stand-in for real PDF bytes), after
 * a list of its structure as a tagged PDF holds it: a `/H1 (…)` … `/H6 (…)` line per heading
 * and a `/TH (…)` line per cell of a pinned header row. ASSUMPTION (not checked on a real
 * account): Drive's PDF export of a Doc keeps its headings and table header rows as PDF tags.
 */
import { makeBlob, type EmulatedBlob } from '../blob';
import { CallLog, counted } from '../calls';
import { appsScriptException } from '../exception';
import type { Realm } from '../realm';
import { docUrl } from './document';
import { bodyText, cellText, relinkBody, snapshot, type DocState } from './model';

type DriveAppT = GoogleAppsScript.Drive.DriveApp;
type FileT = GoogleAppsScript.Drive.File;
type FolderT = GoogleAppsScript.Drive.Folder;

export type EmulatedDriveApp = Pick<DriveAppT, 'getFileById' | 'getFolderById' | 'getRootFolder' | 'createFile' | 'createFolder'>;
export type EmulatedFile = Pick<
  FileT,
  'getId' | 'getName' | 'setName' | 'getUrl' | 'getMimeType' | 'makeCopy' | 'getAs' | 'moveTo' | 'setTrashed' | 'isTrashed'
>;
export type EmulatedFolder = Pick<FolderT, 'getId' | 'getName' | 'getUrl' | 'createFile' | 'getFiles' | 'setTrashed' | 'isTrashed'>;
export type EmulatedFileIterator = Pick<GoogleAppsScript.Drive.FileIterator, 'hasNext' | 'next'>;

export const GOOGLE_DOCS = 'application/vnd.google-apps.document';
export const GOOGLE_SHEETS = 'application/vnd.google-apps.spreadsheet';
export const PDF = 'application/pdf';

/** The MimeType enum's values are the MIME type strings. */
export const MimeType = Object.freeze({
  GOOGLE_DOCS,
  GOOGLE_SHEETS,
  FOLDER: 'application/vnd.google-apps.folder',
  PDF,
  PLAIN_TEXT: 'text/plain',
  HTML: 'text/html',
  MICROSOFT_WORD: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}) as unknown as GoogleAppsScript.Base.MimeType;

export const ITEM_MISSING =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';
/** Guess: the text Apps Script gives when Drive refuses a write the granted scopes do not cover. */
export const ACCESS_DENIED = 'Access denied: DriveApp.';

const AUTH = 'https://www.googleapis.com/auth/';

/**
 * What the granted OAuth scopes (appsscript.json `oauthScopes`) let the script reach, after
 * Google's documented rules: `drive` reaches everything; `drive.readonly` reads everything but
 * writes only what the script created; `drive.file` reaches only files and folders the script
 * created (My Drive itself stays open for new files — the default set-up relies on that, an
 * assumption not checked on a real account). A file outside the scopes is invisible, as the Drive
 * API answers for it as for a missing file. DocumentApp opens any Doc with `documents`, otherwise
 * only those the script created. Without scopes (`undefined`) nothing is restricted.
 */
export class DriveAccess {
  private readonly scopes: ReadonlySet<string> | undefined;
  constructor(
    scopes: readonly string[] | undefined,
    private readonly state: DriveState,
  ) {
    this.scopes = scopes ? new Set(scopes.map((s) => s.replace(AUTH, ''))) : undefined;
  }
  private has(scope: string): boolean {
    return !this.scopes || this.scopes.has(scope);
  }
  private own(id: string): boolean {
    return this.state.appMade.has(id) || id === this.state.rootId;
  }
  /** The message DriveApp throws for any call when no Drive scope was granted at all. */
  missingScope(method: string): string | undefined {
    if (this.has('drive') || this.has('drive.readonly') || this.has('drive.file')) return undefined;
    return `You do not have permission to call DriveApp.${method}. Required permissions: ${AUTH}drive`;
  }
  canRead(id: string): boolean {
    return this.has('drive') || this.has('drive.readonly') || this.own(id);
  }
  canWrite(id: string): boolean {
    return this.has('drive') || this.own(id);
  }
  canOpenDoc(id: string): boolean {
    return this.has('documents') || this.has('drive') || this.own(id);
  }
}

export interface FileState {
  readonly id: string;
  name: string;
  readonly mimeType: string;
  folderId: string;
  trashed: boolean;
  /** For files that are not Google Docs. */
  bytes?: Buffer;
  /** Set on PDFs made by `getAs`: the id of the Doc they were made from. */
  madeFrom?: string;
}

export interface FolderState {
  readonly id: string;
  readonly name: string;
  /**
   * Trashing a folder in Drive trashes what is in it too; the emulator marks the folder only
   * (the self-test trashes each scratch file itself, then the folder, so it does not depend on it).
   */
  trashed?: boolean;
}

export interface DriveState {
  readonly files: Map<string, FileState>;
  readonly folders: Map<string, FolderState>;
  readonly rootId: string;
  readonly docs: Map<string, DocState>;
  /** Ids of the files and folders the script created (what `drive.file` reaches). */
  readonly appMade: Set<string>;
  newId(kind: 'doc' | 'file' | 'folder'): string;
}

/**
 * Scopes are modelled by `access` (DriveAccess, from the manifest's oauthScopes when a test gives them). GUESS (the reference for `drive.file` says
 * only "files created or opened by the app"): with `drive.file` a script may move a spreadsheet
 * it made with SpreadsheetApp.create into a folder it made (settled by the self-test scenario
 * "scratch-files"), and copy and trash a Doc it made with DocumentApp.create (the "paper-…"
 * scenarios, which copy the default template they create).
 */
export function createDriveApp(opts: { realm: Realm; calls: CallLog; state: DriveState; access?: DriveAccess }): EmulatedDriveApp {
  const { realm, calls, state } = opts;
  const access = opts.access ?? new DriveAccess(undefined, state);
  const fail = (message: string): never => {
    throw appsScriptException(message, realm);
  };
  const mayWrite = (id: string): void => {
    if (!access.canWrite(id)) fail(ACCESS_DENIED);
  };
  const folderIds = new WeakMap<object, string>();

  function fileW(f: FileState): EmulatedFile {
    const obj: EmulatedFile = {
      getId: () => f.id,
      getName: () => f.name,
      setName(name: string) {
        mayWrite(f.id);
        f.name = String(name);
        return w as unknown as FileT;
      },
      getUrl: () => (f.mimeType === GOOGLE_DOCS ? docUrl(f.id) : `https://drive.google.com/file/d/${f.id}/view?usp=drivesdk`),
      getMimeType: () => f.mimeType,
      makeCopy(...args: unknown[]) {
        let name = `Copy of ${f.name}`;
        let folderId = f.folderId;
        for (const a of args) {
          if (typeof a === 'string') name = a;
          else if (a && typeof a === 'object') folderId = folderIds.get(a) ?? fail('Invalid argument: destination');
        }
        mayWrite(folderId);
        const id = state.newId(f.mimeType === GOOGLE_DOCS ? 'doc' : 'file');
        state.appMade.add(id);
        const copy: FileState = { id, name, mimeType: f.mimeType, folderId, trashed: false, ...(f.bytes ? { bytes: Buffer.from(f.bytes) } : {}) };
        state.files.set(id, copy);
        if (f.mimeType === GOOGLE_DOCS) {
          const source = state.docs.get(f.id) as DocState;
          state.docs.set(id, cloneDoc(source, id, name));
        }
        return fileW(copy) as unknown as FileT;
      },
      getAs(contentType: string) {
        if (f.mimeType === GOOGLE_DOCS && contentType === PDF) {
          const doc = state.docs.get(f.id) as DocState;
          const blob = makeBlob(
            {
              bytes: Buffer.from(`%PDF-1.4 (emulated)\n${pdfStructure(doc).join('\n')}\n${bodyText(doc.body)}`, 'utf8'),
              contentType: PDF,
              name: pdfName(f.name),
            },
            calls,
            'DriveApp',
            realm,
          );
          return blob as unknown as GoogleAppsScript.Base.Blob;
        }
        return fail(`Converting from ${f.mimeType} to ${contentType} is not supported.`) as never;
      },
      moveTo(destination: FolderT) {
        const to = folderIds.get(destination as object) ?? fail('Invalid argument: destination');
        mayWrite(f.id);
        mayWrite(to);
        f.folderId = to;
        return w as unknown as FileT;
      },
      setTrashed(trashed: boolean) {
        mayWrite(f.id);
        f.trashed = Boolean(trashed);
        return w as unknown as FileT;
      },
      isTrashed: () => f.trashed,
    };
    const w = counted(obj, calls, 'DriveApp', 'File');
    return w;
  }

  function createFileIn(folderId: string, blob: EmulatedBlob): EmulatedFile {
    mayWrite(folderId);
    const b = blob as unknown as GoogleAppsScript.Base.Blob;
    const id = state.newId('file');
    state.appMade.add(id);
    // Drive reads the blob as part of the one createFile call: not calls the script makes.
    const { bytes, name, mimeType } = quietly(calls, () => ({
      bytes: Buffer.from(b.getBytes().map((x) => x & 0xff)),
      name: b.getName() ?? 'Untitled',
      mimeType: b.getContentType() ?? 'application/octet-stream',
    }));
    const f: FileState = { id, name, mimeType, folderId, trashed: false, bytes };
    state.files.set(id, f);
    return fileW(f);
  }

  function folderW(folder: FolderState): EmulatedFolder {
    const obj: EmulatedFolder = {
      getId: () => folder.id,
      getName: () => folder.name,
      getUrl: () => `https://drive.google.com/drive/folders/${folder.id}`,
      createFile: ((blob: GoogleAppsScript.Base.BlobSource) => {
        if (typeof blob !== 'object') fail('emulator: createFile(name, content) is not supported; pass a blob');
        return createFileIn(folder.id, blob as unknown as EmulatedBlob) as unknown as FileT;
      }) as EmulatedFolder['createFile'],
      getFiles() {
        const list = [...state.files.values()].filter((f) => f.folderId === folder.id && !f.trashed && access.canRead(f.id));
        let i = 0;
        const it: EmulatedFileIterator = {
          hasNext: () => i < list.length,
          next: () => (i < list.length ? (fileW(list[i++] as FileState) as unknown as FileT) : fail('No more items.')),
        };
        return counted(it, calls, 'DriveApp', 'FileIterator') as unknown as GoogleAppsScript.Drive.FileIterator;
      },
      setTrashed(trashed: boolean) {
        folder.trashed = Boolean(trashed);
        return w as unknown as FolderT;
      },
      isTrashed: () => folder.trashed === true,
    };
    const w = counted(obj, calls, 'DriveApp', 'Folder');
    folderIds.set(w, folder.id);
    return w;
  }

  const scoped = (method: string): void => {
    const missing = access.missingScope(method);
    if (missing) fail(missing);
  };
  const app: EmulatedDriveApp = {
    getFileById(id: string) {
      scoped('getFileById');
      const f = state.files.get(String(id));
      if (!f || !access.canRead(f.id)) fail(ITEM_MISSING);
      return fileW(f as FileState) as unknown as FileT;
    },
    getFolderById(id: string) {
      scoped('getFolderById');
      const folder = state.folders.get(String(id));
      if (!folder || !access.canRead(folder.id)) fail(ITEM_MISSING);
      return folderW(folder as FolderState) as unknown as FolderT;
    },
    getRootFolder: () => {
      scoped('getRootFolder');
      return folderW(state.folders.get(state.rootId) as FolderState) as unknown as FolderT;
    },
    /** A new folder in My Drive (with `drive.file`, the script may use what it creates). */
    createFolder(name: string) {
      scoped('createFolder');
      if (typeof name !== 'string') fail(`The parameters (${typeof name}) don't match the method signature for DriveApp.createFolder.`);
      const id = state.newId('folder');
      const folder: FolderState = { id, name };
      state.folders.set(id, folder);
      state.appMade.add(id);
      return folderW(folder) as unknown as FolderT;
    },
    createFile: ((blob: GoogleAppsScript.Base.BlobSource) => {
      scoped('createFile');
      if (typeof blob !== 'object') fail('emulator: createFile(name, content) is not supported; pass a blob');
      return createFileIn(state.rootId, blob as unknown as EmulatedBlob) as unknown as FileT;
    }) as EmulatedDriveApp['createFile'],
  };
  return counted(app, calls, 'DriveApp', 'DriveApp');
}

function cloneDoc(source: DocState, id: string, name: string): DocState {
  const body = snapshot(source) as DocState['body'];
  relinkBody(body);
  return { id, name, body, revision: 0 };
}

const PDF_TAGS: Record<string, string> = { HEADING1: 'H1', HEADING2: 'H2', HEADING3: 'H3', HEADING4: 'H4', HEADING5: 'H5', HEADING6: 'H6', TITLE: 'Title' };

/** The tags a PDF made from the document carries (see the header: an assumption). */
export function pdfStructure(doc: DocState): string[] {
  const out: string[] = [];
  for (const child of doc.body.children) {
    if (child.type === 'PARAGRAPH') {
      const tag = PDF_TAGS[child.heading];
      if (tag) out.push(`/${tag} (${child.text})`);
    } else {
      for (const row of child.rows.slice(0, child.pinnedHeaderRows)) for (const c of row.cells) out.push(`/TH (${cellText(c)})`);
    }
  }
  return out;
}

/** Apps Script's documented naming: what follows the last full stop is replaced ("ShoppingList.12.25.2014" → "ShoppingList.12.25.pdf"). */
export function pdfName(name: string): string {
  const dot = name.lastIndexOf('.');
  return `${dot >= 0 ? name.slice(0, dot) : name}.pdf`;
}

/** Runs `read` without counting the calls it makes on counted objects (the emulator's own reads). */
function quietly<T>(calls: CallLog, read: () => T): T {
  const record = calls.record;
  calls.record = () => undefined;
  try {
    return read();
  } finally {
    calls.record = record;
  }
}
