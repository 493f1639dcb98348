/**
 * Visual check: the three papers of the sample board, written as HTML by the Docs emulator and
 * photographed in headless Chromium. The PNGs stay in test-output/papers/ for a person to look at
 * (npm test's own folder: out/ is the demo board `npm start` writes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STATUS_KEY } from '../../src/core/status';
import { CHROMIUM, screenshotHtml } from './screenshot';
import { writePapers } from './write-papers';

const OUT = join(__dirname, '..', '..', 'test-output', 'papers');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const haveChromium = existsSync(CHROMIUM);
(haveChromium ? it : it.skip)('renders each paper to a PNG under test-output/papers', async () => {
  const papers = writePapers(OUT);
  const pngs = await screenshotHtml(papers.map((p) => p.path));
  expect(pngs.map((p) => p.slice(OUT.length + 1))).toEqual(['action-log.png', 'agenda.png', 'draft-minutes.png']);
  for (const png of pngs) {
    const bytes = readFileSync(png);
    expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(bytes.length).toBeGreaterThan(20_000); // a page of text and tables, not a blank
  }
  const html = readFileSync(papers[0]!.path, 'utf8');
  for (const entry of STATUS_KEY) expect(html).toContain(`background:${entry.background}`);
  // What the PNG shows: real headings, the status in words, the header row again on page 2.
  expect(html).toContain('<h1>Action Log &amp; Forward Plan</h1>');
  expect(html).toContain('<h2>Key:</h2>');
  expect(html).toContain('Status: Completed.');
  expect(html).toMatch(/Page 1 of [2-9]/);
  expect(html).toMatch(/<tr class="repeated-header"><th scope="col"[^>]*><p[^>]*>Ref No and subject<\/p>/);
});
