/**
 * `node scripts/run-ts.mjs test/papers/render-papers.ts [outDir] [--png]`: writes the sample
 * board's action log, agenda and draft minutes as HTML (and PNG with --png) under out/papers.
 */
import { resolve } from 'node:path';
import { screenshotHtml } from './screenshot';
import { writePapers } from './write-papers';

export async function main(args: string[]): Promise<void> {
  const outDir = resolve(args.find((a) => !a.startsWith('--')) ?? 'out/papers');
  const papers = writePapers(outDir);
  for (const p of papers) console.log(`${p.name}\n  ${p.path}`);
  if (args.includes('--png')) {
    for (const png of await screenshotHtml(papers.map((p) => p.path))) console.log(`  ${png}`);
  }
}
