/**
 * Renders the three papers for the sample board with the Docs emulator and writes each as
 * standalone HTML — what `npm start` shows a newcomer and what the visual check photographs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPaper } from '../../src/adapters/docs/render';
import { buildPaper } from '../../src/core/papers/models';
import type { PaperKind } from '../../src/core/papers/placeholders';
import { emulatedDocs } from './emulated-docs';
import { data, MEETING } from './sample-board';

/** The meeting papers (the monitoring report is for a review, not a meeting: test/recommendations/monitoring.test.ts). */
export const PAPER_FILES: Readonly<Record<Exclude<PaperKind, 'monitoring'>, string>> = {
  actionLog: 'action-log.html',
  agenda: 'agenda.html',
  minutes: 'draft-minutes.html',
};

export interface WrittenPaper {
  readonly kind: PaperKind;
  readonly name: string;
  readonly path: string;
  readonly calls: Record<string, number>;
}

export function writePapers(outDir: string): WrittenPaper[] {
  mkdirSync(outDir, { recursive: true });
  const { calls, handle, docs } = emulatedDocs();
  const folder = handle.addFolder('Board papers');
  return (Object.keys(PAPER_FILES) as (keyof typeof PAPER_FILES)[]).map((kind) => {
    calls.reset();
    const result = renderPaper(docs, {
      paper: buildPaper(kind, data, MEETING),
      templateId: '',
      outputFolderId: folder,
      savePdf: false,
      recordTemplateId: () => undefined,
    });
    const path = join(outDir, PAPER_FILES[kind]);
    writeFileSync(path, handle.toHtml(result.docId));
    return { kind, name: result.name, path, calls: { ...calls.byMethod('DocumentApp'), ...calls.byMethod('DriveApp') } };
  });
}
