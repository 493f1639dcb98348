/**
 * The monitoring report (issue 10, point 4): one review's recommendations as a paper, in either
 * shape a board uses — the two-column "Recommendation · Response" report, or the full action plan
 * ("Recommendation · Accepted · Proposed action (lead officer) · Deadline · Action taken") — each
 * row in its status colour with the status in words, a summary line and the date it is as at.
 * Pure: the Docs adapter renders the model like every other paper.
 */
import { formatLong, formatPlain, formatShort, formatWithWeekday, type IsoDate } from '../dates';
import { HEADER_BACKGROUND, type PaperModel, type TableModel } from '../papers/models';
import { statusEntry } from '../status';
import { RECOMMENDATION_EXTRA_KEY, recommendationStatus, type Acceptance, type Recommendation, type RecommendationStatus } from './status';

export type MonitoringShape = 'response' | 'actionPlan';
export const MONITORING_SHAPES: readonly MonitoringShape[] = ['response', 'actionPlan'];
export const SHAPE_LABELS: Readonly<Record<MonitoringShape, string>> = {
  response: 'Recommendation · Response (two columns)',
  actionPlan: 'Full action plan (Recommendation · Accepted · Proposed action · Deadline · Action taken)',
};

export const RESPONSE_HEADER = ['Recommendation', 'Response'];
export const ACTION_PLAN_HEADER = ['Recommendation', 'Accepted', 'Proposed action (lead officer)', 'Deadline', 'Action taken'];

const ACCEPTED_WORDS: Readonly<Record<Acceptance, string>> = { yes: 'Yes', no: 'No', inPart: 'In part' };

/** The colour of a recommendation's status: the actions' key, or one of its own two states. */
export function statusBackground(s: RecommendationStatus): string {
  const extra = RECOMMENDATION_EXTRA_KEY.find((e) => e.label === s.label);
  if (extra) return extra.background;
  return s.status ? statusEntry(s.status).background : HEADER_BACKGROUND;
}

/** "Status: Not yet due." / "Status: Actions outstanding – date for report agreed (overdue)." */
export function recommendationStatusLine(s: RecommendationStatus): string {
  return `Status: ${s.label}${s.overdue && s.label !== 'Response overdue' ? ' (overdue)' : ''}.`;
}

function lines(...parts: string[]): string {
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n');
}

function recommendationCell(rec: Recommendation): string {
  return lines(rec.number ? `${rec.number}. ${rec.recommendation}` : rec.recommendation);
}

function actionTaken(rec: Recommendation, s: RecommendationStatus): string {
  return lines(recommendationStatusLine(s), rec.progress, rec.completedDate ? `Completed ${formatLong(rec.completedDate)}.` : '');
}

function responseCell(rec: Recommendation, s: RecommendationStatus): string {
  const accepted = rec.accepted ? `Accepted: ${ACCEPTED_WORDS[rec.accepted]}.` : 'No response yet.';
  return lines(
    recommendationStatusLine(s),
    accepted,
    rec.reason ? `Reason: ${rec.reason}` : '',
    rec.response,
    rec.deadline ? `Deadline: ${rec.deadline}` : '',
    rec.progress,
    rec.completedDate ? `Completed ${formatLong(rec.completedDate)}.` : '',
  );
}

export interface MonitoringSummary {
  readonly total: number;
  readonly accepted: number;
  readonly completed: number;
  readonly outstanding: number;
  readonly overdue: number;
}

export function monitoringSummary(recs: readonly Recommendation[], asAt: IsoDate): MonitoringSummary {
  let accepted = 0;
  let completed = 0;
  let outstanding = 0;
  let overdue = 0;
  for (const rec of recs) {
    const s = recommendationStatus(rec, asAt);
    if (rec.accepted === 'yes' || rec.accepted === 'inPart') accepted++;
    if (s.status === 'completed') completed++;
    if (!s.closed) outstanding++;
    if (s.overdue) overdue++;
  }
  return { total: recs.length, accepted, completed, outstanding, overdue };
}

/** "12 recommendations: 11 accepted (in whole or in part), 2 completed, 9 outstanding, 3 overdue." */
export function summaryLine(s: MonitoringSummary): string {
  return `${s.total} recommendation${s.total === 1 ? '' : 's'}: ${s.accepted} accepted (in whole or in part), ${s.completed} completed, ${s.outstanding} outstanding, ${s.overdue} overdue.`;
}

export function monitoringTable(recs: readonly Recommendation[], shape: MonitoringShape, asAt: IsoDate): TableModel {
  const statuses = recs.map((r) => recommendationStatus(r, asAt));
  const header = shape === 'response' ? RESPONSE_HEADER : ACTION_PLAN_HEADER;
  const body = recs.map((rec, i) => {
    const s = statuses[i] as RecommendationStatus;
    if (shape === 'response') return [recommendationCell(rec), responseCell(rec, s)];
    const proposed = lines(rec.proposedAction, rec.leadOfficer ? `(${rec.leadOfficer})` : '', rec.leadMember ? `Lead member: ${rec.leadMember}` : '');
    const accepted = lines(rec.accepted ? ACCEPTED_WORDS[rec.accepted] : 'No response yet', rec.reason);
    return [recommendationCell(rec), accepted, proposed, rec.deadline, actionTaken(rec, s)];
  });
  const width = header.length;
  return {
    cells: [header, ...body],
    headerRows: 1,
    backgrounds: [header.map(() => HEADER_BACKGROUND), ...statuses.map((s) => Array.from({ length: width }, () => statusBackground(s)))],
    boldRows: [0],
    columnWidths: shape === 'response' ? [200, 250] : [120, 55, 105, 60, 110],
  };
}

export const OUTSTANDING_HEADER = ['Recommendation', 'Proposed action (lead officer)', 'Deadline', 'Progress'];

/**
 * The action log's section of outstanding recommendations (issue 10, point 5), when Settings
 * asks for it: for each review with any (not completed, not closed), a bold heading row naming
 * the review, then its outstanding recommendations, each in its status colour with the status in
 * words. With none outstanding, one line says so.
 */
export function outstandingRecommendationsTable(recs: readonly Recommendation[], asAt: IsoDate): TableModel {
  const width = OUTSTANDING_HEADER.length;
  const cells: string[][] = [OUTSTANDING_HEADER];
  const backgrounds: (string | undefined)[][] = [OUTSTANDING_HEADER.map(() => HEADER_BACKGROUND)];
  const boldRows = [0];
  for (const title of reviewTitles(recs)) {
    const open = reviewRecommendations(recs, title)
      .map((rec) => ({ rec, s: recommendationStatus(rec, asAt) }))
      .filter((r) => !r.s.closed);
    if (!open.length) continue;
    const first = open[0]!.rec;
    const about = [first.reviewBody, first.dateReported ? `reported ${formatShort(first.dateReported)}` : ''].filter(Boolean).join(', ');
    boldRows.push(cells.length);
    cells.push([`Recommendations outstanding: ${title}${about ? ` (${about})` : ''}`, '', '', '']);
    backgrounds.push(Array.from({ length: width }, () => undefined));
    for (const { rec, s } of open) {
      const proposed = lines(rec.proposedAction, rec.leadOfficer ? `(${rec.leadOfficer})` : '', rec.leadMember ? `Lead member: ${rec.leadMember}` : '');
      const latest =
        rec.progress
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
          .slice(-1)[0] ?? '';
      cells.push([recommendationCell(rec), proposed, rec.deadline, lines(recommendationStatusLine(s), latest)]);
      backgrounds.push(Array.from({ length: width }, () => statusBackground(s)));
    }
  }
  if (cells.length === 1) return { cells: [['No outstanding recommendations.']], headerRows: 0, backgrounds: [[undefined]], boldRows: [] };
  return { cells, headerRows: 1, backgrounds, boldRows, columnWidths: [150, 110, 70, 120] };
}

/** One table placeholder's name: the report's table in the shape chosen. */
export const MONITORING_TABLE = 'recommendations_table';

/** The recommendations of one review, in the tab's order. */
export function reviewRecommendations(recs: readonly Recommendation[], review: string): Recommendation[] {
  const key = review.trim().toLowerCase();
  return recs.filter((r) => r.review.trim().toLowerCase() === key);
}

/** The reviews on the tab, each once, in the tab's order. */
export function reviewTitles(recs: readonly Recommendation[]): string[] {
  return [...new Set(recs.map((r) => r.review.trim()).filter(Boolean))];
}

export function buildMonitoringReport(all: readonly Recommendation[], review: string, shape: MonitoringShape, asAt: IsoDate, boardName: string): PaperModel {
  const recs = reviewRecommendations(all, review);
  if (!recs.length) throw new Error(`There is no review "${review}" on the Recommendations tab.`);
  const first = recs[0] as Recommendation;
  const body = first.reviewBody || boardName;
  const shapeWord = shape === 'response' ? 'Monitoring Report' : 'Action Plan';
  return {
    kind: 'monitoring',
    name: `${first.review} – ${shapeWord} – as at ${formatPlain(asAt)}`,
    text: {
      board: body,
      title: `${first.review}: ${shape === 'response' ? 'monitoring report' : 'action plan'}`,
      review: first.review,
      review_body: body,
      date_reported: first.dateReported ? formatWithWeekday(first.dateReported) : 'not recorded',
      as_at: formatWithWeekday(asAt),
      summary: summaryLine(monitoringSummary(recs, asAt)),
    },
    tables: { [MONITORING_TABLE]: monitoringTable(recs, shape, asAt) },
    actionRows: [],
  };
}
