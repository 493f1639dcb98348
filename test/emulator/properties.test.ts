import { createAppsScript } from './index';
import { MAX_STORE_BYTES, MAX_VALUE_BYTES, STORE_FULL, VALUE_TOO_LARGE } from './properties';

function caught(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw');
}

describe('PropertiesService', () => {
  it('stores, reads, merges, lists and deletes string values', () => {
    const { globals } = createAppsScript();
    const props = globals.PropertiesService.getScriptProperties();
    expect(props.getProperty('missing')).toBeNull();
    props.setProperty('a', '1').setProperty('b', '2');
    expect(props.getProperty('a')).toBe('1');
    props.setProperties({ b: 'two', c: 'three' });
    expect(props.getProperties()).toEqual({ a: '1', b: 'two', c: 'three' });
    expect(props.getKeys().sort()).toEqual(['a', 'b', 'c']);
    props.setProperties({ d: '4' }, true);
    expect(props.getProperties()).toEqual({ d: '4' });
    props.deleteProperty('d');
    expect(props.getKeys()).toEqual([]);
    props.setProperty('e', '5');
    props.deleteAllProperties();
    expect(props.getProperties()).toEqual({});
  });

  it('converts values to strings and hands out copies', () => {
    const { globals } = createAppsScript();
    const props = globals.PropertiesService.getDocumentProperties();
    props.setProperty('n', 42 as unknown as string);
    expect(props.getProperty('n')).toBe('42');
    const copy = props.getProperties();
    copy.n = 'changed';
    expect(props.getProperty('n')).toBe('42');
  });

  it('keeps the document, script and user stores apart', () => {
    const { globals } = createAppsScript();
    const P = globals.PropertiesService;
    P.getDocumentProperties().setProperty('k', 'doc');
    P.getScriptProperties().setProperty('k', 'script');
    P.getUserProperties().setProperty('k', 'user');
    expect([P.getDocumentProperties().getProperty('k'), P.getScriptProperties().getProperty('k'), P.getUserProperties().getProperty('k')]).toEqual([
      'doc',
      'script',
      'user',
    ]);
  });

  it('shares document and script stores between executions, user stores per user', () => {
    const first = createAppsScript({ user: 'chair@example.org' });
    const second = createAppsScript({ user: 'clerk@example.org', shareWith: first });
    first.globals.PropertiesService.getScriptProperties().setProperty('lastRun', 'x');
    first.globals.PropertiesService.getDocumentProperties().setProperty('setUp', 'yes');
    first.globals.PropertiesService.getUserProperties().setProperty('mine', 'chair');
    expect(second.globals.PropertiesService.getScriptProperties().getProperty('lastRun')).toBe('x');
    expect(second.globals.PropertiesService.getDocumentProperties().getProperty('setUp')).toBe('yes');
    expect(second.globals.PropertiesService.getUserProperties().getProperty('mine')).toBeNull();
    const sameUser = createAppsScript({ user: 'chair@example.org', shareWith: first });
    expect(sameUser.globals.PropertiesService.getUserProperties().getProperty('mine')).toBe('chair');
    expect(first.handles.properties.user.get('mine')).toBe('chair');
  });

  it('returns null document properties in a standalone script', () => {
    const { globals } = createAppsScript({ container: false });
    expect(globals.PropertiesService.getDocumentProperties()).toBeNull();
  });

  it('refuses a value over 9 KB (UTF-8 bytes), as Apps Script does', () => {
    const { globals } = createAppsScript();
    const props = globals.PropertiesService.getScriptProperties();
    props.setProperty('exact', 'x'.repeat(MAX_VALUE_BYTES));
    expect(props.getProperty('exact')).toHaveLength(MAX_VALUE_BYTES);
    const big = caught(() => props.setProperty('big', 'x'.repeat(MAX_VALUE_BYTES + 1)));
    expect(String(big)).toBe(`Exception: ${VALUE_TOO_LARGE}`);
    // 4,609 characters but 9,218 bytes.
    expect(() => props.setProperty('accents', 'é'.repeat(4609))).toThrow(VALUE_TOO_LARGE);
    expect(() => props.setProperties({ ok: 'fine', big: 'x'.repeat(MAX_VALUE_BYTES + 1) })).toThrow(VALUE_TOO_LARGE);
    expect(props.getProperty('ok')).toBeNull(); // all or nothing
  });

  it('refuses to grow a store past 500 KB and leaves it unchanged', () => {
    const { globals, handles } = createAppsScript();
    const props = globals.PropertiesService.getScriptProperties();
    const value = 'v'.repeat(9000);
    let i = 0;
    const used = () => [...handles.properties.stores.script].reduce((n, [k, v]) => n + k.length + v.length, 0);
    while (used() + 9000 + 4 <= MAX_STORE_BYTES) props.setProperty(`k${String(i++).padStart(3, '0')}`, value);
    const before = props.getKeys().length;
    const error = caught(() => props.setProperty('one-too-many', value));
    expect(error.message).toBe(STORE_FULL);
    expect(error.name).toBe('Exception');
    expect(props.getKeys()).toHaveLength(before);
    props.deleteProperty('k000');
    expect(() => props.setProperty('now-fits', value)).not.toThrow();
  });

  it('counts every call', () => {
    const { globals, calls } = createAppsScript();
    const props = globals.PropertiesService.getScriptProperties();
    props.setProperty('a', '1');
    props.getProperty('a');
    props.getProperty('a');
    expect(calls.byMethod('PropertiesService')).toEqual({
      'PropertiesService.Properties.getProperty': 2,
      'PropertiesService.Properties.setProperty': 1,
      'PropertiesService.PropertiesService.getScriptProperties': 1,
    });
  });
});
