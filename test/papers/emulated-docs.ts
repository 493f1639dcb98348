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

/**
 * A loop counter for tests that attack the fill: once the document has been searched `limit`
 * times, the next search throws, so a fill that loops fails its test instead of hanging the run.
 */
export function stopRunawaySearches(calls: CallLog, limit = 1000): void {
  const record = calls.record.bind(calls);
  calls.record = (service, className, method) => {
    record(service, className, method);
    const key = `${service}.${className}.${method}`;
    if ((key === 'DocumentApp.Body.findText' || key === 'DocumentApp.Body.replaceText') && calls.count(key) > limit) {
      throw new Error(`runaway: ${key} called more than ${limit} times`);
    }
  };
}
