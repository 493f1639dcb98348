import { build } from 'esbuild';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST_CODE, loadBundle, type LoadedBundle } from './bundle';

/**
 * A tiny script built the way scripts/build.mjs builds ours (IIFE + one top-level stub per
 * export), so the harness is tested independently of src/.
 */
const TINY = `
export function now() { return new Date().toISOString(); }
export function nowMs() { return Date.now(); }
export function calendar() { const d = new Date(2024, 6, 1, 9, 30); return [d.toISOString(), d.getHours(), Date.UTC(2024, 0, 1)]; }
export function asString() { return typeof Date(); }
export function isRealmDate() {
  const fromService = Utilities.parseDate('18/03/2010', 'Europe/London', 'dd/MM/yyyy');
  return [new Date() instanceof Date, fromService instanceof Date, new Date().constructor === Date];
}
export function localHour(iso: string) { return new Date(iso).getHours(); }
export function remember(value: string) {
  PropertiesService.getScriptProperties().setProperty('remembered', value);
  return PropertiesService.getScriptProperties().getProperty('remembered');
}
export function guarded() {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(1000)) return 'busy';
  try { return 'done'; } finally { lock.releaseLock(); }
}
export function takeLockAndForget() { LockService.getScriptLock().waitLock(1000); return 'held'; }
export function missingHostGlobals() {
  const g = globalThis as any;
  return ['setTimeout', 'require', 'process', 'Buffer', 'module'].filter((n) => typeof g[n] !== 'undefined');
}
export function whoAmI() { return Session.getActiveUser().getEmail(); }
export function fails() { throw new Error('boom'); }
export function catchServiceError() {
  try { Utilities.parseDate('soon', 'Europe/London', 'dd/MM/yyyy'); return 'no error'; }
  catch (e) { return [e instanceof Error, String(e), (e as Error).message]; }
}
`;

let tinyCode = '';

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tiny-bundle-'));
  const entry = join(dir, 'main.ts');
  writeFileSync(entry, TINY);
  const probe = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outfile: join(dir, 'probe.js'),
    logLevel: 'silent',
  });
  const names = Object.values(probe.metafile.outputs)[0]!.exports;
  const footer = names.map((n) => `function ${n}() { return Tiny.${n}.apply(this, arguments); }`).join('\n');
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: 'Tiny',
    target: 'es2020',
    write: false,
    outfile: join(dir, 'Code.js'),
    footer: { js: footer },
    logLevel: 'silent',
  });
  tinyCode = out.outputFiles[0]!.text;
  writeFileSync(join(dir, 'Code.js'), tinyCode);
});

const tiny = (options: Parameters<typeof loadBundle>[0] = {}): LoadedBundle => loadBundle({ code: tinyCode, ...options });

describe('loadBundle on a tiny bundle', () => {
  it('exposes the exports as top-level functions of a fresh context', () => {
    const b = tiny();
    expect(b.topLevelFunctions()).toEqual(expect.arrayContaining(['now', 'guarded', 'remember']));
    expect(b.topLevelFunctions()).not.toContain('Date');
    expect(b.topLevelFunctions()).not.toContain('Utilities');
  });

  it('runs new Date() and Date.now() on the fake clock, other constructors untouched', () => {
    const b = tiny({ now: '2025-03-03T09:00:00Z' });
    expect(b.call('now')).toBe('2025-03-03T09:00:00.000Z');
    b.env.clock.advance(60000);
    expect(b.call('nowMs')).toBe(Date.parse('2025-03-03T09:01:00Z'));
    expect(b.call('calendar')).toEqual(['2024-07-01T08:30:00.000Z', 9, Date.UTC(2024, 0, 1)]);
    expect(b.call('asString')).toBe('string');
  });

  it('keeps one Date in the realm: its own and the services’ dates pass instanceof', () => {
    expect(tiny().call('isRealmDate')).toEqual([true, true, true]);
  });

  it('uses the script time zone for local-time methods (BST in July, GMT in January)', () => {
    const b = tiny();
    expect(b.call('localHour', '2024-07-01T12:00:00Z')).toBe(13);
    expect(b.call('localHour', '2024-01-15T12:00:00Z')).toBe(12);
  });

  it('throws service errors as the realm’s own Error named Exception', () => {
    expect(tiny().call('catchServiceError')).toEqual([true, 'Exception: Unparseable date: "soon"', 'Unparseable date: "soon"']);
  });

  it('offers none of Node’s globals', () => {
    expect(tiny().call('missingHostGlobals')).toEqual([]);
  });

  it('wires in the environment’s services and its options', () => {
    const b = tiny({ user: 'chair@example.org' });
    expect(b.call('remember', 'x')).toBe('x');
    expect(b.env.handles.properties.stores.script.get('remembered')).toBe('x');
    expect(b.call('whoAmI')).toBe('chair@example.org');
    expect(b.env.calls.count('PropertiesService.Properties.setProperty')).toBe(1);
  });

  it('fails clearly when the name is not a top-level function', () => {
    const b = tiny();
    expect(() => b.call('noSuchFunction')).toThrow(/noSuchFunction is not a top-level function of the bundle \(it is undefined\).*guarded/);
    expect(() => b.call('Tiny')).toThrow(/Tiny is not a top-level function.*\(it is object\)/);
    expect(() => b.call('fails')).toThrow('boom');
  });

  it('ends the execution after each call: locks it forgot are released', () => {
    const a = tiny();
    const other = tiny({ shareWith: a });
    expect(a.call('takeLockAndForget')).toBe('held');
    expect(other.call('guarded')).toBe('done');
  });

  it('interleaves a second execution inside the first’s critical section', () => {
    const a = tiny({ user: 'chair@example.org' });
    const b = tiny({ user: 'clerk@example.org', shareWith: a });
    const inside: unknown[] = [];
    a.env.handles.lock.onAcquire(() => inside.push(b.call('guarded')));
    const t0 = a.env.clock.now();
    expect(a.call('guarded')).toBe('done');
    expect(inside).toEqual(['busy']);
    expect(a.env.clock.now() - t0).toBe(1000); // b waited out its tryLock(1000)
    expect(b.call('guarded')).toBe('done');
    // The two executions share state but have separate contexts.
    expect(a.context).not.toBe(b.context);
    expect(b.env.clock).toBe(a.env.clock);
  });
});

describe('loadBundle on dist/Code.js (built by the jest global setup)', () => {
  const buildError = process.env.ACTION_LOG_BUILD_ERROR;
  const entryPoints: string[] = JSON.parse(process.env.ACTION_LOG_ENTRY_POINTS ?? '[]');

  it('was built', () => {
    if (buildError) throw new Error(`npm run build failed in the jest global setup:\n${buildError}`);
    expect(existsSync(DIST_CODE)).toBe(true);
    expect(entryPoints.length).toBeGreaterThan(0);
  });

  it('defines every entry point of src/main.ts as a top-level function, onOpen included', () => {
    if (buildError) throw new Error(`build failed: ${buildError}`);
    const b = loadBundle();
    expect(b.topLevelFunctions()).toEqual(expect.arrayContaining(entryPoints));
    if (entryPoints.includes('onOpen')) expect(typeof (b.context as Record<string, unknown>).onOpen).toBe('function');
  });

  it('onOpen adds a menu whose every item names a top-level function', () => {
    if (buildError) throw new Error(`build failed: ${buildError}`);
    if (!entryPoints.includes('onOpen')) return;
    const b = loadBundle();
    b.call('onOpen');
    const handlers = b.env.handles.ui.menuFunctions();
    expect(handlers.length).toBeGreaterThan(0);
    expect(handlers.filter((name) => !b.topLevelFunctions().includes(name))).toEqual([]);
  });
});
