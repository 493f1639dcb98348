/**
 * `npm run bench`, papers: every service's calls (sheet reads included) to make an action log of
 * 50, 500 and 2,000 rows through the real menu path of the bundle, with the advanced Docs service
 * and without it (DocumentApp). The default template exists already (made by a first run);
 * creating it is counted separately.
 */
import { countActionLogThroughMenu, menuBoard, benchBoard, generateThroughMenu, type MenuCount } from './menu-board';

export interface PapersBench {
  readonly results: MenuCount[];
  /** Calls to create the default template on first use (once per paper kind). */
  readonly templateCreation: number;
}

export function benchPapers(sizes: readonly number[] = [50, 500, 2000]): PapersBench {
  const b = menuBoard(benchBoard(1));
  b.bundle.env.calls.reset();
  generateThroughMenu(b, 'actionLog');
  const first = b.bundle.env.calls.total();
  b.bundle.env.calls.reset();
  generateThroughMenu(b, 'actionLog');
  const templateCreation = first - b.bundle.env.calls.total();
  const results: MenuCount[] = [];
  for (const rows of sizes)
    for (const docsApi of [true, false]) for (const again of [false, true]) results.push(countActionLogThroughMenu(rows, docsApi, again));
  return { results, templateCreation };
}
