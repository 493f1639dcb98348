/** The pure parts of alert integrity: allowed domains and the busy-lock retry record. */
import { defaultDomains, domainOf, formatDomains, isAllowedAddress, parseDomains } from '../../src/core/alerts/domains';
import { afterBusy, decodeRetry, encodeRetry, MAX_TRIES, retryNotices } from '../../src/core/alerts/retry';

describe('allowed email domains', () => {
  it('parses a typed list: commas, semicolons or spaces, an optional @, any case, once each', () => {
    expect(parseDomains('Example.org; @council.gov.uk, nhs.net example.org')).toEqual({ domains: ['example.org', 'council.gov.uk', 'nhs.net'], bad: [] });
    expect(parseDomains('example.org, bad_domain!, localhost, x@y.org')).toEqual({ domains: ['example.org'], bad: ['bad_domain!', 'localhost', 'x@y.org'] });
    expect(parseDomains('')).toEqual({ domains: [], bad: [] });
    expect(formatDomains(['a.org', 'b.org'])).toBe('a.org, b.org');
  });

  it('matches an address by its exact domain, case ignored; a sub-domain or a look-alike does not match', () => {
    const allowed = ['example.org'];
    expect(isAllowedAddress('Gary@Example.ORG ', allowed)).toBe(true);
    expect(isAllowedAddress('gary@mail.example.org', allowed)).toBe(false);
    expect(isAllowedAddress('gary@example.org.evil.example', allowed)).toBe(false);
    expect(isAllowedAddress('gary@evilexample.org', allowed)).toBe(false);
    expect(isAllowedAddress('example.org', allowed)).toBe(false);
    expect(isAllowedAddress('a@example.org', [])).toBe(false);
    expect(domainOf('"x@y"@example.org')).toBe('example.org');
  });

  it("defaults to the installer's own domain, or none when unknown", () => {
    expect(defaultDomains('clerk@Council.gov.uk')).toEqual(['council.gov.uk']);
    expect(defaultDomains('')).toEqual([]);
  });
});

describe('busy-lock retries', () => {
  it('retries until MAX_TRIES busy tries in a day, then gives up; a new day starts its own count', () => {
    let record = undefined as ReturnType<typeof afterBusy>['record'] | undefined;
    const decisions: boolean[] = [];
    for (let i = 0; i < MAX_TRIES; i++) {
      const next = afterBusy(record, '2025-03-10', `07:${i}0`);
      decisions.push(next.retry);
      record = next.record;
    }
    expect(decisions).toEqual([...Array(MAX_TRIES - 1).fill(true), false]);
    expect(record).toMatchObject({ day: '2025-03-10', gaveUp: true });
    expect(record!.busyAt).toHaveLength(MAX_TRIES);
    // A new day starts its own count, keeping the missed day to report.
    expect(afterBusy(record, '2025-03-11', '07:00')).toEqual({
      record: { day: '2025-03-11', busyAt: ['07:00'], gaveUp: false, missed: [{ day: '2025-03-10', busyAt: record!.busyAt }] },
      retry: true,
    });
  });

  it('round-trips and rejects junk', () => {
    const r = { day: '2025-03-10', busyAt: ['07:00'], gaveUp: false };
    expect(decodeRetry(encodeRetry(r))).toEqual(r);
    expect(decodeRetry('{"day":1}')).toBeUndefined();
    expect(decodeRetry('nope')).toBeUndefined();
    expect(decodeRetry(null)).toBeUndefined();
  });

  it('tells the secretariat what happened, the same day or the next', () => {
    const same = { day: '2025-03-10', busyAt: ['07:00', '07:10'], gaveUp: false };
    expect(retryNotices(same, '2025-03-10', '07:20')).toEqual([
      'The daily run found the sheet busy (an editor saving) at 07:00 and 07:10; it retried and went ahead at 07:20.',
    ]);
    expect(retryNotices({ ...same, gaveUp: true }, '2025-03-11', '07:00')[0]).toMatch(
      /^On 10\/03\/2025 the daily run found the sheet busy \(an editor saving\) at 07:00 and 07:10 and gave up: no alerts were sent that day\./,
    );
    expect(retryNotices(same, '2025-03-11', '07:00')[0]).toContain('its retry did not run: no alerts were sent that day');
    expect(retryNotices(undefined, '2025-03-10', '07:00')).toEqual([]);
  });
});

describe('a missed day followed by a busy day', () => {
  it('keeps the missed day until a run goes ahead and reports both', () => {
    let record = undefined as ReturnType<typeof afterBusy>['record'] | undefined;
    for (let i = 0; i < MAX_TRIES; i++) record = afterBusy(record, '2025-03-10', `07:${i}0`).record;
    const nextDay = afterBusy(record, '2025-03-11', '07:00');
    expect(nextDay.retry).toBe(true);
    const back = decodeRetry(encodeRetry(nextDay.record));
    const lines = retryNotices(back, '2025-03-11', '07:10');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^On 10\/03\/2025 the daily run found the sheet busy \(an editor saving\) at 07:00, .* and 07:50 and gave up/);
    expect(lines[1]).toBe('The daily run found the sheet busy (an editor saving) at 07:00; it retried and went ahead at 07:10.');
  });
});
