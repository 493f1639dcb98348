/**
 * DocumentApp + DriveApp emulator, and the advanced Docs service (`Docs`, over the same
 * documents). `createDocsEmulator` gives the services (to install as globals) and a test-only
 * handle: add documents and folders, inspect them, export any document to standalone HTML.
 */
import type { CallLog } from '../calls';
import type { FakeClock } from '../clock';
import type { Realm } from '../realm';
import { createDocsAdvancedService, type EmulatedDocs } from './advanced';
import { createDocumentApp, type DocStore, type EmulatedDocumentApp } from './document';
import { createDriveApp, DriveAccess, GOOGLE_DOCS, MimeType, type DriveState, type EmulatedDriveApp, type FileState, type FolderState } from './drive';
import { documentToHtml } from './html';
import { paragraph, snapshot, tableFromCells, type DocState, type Heading } from './model';

export { documentToHtml } from './html';
export type { DocState } from './model';

export interface DocsEmulatorOptions {
  realm: Realm;
  calls: CallLog;
  clock?: FakeClock;
  /** Another execution's handle: share its Drive and documents (two runs of one script). */
  shared?: DocsHandle | undefined;
  /** Whether the advanced Docs service is enabled (manifest `enabledAdvancedServices`). Default true. */
  advancedService?: boolean;
  /**
   * The OAuth scopes granted (appsscript.json `oauthScopes`): DriveApp and DocumentApp then reach
   * only what they allow (`drive.file`: what the script created). Default: no restriction.
   */
  oauthScopes?: readonly string[];
}

const states = new WeakMap<DocsHandle, { state: DriveState; counters: Record<'doc' | 'file' | 'folder', number> }>();

/** Content for a document made by a test (a template a user wrote, say). */
export type BlockInit = string | { text: string; heading?: Heading } | { table: string[][] };

export interface DocsHandle {
  readonly rootFolderId: string;
  addFolder(name: string): string;
  addDocument(name: string, blocks: readonly BlockInit[], folderId?: string): string;
  /** Any non-Doc file (e.g. a spreadsheet id that is not a template). */
  addFile(name: string, mimeType: string, folderId?: string): string;
  document(id: string): DocState;
  /** A deep copy of a document's content, to compare before and after. */
  snapshot(id: string): unknown;
  files(): FileState[];
  file(id: string): FileState;
  folder(id: string): FolderState;
  /** Files in a folder, trashed ones included. */
  filesIn(folderId: string): FileState[];
  toHtml(id: string): string;
  /** The text of a PDF made by `getAs` (the emulator's stand-in for its bytes). */
  fileText(id: string): string;
}

export interface DocsServices {
  DocumentApp: EmulatedDocumentApp;
  DriveApp: EmulatedDriveApp;
  MimeType: GoogleAppsScript.Base.MimeType;
  /** The advanced Docs service; undefined when not enabled (then no `Docs` global exists). */
  Docs: EmulatedDocs | undefined;
}

export function createDocsEmulator(options: DocsEmulatorOptions): { services: DocsServices; handle: DocsHandle } {
  const { realm, calls } = options;
  const inherited = options.shared ? states.get(options.shared) : undefined;
  const counters = inherited?.counters ?? { doc: 0, file: 0, folder: 0 };
  const rootId = 'emu-folder-root';
  const state: DriveState = inherited?.state ?? {
    files: new Map(),
    folders: new Map([[rootId, { id: rootId, name: 'My Drive' }]]),
    rootId,
    docs: new Map(),
    appMade: new Set(),
    newId(kind) {
      counters[kind] += 1;
      return `emu-${kind}-${String(counters[kind]).padStart(4, '0')}`;
    },
  };

  const newDoc = (name: string, folderId = rootId): DocState => {
    const id = state.newId('doc');
    const doc: DocState = { id, name, body: { type: 'BODY_SECTION', children: [] }, revision: 0 };
    doc.body.children.push(paragraph('', doc.body));
    state.docs.set(id, doc);
    state.files.set(id, { id, name, mimeType: GOOGLE_DOCS, folderId, trashed: false });
    return doc;
  };

  const access = new DriveAccess(options.oauthScopes, state);
  const store: DocStore = {
    docs: state.docs,
    createDocFile: (name) => {
      const id = newDoc(name).id;
      state.appMade.add(id); // made by the script (DocumentApp.create, Docs.Documents.create)
      return id;
    },
    isOtherFile: (id) => state.files.has(id) && !state.docs.has(id),
    canOpen: (id) => access.canOpenDoc(id),
  };

  const services: DocsServices = {
    DocumentApp: createDocumentApp({ realm, calls, store }),
    DriveApp: createDriveApp({ realm, calls, state, access }),
    MimeType,
    Docs: options.advancedService === false ? undefined : createDocsAdvancedService({ realm, calls, store }),
  };

  const get = <T>(map: Map<string, T>, id: string, what: string): T => {
    const v = map.get(id);
    if (!v) throw new Error(`emulator handle: no ${what} ${id}`);
    return v;
  };

  const handle: DocsHandle = {
    rootFolderId: rootId,
    addFolder(name) {
      const id = state.newId('folder');
      state.folders.set(id, { id, name });
      return id;
    },
    addDocument(name, blocks, folderId) {
      const doc = newDoc(name, folderId);
      doc.body.children = [];
      for (const b of blocks) {
        if (typeof b === 'string') doc.body.children.push(paragraph(b, doc.body));
        else if ('table' in b) doc.body.children.push(tableFromCells(b.table, doc.body));
        else {
          const p = paragraph(b.text, doc.body);
          p.heading = b.heading ?? 'NORMAL';
          doc.body.children.push(p);
        }
      }
      const last = doc.body.children[doc.body.children.length - 1];
      if (!last || last.type === 'TABLE') doc.body.children.push(paragraph('', doc.body));
      return doc.id;
    },
    addFile(name, mimeType, folderId = rootId) {
      const id = state.newId('file');
      state.files.set(id, { id, name, mimeType, folderId, trashed: false, bytes: Buffer.alloc(0) });
      return id;
    },
    document: (id) => get(state.docs, id, 'document'),
    snapshot: (id) => snapshot(get(state.docs, id, 'document')),
    files: () => [...state.files.values()],
    file: (id) => get(state.files, id, 'file'),
    folder: (id) => get(state.folders, id, 'folder'),
    filesIn: (folderId) => [...state.files.values()].filter((f) => f.folderId === folderId),
    toHtml: (id) => documentToHtml(get(state.docs, id, 'document')),
    fileText: (id) => (get(state.files, id, 'file').bytes ?? Buffer.alloc(0)).toString('utf8'),
  };
  states.set(handle, { state, counters });
  return { services, handle };
}
