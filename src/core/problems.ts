/**
 * Something in the workbook the script could not read or will not touch, said where it is.
 * Problems are reported (toast, dialog, alert summary, cell note), never thrown past the user.
 */
export interface Problem {
  /** Tab name as the user sees it, e.g. "Actions". */
  readonly sheet: string;
  /** A1 address of the cell, or of the row's first cell, e.g. "I7". */
  readonly cell: string;
  readonly message: string;
}

export function describeProblem(p: Problem): string {
  return `${p.sheet}!${p.cell}: ${p.message}`;
}

/** A short list for a toast or alert: the first few, then how many more. */
export function summariseProblems(problems: readonly Problem[], max = 5): string {
  const shown = problems.slice(0, max).map(describeProblem);
  const more = problems.length - shown.length;
  return more > 0 ? `${shown.join('\n')}\n…and ${more} more.` : shown.join('\n');
}
