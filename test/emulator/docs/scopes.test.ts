/** The emulated DriveApp/DocumentApp honour the granted OAuth scopes (the `drive.file` model). */
import { CallLog } from '../calls';
import { hostRealm } from '../realm';
import { ACCESS_DENIED, ITEM_MISSING } from './drive';
import { DOC_MISSING } from './document';
import { createDocsEmulator } from './index';

function setup(oauthScopes?: string[]) {
  const { services, handle } = createDocsEmulator({ realm: hostRealm, calls: new CallLog(), ...(oauthScopes ? { oauthScopes } : {}) });
  const DocumentApp = services.DocumentApp as unknown as GoogleAppsScript.Document.DocumentApp;
  const DriveApp = services.DriveApp as unknown as GoogleAppsScript.Drive.DriveApp;
  // What the user made in their own Drive, not through the script.
  const theirDoc = handle.addDocument('Their template', ['Hello']);
  const theirFolder = handle.addFolder('Their folder');
  return { handle, DocumentApp, DriveApp, theirDoc, theirFolder };
}

describe('drive.file (with documents)', () => {
  const scopes = ['https://www.googleapis.com/auth/drive.file', 'https://www.googleapis.com/auth/documents'];

  it('hides the user’s own files and folders from DriveApp, as if they did not exist', () => {
    const { DriveApp, theirDoc, theirFolder } = setup(scopes);
    expect(() => DriveApp.getFileById(theirDoc)).toThrow(ITEM_MISSING);
    expect(() => DriveApp.getFolderById(theirFolder)).toThrow(ITEM_MISSING);
  });

  it('reaches what the script created, and My Drive for new files', () => {
    const { DocumentApp, DriveApp, handle } = setup(scopes);
    const made = DocumentApp.create('Made by the script').getId();
    const file = DriveApp.getFileById(made);
    const copy = file.makeCopy('Copy', DriveApp.getRootFolder());
    expect(DriveApp.getFileById(copy.getId()).getName()).toBe('Copy');
    copy.setTrashed(true);
    expect(handle.file(copy.getId()).trashed).toBe(true);
  });

  it('lets DocumentApp open any Doc (documents scope), but without it only the script’s own', () => {
    const withDocs = setup(scopes);
    expect(withDocs.DocumentApp.openById(withDocs.theirDoc).getBody().getText()).toBe('Hello');
    const driveFileOnly = setup(['drive.file']);
    expect(() => driveFileOnly.DocumentApp.openById(driveFileOnly.theirDoc)).toThrow(DOC_MISSING);
    expect(driveFileOnly.DocumentApp.openById(driveFileOnly.DocumentApp.create('Mine').getId()).getName()).toBe('Mine');
  });
});

describe('drive.readonly and drive', () => {
  it('drive.readonly reads and copies the user’s file but cannot write into the user’s folder or change their file', () => {
    const { DriveApp, handle, theirDoc, theirFolder } = setup(['drive.file', 'drive.readonly']);
    const file = DriveApp.getFileById(theirDoc);
    const folder = DriveApp.getFolderById(theirFolder);
    const filesBefore = handle.files().length;
    expect(() => file.makeCopy('Into their folder', folder)).toThrow(ACCESS_DENIED);
    expect(handle.files()).toHaveLength(filesBefore);
    expect(() => file.setName('Renamed')).toThrow(ACCESS_DENIED);
    expect(handle.file(theirDoc).name).toBe('Their template');
    const copy = file.makeCopy('Into My Drive');
    expect(handle.file(copy.getId()).folderId).toBe(handle.rootFolderId);
    expect(() => copy.moveTo(folder)).toThrow(ACCESS_DENIED);
  });

  it('drive reaches everything, as does the emulator when no scopes are given', () => {
    for (const scopes of [['drive'], undefined]) {
      const { DriveApp, handle, theirDoc, theirFolder } = setup(scopes);
      const copy = DriveApp.getFileById(theirDoc).makeCopy('Copy', DriveApp.getFolderById(theirFolder));
      expect(handle.file(copy.getId()).folderId).toBe(theirFolder);
    }
  });

  it('without any Drive scope, DriveApp names the scope it needs', () => {
    const { DriveApp, theirDoc } = setup(['documents']);
    expect(() => DriveApp.getFileById(theirDoc)).toThrow(
      'You do not have permission to call DriveApp.getFileById. Required permissions: https://www.googleapis.com/auth/drive',
    );
    expect(() => DriveApp.getRootFolder()).toThrow(/Required permissions/);
  });
});
