import { LATENCY } from '../bench/latency';
import { benchPapers } from './bench-papers';

describe('benchPapers (through the menu, on the bundle)', () => {
  it('reports every service for 50, 500 and 2,000 rows, with and without the Docs API', () => {
    const { results, templateCreation } = benchPapers([50, 500]);
    expect(results.map((r) => [r.rows, r.docsApi, r.again])).toEqual(
      [50, 500].flatMap((n) => [
        [n, true, false],
        [n, true, true],
        [n, false, false],
        [n, false, true],
      ]),
    );
    for (const r of results) {
      expect(r.byService.SpreadsheetApp).toBeGreaterThan(0); // the sheet reads are in the count
      expect(r.total).toBe(Object.values(r.byService).reduce((a, b) => a + b, 0));
      expect(r.docsAndDrive * LATENCY.docsCallMs).toBeLessThan(60_000);
    }
    expect(templateCreation).toBeGreaterThan(0);
  });
});
