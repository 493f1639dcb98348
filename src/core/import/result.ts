/** What importCommit answers the dialog (shared by the server and the dialog's browser code). */
export interface ImportResult {
  readonly added: {
    readonly actions: number;
    readonly forwardPlan: number;
    readonly meetings: number;
    readonly officers: number;
    readonly recommendations: number;
  };
  /** Left out because the sheet already has them. */
  readonly duplicates: number;
  readonly refs: readonly string[];
  /** First row written per tab. */
  readonly rows: Readonly<Record<string, number>>;
  readonly message: string;
  readonly warnings: readonly string[];
}
