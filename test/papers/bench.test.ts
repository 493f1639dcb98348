import { benchPapers } from './bench-papers';

describe('benchPapers', () => {
  it('renders an action log in a (near) constant number of calls with the Docs API, and ~2 calls a row without it', () => {
    const { results } = benchPapers([50, 500, 2000]);
    const api = results.filter((r) => r.style.startsWith('Docs API'));
    const perCell = results.filter((r) => r.style === 'per cell');
    expect(api.map((r) => r.rows)).toEqual([50, 500, 2000]);
    expect(perCell.map((r) => r.rows)).toEqual([50, 500, 2000]);
    // One Documents.get; one batchUpdate per 500 colour blocks (the 2,000-row log has > 1,000).
    expect(api[1]!.total).toBe(api[0]!.total);
    expect(api[2]!.total - api[0]!.total).toBeLessThanOrEqual(3);
    expect(api[2]!.total).toBeLessThan(100);
    expect(perCell[2]!.total - perCell[0]!.total).toBe(2 * 5 * (2000 - 50)); // getCell + setBackgroundColor for each of five cells a row
    for (const r of results) expect(r.total).toBe(r.docsCalls + r.driveCalls);
  });
});
