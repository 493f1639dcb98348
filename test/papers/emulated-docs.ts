/**
 * The Docs emulator's services in the shape the renderer takes (`DocsServices`), with the
 * advanced Docs service as the manifest enables it unless asked to leave it out.
 */
import type { DocsServices } from '../../src/adapters/docs/render';
import { CallLog } from '../emulator/calls';
import { createDocsEmulator } from '../emulator/docs';
import { hostRealm } from '../emulator/realm';

export function emulatedDocs(options: { advancedService?: boolean; log?: (message: string) => void } = {}) {
  const calls = new CallLog();
  const { services, handle } = createDocsEmulator({ realm: hostRealm, calls, advancedService: options.advancedService ?? true });
  const docs: DocsServices = {
    DocumentApp: services.DocumentApp as unknown as GoogleAppsScript.Document.DocumentApp,
    DriveApp: services.DriveApp as unknown as GoogleAppsScript.Drive.DriveApp,
    pdfMimeType: services.MimeType.PDF,
    Docs: services.Docs as unknown as GoogleAppsScript.Docs | undefined,
    ...(options.log ? { log: options.log } : {}),
  };
  return { calls, services, handle, docs };
}
