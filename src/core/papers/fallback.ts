/**
 * What the DocumentApp way (no advanced Docs service) can style within a budget of calls.
 * DocumentApp has no call for a row's or a range's background: each coloured cell costs
 * `getCell` + `setBackgroundColor`, each bold row `getRow` + `editAsText` + `setBold`. At 300 ms
 * a call, a 2,000-row action log coloured cell by cell would need ~1 hour (Apps Script stops a
 * run at 6 minutes). So the fallback always styles the header rows and the status key, and the
 * other rows only when all of them fit in the budget; otherwise it leaves those out (the status
 * is written in words on every row, so nothing is lost but the shading) and says so.
 */
import type { TableModel } from './models';

/** Calls the fallback may spend on cell colours and bold rows (≈ 90 s at 300 ms a call). */
export const FALLBACK_STYLE_CALLS = 300;

export interface TableStyling {
  colourRow(row: number): boolean;
  boldRow(row: number): boolean;
}

export const FULL_STYLING: TableStyling = { colourRow: () => true, boldRow: () => true };
const HEADER_ONLY = (headerRows: number): TableStyling => ({ colourRow: (r) => r < headerRows, boldRow: (r) => r < headerRows });

export interface FallbackStyling {
  readonly styles: Record<string, TableStyling>;
  readonly leftOut: string[];
  /** Coloured cells the fallback will set. */
  readonly colouredCells: number;
}

const cellsIn = (row: readonly (string | undefined)[] | undefined) => (row ?? []).filter(Boolean).length;

/** Per table: everything when it all fits in `budget` calls, else the header rows only (the status key is small and always kept). */
export function fallbackStyling(tables: Readonly<Record<string, TableModel>>, budget: number): FallbackStyling {
  let essential = 0;
  let extra = 0;
  let essentialCells = 0;
  let allCells = 0;
  for (const [name, t] of Object.entries(tables)) {
    t.backgrounds.forEach((row, r) => {
      const cost = 2 * cellsIn(row);
      allCells += cellsIn(row);
      if (name === 'status_key' || r < t.headerRows) {
        essential += cost;
        essentialCells += cellsIn(row);
      } else extra += cost;
    });
    for (const r of t.boldRows) {
      if (name === 'status_key' || r < t.headerRows) essential += 3;
      else extra += 3;
    }
  }
  if (essential + extra <= budget) {
    return { styles: Object.fromEntries(Object.keys(tables).map((n) => [n, FULL_STYLING])), leftOut: [], colouredCells: allCells };
  }
  const styles: Record<string, TableStyling> = {};
  const leftOut: string[] = [];
  for (const [name, t] of Object.entries(tables)) {
    if (name === 'status_key') {
      styles[name] = FULL_STYLING;
      continue;
    }
    styles[name] = HEADER_ONLY(t.headerRows);
    const rows = t.cells.length - t.headerRows;
    const colouredRows = t.backgrounds.slice(t.headerRows).filter((row) => cellsIn(row)).length;
    const boldRows = t.boldRows.filter((r) => r >= t.headerRows).length;
    if (colouredRows) leftOut.push(`the status colours of the ${rows} rows of the ${TABLE_WORDS[name] ?? name} (each row's status is written in words)`);
    if (boldRows) leftOut.push(`bold type on ${boldRows} item heading${boldRows === 1 ? '' : 's'} of the ${TABLE_WORDS[name] ?? name}`);
  }
  return { styles, leftOut, colouredCells: essentialCells };
}

const TABLE_WORDS: Record<string, string> = {
  action_table: 'action table',
  forward_plan_table: 'forward plan',
  agenda_items: 'agenda',
  attendees: 'attendance list',
  minutes_items: 'minutes',
};
