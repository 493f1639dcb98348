/**
 * `npm test` runs every self-test scenario on the emulator: the same list (src/selftest/
 * scenarios.ts) and the same runner the product runs on a real account, reached the same way
 * (Help ▸ Run self-test in the built bundle). Each scenario must pass here; on a real account
 * a difference shows up as a failing line of the report.
 */
import { SCENARIOS } from '../../src/selftest/scenarios';
import { loadBundle } from '../harness/bundle';
import { bundleCode } from '../capture/helpers';
import { failureText, runSelfTestMenu } from './helpers';

const bundle = loadBundle({ code: bundleCode(), now: '2010-03-10T10:00:00Z' });
const { report, title } = runSelfTestMenu(bundle);

describe('the self-test on the emulator', () => {
  it('ran every scenario of the one list, in order', () => {
    expect(report.scenarios.map((s) => s.id)).toEqual(SCENARIOS.map((s) => s.id));
    expect(report.setupError).toBeUndefined();
    expect(report.ranOn).toBe('apps-script');
  });

  it.each(SCENARIOS.map((s) => [s.id]))('scenario %s passes', (id) => {
    const result = report.scenarios.find((s) => s.id === id)!;
    expect(failureText(report, id)).toBe('');
    expect(result.outcome).toBe('passed');
    expect(result.checks).toBeGreaterThan(0);
  });

  it('says in the dialog title how many passed', () => {
    expect(title).toBe(`Action Log self-test: ${SCENARIOS.length} of ${SCENARIOS.length} passed`);
    expect(report.passed).toBe(SCENARIOS.length);
    expect(report.failed).toBe(0);
  });
});
