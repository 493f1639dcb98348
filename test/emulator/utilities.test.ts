import * as fc from 'fast-check';
import * as vm from 'node:vm';
import { CallLog } from './calls';
import { FakeClock } from './clock';
import { hostRealm } from './realm';
import { createUtilities, MAX_SLEEP_MS } from './utilities';

const LONDON = 'Europe/London';

function setup(start = '2025-03-03T09:00:00Z') {
  const calls = new CallLog();
  const clock = new FakeClock(start);
  const { service, handle } = createUtilities({ realm: hostRealm, calls, clock });
  return { U: service, handle, calls, clock };
}

/** Independent oracle for UK clocks since 1996: BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October. */
function ukOffsetHours(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
  };
  return ms >= lastSunday(2) && ms < lastSunday(9) ? 1 : 0;
}

const pad = (n: number) => String(n).padStart(2, '0');

describe('Utilities.formatDate', () => {
  const { U } = setup();
  const at = (iso: string) => new Date(iso);

  it('shows wall time in the given zone, BST in summer and GMT in winter', () => {
    expect(U.formatDate(at('2024-07-01T12:00:00Z'), LONDON, 'dd/MM/yyyy HH:mm')).toBe('01/07/2024 13:00');
    expect(U.formatDate(at('2024-01-15T12:00:00Z'), LONDON, 'dd/MM/yyyy HH:mm')).toBe('15/01/2024 12:00');
    expect(U.formatDate(at('2024-07-01T12:00:00Z'), 'GMT', 'dd/MM/yyyy HH:mm')).toBe('01/07/2024 12:00');
    expect(U.formatDate(at('2024-07-01T12:00:00Z'), 'America/New_York', 'HH:mm')).toBe('08:00');
  });

  it('crosses the clock changes at 01:00 UTC', () => {
    const P = 'HH:mm:ss z';
    expect(U.formatDate(at('2024-03-31T00:59:59Z'), LONDON, P)).toBe('00:59:59 GMT');
    expect(U.formatDate(at('2024-03-31T01:00:00Z'), LONDON, P)).toBe('02:00:00 BST');
    expect(U.formatDate(at('2024-10-27T00:30:00Z'), LONDON, P)).toBe('01:30:00 BST');
    expect(U.formatDate(at('2024-10-27T01:30:00Z'), LONDON, P)).toBe('01:30:00 GMT');
  });

  it('supports names, 12-hour clock, offsets and quoted text', () => {
    const d = at('2010-03-18T15:05:09Z');
    expect(U.formatDate(d, LONDON, 'EEEE d MMMM yyyy')).toBe('Thursday 18 March 2010');
    expect(U.formatDate(d, LONDON, 'EEE d MMM yy')).toBe('Thu 18 Mar 10');
    expect(U.formatDate(d, LONDON, 'M/d H:m:s')).toBe('3/18 15:5:9');
    expect(U.formatDate(d, LONDON, "h 'o''clock' a")).toBe("3 o'clock PM");
    expect(U.formatDate(d, LONDON, "'Week of' d MMM")).toBe('Week of 18 Mar');
    const summer = at('2024-07-01T12:00:00Z');
    expect(U.formatDate(summer, LONDON, "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2024-07-01T13:00:00+01:00');
    expect(U.formatDate(summer, LONDON, 'Z')).toBe('+0100');
    expect(U.formatDate(at('2024-01-01T00:00:00Z'), LONDON, 'XXX')).toBe('Z');
    expect(U.formatDate(at('2024-01-01T00:00:00Z'), LONDON, 'h:mm a')).toBe('12:00 AM');
  });

  it('throws like Java on a letter that is not a pattern character', () => {
    expect(() => U.formatDate(new Date(), LONDON, 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
    expect(() => U.formatDate(new Date(), LONDON, "'unterminated")).toThrow(/Unterminated quote/);
  });

  it('accepts a Date from another realm (the bundle’s)', () => {
    const foreign = vm.runInNewContext('new Date(Date.UTC(2024, 6, 1, 12))') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(U.formatDate(foreign, LONDON, 'HH:mm')).toBe('13:00');
  });

  it('agrees with the UK clock rule for any instant 1996–2040 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1996, 0, 1), max: Date.UTC(2040, 11, 31) }), (ms) => {
        const wall = new Date(ms + ukOffsetHours(ms) * 3600000);
        const expected = `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())} ${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`;
        expect(U.formatDate(new Date(ms), LONDON, 'yyyy-MM-dd HH:mm')).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('Utilities.parseDate', () => {
  const { U, clock } = setup();
  const iso = (d: Date) => d.toISOString();

  it('reads wall time in the zone: GMT in March, BST in June', () => {
    expect(iso(U.parseDate('18/03/2010', LONDON, 'dd/MM/yyyy'))).toBe('2010-03-18T00:00:00.000Z');
    expect(iso(U.parseDate('18/06/2010', LONDON, 'dd/MM/yyyy'))).toBe('2010-06-17T23:00:00.000Z');
    expect(iso(U.parseDate('18/06/2010', 'GMT', 'dd/MM/yyyy'))).toBe('2010-06-18T00:00:00.000Z');
  });

  it('resolves the spring gap with the old offset and the autumn overlap as GMT', () => {
    expect(iso(U.parseDate('31/03/2024 01:30', LONDON, 'dd/MM/yyyy HH:mm'))).toBe('2024-03-31T01:30:00.000Z');
    expect(iso(U.parseDate('27/10/2024 01:30', LONDON, 'dd/MM/yyyy HH:mm'))).toBe('2024-10-27T01:30:00.000Z');
    expect(iso(U.parseDate('27/10/2024 00:30', LONDON, 'dd/MM/yyyy HH:mm'))).toBe('2024-10-26T23:30:00.000Z');
  });

  it('is lenient, ignores trailing text, and honours explicit offsets and abutting fields', () => {
    expect(iso(U.parseDate('32/01/2024', LONDON, 'dd/MM/yyyy'))).toBe('2024-02-01T00:00:00.000Z');
    expect(iso(U.parseDate('2024-07-01T10:00 and more', LONDON, 'yyyy-MM-dd'))).toBe('2024-06-30T23:00:00.000Z');
    expect(iso(U.parseDate('2024-07-01T13:00:00+01:00', 'GMT', "yyyy-MM-dd'T'HH:mm:ssXXX"))).toBe('2024-07-01T12:00:00.000Z');
    expect(iso(U.parseDate('20240318', LONDON, 'yyyyMMdd'))).toBe('2024-03-18T00:00:00.000Z');
    expect(iso(U.parseDate('18 march 2010 3:05 pm', LONDON, 'd MMMM yyyy h:mm a'))).toBe('2010-03-18T15:05:00.000Z');
    expect(iso(U.parseDate('Thu 18 Mar 2010', LONDON, 'EEE d MMM yyyy'))).toBe('2010-03-18T00:00:00.000Z');
  });

  it('pivots two-digit years around the clock: 80 years back, 20 ahead', () => {
    clock.set('2025-03-03T09:00:00Z');
    expect(U.parseDate('18/03/10', LONDON, 'dd/MM/yy').getUTCFullYear()).toBe(2010);
    expect(U.parseDate('18/03/60', LONDON, 'dd/MM/yy').getUTCFullYear()).toBe(1960);
    expect(U.parseDate('18/03/44', LONDON, 'dd/MM/yy').getUTCFullYear()).toBe(2044);
  });

  it('throws an Apps Script exception on text that does not match', () => {
    let error: unknown;
    try {
      U.parseDate('next Tuesday', LONDON, 'dd/MM/yyyy');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect(String(error)).toBe('Exception: Unparseable date: "next Tuesday"');
  });

  it('returns a Date of the realm it was given', () => {
    const context = vm.createContext({});
    const RealmDate = vm.runInContext('Date', context) as DateConstructor;
    const { service } = createUtilities({ realm: { Date: RealmDate }, calls: new CallLog(), clock: new FakeClock() });
    const d = service.parseDate('18/03/2010', LONDON, 'dd/MM/yyyy');
    expect(d instanceof RealmDate).toBe(true);
    expect(d instanceof Date).toBe(false);
  });

  it('round-trips formatDate for any instant across BST and GMT (property)', () => {
    const P = 'yyyy-MM-dd HH:mm:ss';
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }).map((ms) => ms - (ms % 1000)),
        (ms) => {
          const text = U.formatDate(new Date(ms), LONDON, P);
          const back = U.parseDate(text, LONDON, P).getTime();
          // The wall time always survives; the instant does except in the repeated autumn hour,
          // where the BST reading comes back as the GMT one an hour later.
          expect(U.formatDate(new Date(back), LONDON, P)).toBe(text);
          expect(back === ms || back - ms === 3600000).toBe(true);
          expect(U.parseDate(`${text} ${U.formatDate(new Date(ms), LONDON, 'Z')}`, LONDON, `${P} Z`).getTime()).toBe(ms);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('round-trips every autumn-overlap instant once an offset is included', () => {
    const P = 'dd/MM/yyyy HH:mm XXX';
    for (const iso of ['2024-10-27T00:15:00Z', '2024-10-27T01:15:00Z']) {
      const text = U.formatDate(new Date(iso), LONDON, P);
      expect(U.parseDate(text, LONDON, P).toISOString()).toBe(new Date(iso).toISOString());
    }
  });
});

describe('Utilities bytes, digests and blobs', () => {
  const { U, calls } = setup();

  it('computes SHA-256 and HMAC-SHA256 as signed Java bytes', () => {
    const digest = U.computeDigest(U.DigestAlgorithm.SHA_256, 'abc');
    expect(digest).toHaveLength(32);
    expect(digest.every((b) => b >= -128 && b <= 127)).toBe(true);
    const hex = digest.map((b) => (b & 0xff).toString(16).padStart(2, '0')).join('');
    expect(hex).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(digest[0]).toBe(-70); // 0xba
    const mac = U.computeHmacSha256Signature('what do ya want for nothing?', 'Jefe');
    expect(mac.map((b) => (b & 0xff).toString(16).padStart(2, '0')).join('')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    expect(U.computeHmacSignature(U.MacAlgorithm.HMAC_SHA_256, 'what do ya want for nothing?', 'Jefe')).toEqual(mac);
  });

  it('encodes and decodes base64, web-safe too', () => {
    expect(U.base64Encode('Hello world')).toBe('SGVsbG8gd29ybGQ=');
    const bytes = U.base64Decode('SGVsbG8gd29ybGQ=');
    expect(String.fromCharCode(...bytes)).toBe('Hello world');
    expect(U.base64Encode([-1, -2, -3])).toBe('//79');
    expect(U.base64EncodeWebSafe([-1, -2, -3])).toBe('__79');
    expect(U.base64DecodeWebSafe('__79')).toEqual([-1, -2, -3]);
    expect(U.base64Encode('£', U.Charset.UTF_8)).toBe('wqM=');
  });

  it('makes blobs that hold bytes, a type and a name', () => {
    const blob = U.newBlob('Minutes £', 'text/plain', 'minutes.txt');
    expect(blob.getDataAsString()).toBe('Minutes £');
    expect(blob.getContentType()).toBe('text/plain');
    expect(blob.getName()).toBe('minutes.txt');
    expect(blob.getBytes().slice(-2)).toEqual([-62, -93]);
    blob.setName('renamed.txt');
    expect(blob.getName()).toBe('renamed.txt');
    expect(U.newBlob([72, 105]).getDataAsString()).toBe('Hi');
    expect(calls.count('Utilities.Blob.getName')).toBe(2);
  });

  it('gives RFC 4122 v4 UUIDs', () => {
    const a = U.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(U.getUuid()).not.toBe(a);
  });
});

describe('Utilities.sleep', () => {
  it('advances the fake clock instead of waiting', () => {
    const { U, clock, handle, calls } = setup();
    const before = clock.now();
    const started = Date.now();
    U.sleep(60000);
    expect(clock.now() - before).toBe(60000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(handle.sleptMs).toBe(60000);
    expect(calls.count('Utilities.Utilities.sleep')).toBe(1);
    expect(() => U.sleep(MAX_SLEEP_MS + 1)).toThrow(/Invalid argument/);
  });
});
