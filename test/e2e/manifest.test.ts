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
  timeZone: string;
  runtimeVersion: string;
  exceptionLogging: string;
  oauthScopes: string[];
  webapp?: { executeAs: string; access: string };
  dependencies?: { enabledAdvancedServices?: { userSymbol: string }[] };
};
const bundle = readFileSync(join(DIST_DIR, 'Code.js'), 'utf8');
const granted = manifest.oauthScopes.map((s) => s.replace(AUTH, ''));

describe('appsscript.json', () => {
  it("runs on V8 in the board's time zone with exceptions logged", () => {
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

  it('never asks for every spreadsheet: the bound one only (the self-test that makes a scratch sheet has its own deployment)', () => {
    expect(granted).toContain('spreadsheets.currentonly');
    expect(granted).not.toContain('spreadsheets');
  });

  it("deploys the update page as a web app run as the deploying user, open to the link holders (README: Officers' updates)", () => {
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

/**
 * The self-test's own deployment (ACTION_LOG_SELFTEST=1 npm run deploy, into a spare
 * spreadsheet) pushes the same bundle with `spreadsheets` in place of `spreadsheets.currentonly`:
 * SpreadsheetApp.create, which the self-test needs for its scratch sheet, is refused under
 * `currentonly`. Nothing else changes.
 */
describe("the self-test deployment's manifest", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's CommonJS helper, as the build loads it
  const { manifestFor } = require(join(ROOT, 'scripts/manifest.cjs')) as { manifestFor: (m: object, env: Record<string, string>) => typeof manifest };
  const selfTest = manifestFor(manifest, { ACTION_LOG_SELFTEST: '1' });
  const selfTestScopes = selfTest.oauthScopes.map((s) => s.replace(AUTH, ''));

  it("is the product's with spreadsheets in place of spreadsheets.currentonly, and only with ACTION_LOG_SELFTEST=1", () => {
    expect(selfTestScopes).toEqual(granted.map((s) => (s === 'spreadsheets.currentonly' ? 'spreadsheets' : s)));
    expect({ ...selfTest, oauthScopes: [] }).toEqual({ ...manifest, oauthScopes: [] });
    expect(manifestFor(manifest, {})).toEqual(manifest);
  });

  it("grants the scope SpreadsheetApp.create needs, which the bundle calls for the self-test's scratch sheet", () => {
    expect(bundle).toMatch(/\.create\(`Action Log self-test/);
    expect(selfTestScopes).toContain('spreadsheets');
  });

  it('grants a scope for every service the bundle uses, and none it does not', () => {
    for (const need of NEEDS) expect(need.scopes.some((s) => selfTestScopes.includes(s))).toBe(true);
    const needed = new Set([...NEEDS.filter((n) => n.uses.test(bundle)).flatMap((n) => n.scopes), 'spreadsheets']);
    expect(selfTestScopes.filter((s) => !needed.has(s))).toEqual([]);
  });
});
