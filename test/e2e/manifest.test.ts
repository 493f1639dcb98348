/**
 * The manifest asks for exactly the scopes the bundle's services need: a service used without
 * its scope fails on a real account at the first call, and a scope nobody uses is a needless
 * question on the consent screen. The services are found in the built bundle itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR, ROOT } from '../harness/bundle';

const AUTH = 'https://www.googleapis.com/auth/';

/** A service global used as code (services are often passed in as arguments), not in a string. */
function global(name: string): RegExp {
  return new RegExp(`(?<![\\w.'"\`$])${name}(?=[.,)])`);
}

/** What each service (as the bundle refers to it) needs; any one scope of a list will do. */
const NEEDS: readonly { readonly uses: RegExp; readonly what: string; readonly scopes: readonly string[] }[] = [
  { uses: global('SpreadsheetApp'), what: 'the bound spreadsheet', scopes: ['spreadsheets.currentonly', 'spreadsheets'] },
  { uses: /\.getUi\(\)/, what: 'menus, dialogs and alerts', scopes: ['script.container.ui'] },
  { uses: global('ScriptApp'), what: 'installing the alert trigger', scopes: ['script.scriptapp'] },
  { uses: global('MailApp'), what: 'sending the digests', scopes: ['script.send_mail'] },
  { uses: global('DocumentApp'), what: 'filling in the papers', scopes: ['documents'] },
  { uses: global('Docs'), what: 'colouring the tables (advanced Docs service)', scopes: ['documents', 'drive.file'] },
  { uses: global('DriveApp'), what: 'copying templates and saving papers', scopes: ['drive.file', 'drive'] },
  { uses: /\bgetActiveUser\(\)/, what: 'saying who installed the alerts', scopes: ['userinfo.email'] },
];

const manifest = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8')) as {
  timeZone: string; runtimeVersion: string; exceptionLogging: string; oauthScopes: string[];
  webapp?: { executeAs: string; access: string };
  dependencies?: { enabledAdvancedServices?: { userSymbol: string }[] };
};
const bundle = readFileSync(join(DIST_DIR, 'Code.js'), 'utf8');
const granted = manifest.oauthScopes.map((s) => s.replace(AUTH, ''));

describe('appsscript.json', () => {
  it('runs on V8 in the board\'s time zone with exceptions logged', () => {
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Europe/London', exceptionLogging: 'STACKDRIVER' });
    expect(JSON.parse(readFileSync(join(DIST_DIR, 'appsscript.json'), 'utf8'))).toEqual(manifest);
  });

  it.each(NEEDS.map((n) => [n.what, n] as const))('grants a scope for %s, which the bundle does', (_, need) => {
    expect(bundle).toMatch(need.uses);
    expect(need.scopes.some((s) => granted.includes(s))).toBe(true);
  });

  it('asks for no scope that no service of the bundle needs', () => {
    const needed = new Set(NEEDS.filter((n) => n.uses.test(bundle)).flatMap((n) => n.scopes));
    expect(granted.filter((s) => !needed.has(s))).toEqual([]);
  });

  it('deploys the update page as a web app run as the deploying user, open to the link holders (README: Officers\' updates)', () => {
    // The bundle serves it (a top-level doGet) and signs its links with a secret in the
    // deploying user's user properties, which only runs as that user.
    expect(bundle).toMatch(/^function doGet\(\)/m);
    expect(manifest.webapp).toEqual({ executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' });
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toMatch(/"access": "DOMAIN"/);
  });

  it('enables the advanced Docs service the bundle calls', () => {
    expect(manifest.dependencies?.enabledAdvancedServices?.map((s) => s.userSymbol)).toEqual(['Docs']);
  });
});
