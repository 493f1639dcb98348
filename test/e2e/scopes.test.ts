/**
 * The README's scope advice, end to end on the bundle with the emulator enforcing the granted
 * OAuth scopes (the `drive.file` model): the manifest's own scopes make papers from the default
 * templates into My Drive; a template the user made needs `drive.readonly`; an output folder the
 * user made needs `drive`. A refusal creates no paper.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MEETINGS, SETTINGS } from '../../src/core/layout';
import { ACCESS_DENIED, ITEM_MISSING } from '../emulator/docs/drive';
import { loadBundle, ROOT, type LoadedBundle } from '../harness/bundle';

const AUTH = 'https://www.googleapis.com/auth/';
const MANIFEST_SCOPES = (JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] }).oauthScopes;
const DAY = '15/03/2012';
const ISO_DAY = '2012-03-15';
const GOOGLE_DOCS = 'application/vnd.google-apps.document';

/** A set-up board with one meeting on 15/03/2012, running with the given extra scopes. */
function board(extra: string[] = []): LoadedBundle {
  const b = loadBundle({ now: '2012-03-01T10:00:00Z', oauthScopes: [...MANIFEST_SCOPES, ...extra.map((s) => AUTH + s)] });
  b.call('menuSetUp');
  const row = MEETINGS.columns.map(
    (c) =>
      ({ date: DAY, board: 'Northfield Partnership Executive Board', title: 'Executive Board', time: '2.00pm', venue: 'Civic Centre' })[c.key as string] ?? '',
  );
  b.env.handles.workbook.setValues(MEETINGS.name, 2, 1, [row]);
  return b;
}

function setSetting(b: LoadedBundle, label: string, value: string): void {
  const i = b.env.handles.workbook.sheet(SETTINGS.name).values.findIndex((r) => r[0] === label);
  if (i < 0) throw new Error(`no setting ${label}`);
  b.env.handles.workbook.setCell(SETTINGS.name, i + 1, 2, value);
}

/**
 * Generate agenda… for 15/03/2012, as a person does it (the menu item's dialog, then Make): what
 * the person was told (alerts, or the dialog's refusal) and the agendas left in Drive.
 */
function agenda(b: LoadedBundle): { alerts: string[]; agendas: { id: string; folderId: string }[] } {
  const seen = b.env.handles.ui.alerts.length;
  b.call('menuGenerateAgenda');
  const made = b.call<{ ok: boolean; message?: string }>('papersGenerate', 'agenda', ISO_DAY);
  const agendas = b.env.handles.docs.files().filter((f) => f.mimeType === GOOGLE_DOCS && !f.trashed && f.name.endsWith('Agenda – 15 March 2012'));
  return { alerts: [...b.env.handles.ui.alerts.slice(seen).map((a) => a.prompt), ...(made.ok ? [] : [made.message ?? ''])], agendas };
}

/** A template the user wrote in their own Drive (not made by the script). */
function usersTemplate(b: LoadedBundle): string {
  const id = b.env.handles.docs.addDocument('Our agenda', ['OUR OWN AGENDA HEADING', '{{board}}', '{{agenda_items}}']);
  setSetting(b, 'Agenda template ID', id);
  return id;
}

const paperText = (b: LoadedBundle, id: string) => b.env.handles.docs.toHtml(id).replace(/<[^>]*>/g, ' ');

describe('scopes: the manifest as it ships (drive.file, documents)', () => {
  it('makes the agenda from the default template (which the script creates) in My Drive', () => {
    const b = board();
    const { alerts, agendas } = agenda(b);
    expect(alerts).toEqual([]);
    expect(agendas).toEqual([expect.objectContaining({ folderId: b.env.handles.docs.rootFolderId })]);
  });

  it('cannot copy a template the user made: the error is shown and nothing is created', () => {
    const b = board();
    const template = usersTemplate(b);
    const before = b.env.handles.docs.files().length;
    const { alerts, agendas } = agenda(b);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toContain(ITEM_MISSING);
    expect(agendas).toEqual([]);
    expect(b.env.handles.docs.files()).toHaveLength(before);
    expect(b.env.handles.docs.document(template).body.children.map((c) => (c.type === 'PARAGRAPH' ? c.text : ''))[0]).toBe('OUR OWN AGENDA HEADING');
  });

  it('cannot open an output folder the user made', () => {
    const b = board();
    const folder = b.env.handles.docs.addFolder('Board papers');
    setSetting(b, 'Output folder ID', folder);
    const before = b.env.handles.docs.files().length;
    const { alerts, agendas } = agenda(b);
    expect(alerts).toEqual([
      `The output folder in Settings (Output folder ID = ${folder}) could not be opened. Check the ID, or clear it to use My Drive. (${ITEM_MISSING})`,
    ]);
    expect(agendas).toEqual([]);
    expect(b.env.handles.docs.files()).toHaveLength(before);
  });
});

describe('scopes: the README’s advice', () => {
  it('with drive.readonly added, the user’s own template is copied and filled', () => {
    const b = board(['drive.readonly']);
    usersTemplate(b);
    const { alerts, agendas } = agenda(b);
    expect(alerts).toEqual([]);
    expect(agendas).toHaveLength(1);
    expect(paperText(b, agendas[0]!.id)).toContain('OUR OWN AGENDA HEADING');
  });

  it('drive.readonly is not enough to add papers to the user’s own folder; drive is', () => {
    const readOnly = board(['drive.readonly']);
    const folder = readOnly.env.handles.docs.addFolder('Board papers');
    setSetting(readOnly, 'Output folder ID', folder);
    const refused = agenda(readOnly);
    expect(refused.alerts).toEqual([expect.stringContaining(ACCESS_DENIED)]);
    expect(refused.agendas).toEqual([]);
    expect(readOnly.env.handles.docs.filesIn(folder)).toEqual([]);
    // Known gap (src/adapters/docs/render.ts): the default template, made before the move into the
    // folder is refused, stays in My Drive. Pinned here so a fix shows up.
    expect(readOnly.env.handles.docs.files().map((f) => [f.name, f.folderId])).toEqual([['Agenda – template', readOnly.env.handles.docs.rootFolderId]]);

    const full = board(['drive']);
    const own = full.env.handles.docs.addFolder('Board papers');
    setSetting(full, 'Output folder ID', own);
    usersTemplate(full);
    const made = agenda(full);
    expect(made.alerts).toEqual([]);
    expect(made.agendas).toEqual([expect.objectContaining({ folderId: own })]);
    expect(paperText(full, made.agendas[0]!.id)).toContain('OUR OWN AGENDA HEADING');
  });
});
