/**
 * The daily alert, worked out from the log: one digest per officer (their overdue actions and
 * those due within `alertDaysAhead` days, oldest first) and what the secretariat must know
 * (names not matched, officers without an address). Pure: the adapter only sends it.
 */
import { addDays, daysBetween, formatShort, type IsoDate } from '../dates';
import type { Action, Located, Officer } from '../model';
import type { Problem } from '../problems';
import type { DigestDay, SettingIssue, Settings } from '../settings';
import { isOutstanding, statusAsAt, STATUSES, type Status } from '../status';
import { esc, escLines, plural, safeHref } from './html';
import { createNameMatcher } from './names';
import { recipientKey } from './sent-log';
import { isEmailAddress } from '../email';
import { daysLate, latestProgress, recommendationStatus, RESPONSE_OVERDUE_LABEL, type Recommendation } from '../recommendations/status';

/** A lead officer's overdue recommendation, in a section of its own in their digest. */
export interface RecommendationItem {
  readonly review: string;
  readonly number: string;
  readonly recommendation: string;
  /** The deadline as written, or the response's due date when the review has had no response. */
  readonly deadline: string;
  readonly daysLate: number;
  /** "Response overdue", or the status it has. */
  readonly status: string;
  readonly progress: string;
  readonly row: number;
  readonly link: string;
}

export interface DigestItem {
  readonly ref: string;
  readonly subject: string;
  readonly text: string;
  readonly responsible: string;
  readonly dueDate: IsoDate;
  readonly overdue: boolean;
  /** Days past the date for report (0 when not overdue). */
  readonly daysOverdue: number;
  /** The last line of the commentary: the latest news. */
  readonly commentary: string;
  readonly row: number;
  readonly link: string;
}

export interface Digest {
  /** Sent-log key of the address. */
  readonly key: string;
  readonly name: string;
  readonly email: string;
  readonly items: readonly DigestItem[];
  /** Overdue recommendations the officer leads (Recommendations tab). */
  readonly recommendations?: readonly RecommendationItem[];
  readonly overdue: number;
  readonly dueSoon: number;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

export interface NameReport {
  readonly text: string;
  readonly refs: readonly string[];
  /** "Did you mean" (unmatched) or the people it could be (ambiguous). */
  readonly officers: readonly string[];
}

export interface OfficerLine {
  readonly name: string;
  readonly email: string;
  readonly overdue: number;
  readonly dueSoon: number;
}

export interface AlertPlan {
  readonly today: IsoDate;
  /** Last date counted as "due soon". */
  readonly horizon: IsoDate;
  readonly boardName: string;
  readonly alertHour: number;
  /** Every day, or the weekday digests go from (one a week per officer). */
  readonly digestDay: DigestDay;
  readonly secretariat: readonly string[];
  readonly digests: readonly Digest[];
  /** Officers with something due but no usable address. */
  readonly noEmail: readonly OfficerLine[];
  /** Everyone with something overdue or due soon, most overdue first. */
  readonly byOfficer: readonly OfficerLine[];
  readonly unmatched: readonly NameReport[];
  readonly ambiguous: readonly NameReport[];
  readonly groups: readonly NameReport[];
  /** Overdue or due-soon actions that reach no officer at all. */
  readonly unassigned: readonly { ref: string; responsible: string; row: number }[];
  readonly counts: Readonly<Record<Status, number>>;
  readonly overdue: number;
  readonly settingIssues: readonly SettingIssue[];
  readonly problems: readonly Problem[];
  /** Why no digest at all may be sent today (a column the digests read is missing). */
  readonly stopped?: string;
}

export interface AlertInput {
  readonly today: IsoDate;
  readonly actions: readonly Located<Action>[];
  readonly officers: readonly Located<Officer>[];
  readonly settings: Pick<Settings, 'alertDaysAhead' | 'boardName' | 'secretariatEmails' | 'alertHour'> & Partial<Pick<Settings, 'digestDay'>>;
  readonly settingIssues?: readonly SettingIssue[];
  readonly problems?: readonly Problem[];
  /** The spreadsheet's URL and the Actions tab's sheet id, for links to rows. */
  readonly spreadsheetUrl: string;
  readonly actionsSheetId: number;
  /** The Recommendations tab's rows and its sheet id: each lead officer's overdue ones go in their digest. */
  readonly recommendations?: readonly Recommendation[];
  readonly recommendationsSheetId?: number;
}

export function rowLink(spreadsheetUrl: string, sheetId: number, row: number): string {
  const base = spreadsheetUrl.replace(/#.*$/, '');
  return `${base}#gid=${sheetId}&range=A${row}`;
}

export function latestCommentary(commentary: string): string {
  const lines = commentary
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines[lines.length - 1] ?? '';
}

function refOf(a: Located<Action>): string {
  return a.ref.trim() || `row ${a.origin.row}`;
}

export function planAlerts(input: AlertInput): AlertPlan {
  const { today, settings } = input;
  const horizon = addDays(today, settings.alertDaysAhead);
  const match = createNameMatcher(input.officers);
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  let overdueTotal = 0;
  const itemsByOfficer = new Map<number, DigestItem[]>();
  const unmatched = new Collector();
  const ambiguous = new Collector();
  const groups = new Collector();
  const unassigned: { ref: string; responsible: string; row: number }[] = [];

  for (const action of input.actions) {
    const st = statusAsAt(action, today);
    counts[st.status]++;
    if (st.overdue) overdueTotal++;
    if (!isOutstanding(st)) continue;
    const ref = refOf(action);
    const m = match(action.responsible);
    m.unmatched.forEach((u) => unmatched.add(u.text, ref, u.suggestions));
    m.ambiguous.forEach((a) => ambiguous.add(a.text, ref, a.candidates));
    m.groups.forEach((g) => groups.add(g, ref, []));
    const due = action.dueDate;
    if (!due || due > horizon) continue;
    if (m.officers.length === 0) {
      unassigned.push({ ref, responsible: action.responsible, row: action.origin.row });
      continue;
    }
    const item: DigestItem = {
      ref,
      subject: action.subject,
      text: action.text,
      responsible: action.responsible,
      dueDate: due,
      overdue: st.overdue,
      daysOverdue: st.overdue ? daysBetween(due, today) : 0,
      commentary: latestCommentary(action.commentary),
      row: action.origin.row,
      link: rowLink(input.spreadsheetUrl, input.actionsSheetId, action.origin.row),
    };
    for (const i of m.officers) {
      const list = itemsByOfficer.get(i) ?? [];
      list.push(item);
      itemsByOfficer.set(i, list);
    }
  }

  // Overdue recommendations, to their lead officers (a lead member is not on the Officers tab's mail).
  const recsByOfficer = new Map<number, RecommendationItem[]>();
  for (const rec of input.recommendations ?? []) {
    const st = recommendationStatus(rec, today);
    if (!st.overdue) continue;
    const label = `recommendation ${rec.number || `in row ${rec.row}`}${rec.review ? ` of “${rec.review}”` : ''}`;
    const m = match(rec.leadOfficer);
    m.unmatched.forEach((u) => unmatched.add(u.text, label, u.suggestions));
    m.ambiguous.forEach((a) => ambiguous.add(a.text, label, a.candidates));
    const item: RecommendationItem = {
      review: rec.review,
      number: rec.number,
      recommendation: rec.recommendation,
      deadline: st.label === RESPONSE_OVERDUE_LABEL ? 'response due two months after the report' : rec.deadline,
      daysLate: daysLate(rec, today),
      status: st.label,
      progress: latestProgress(rec.progress),
      row: rec.row,
      link: rowLink(input.spreadsheetUrl, input.recommendationsSheetId ?? 0, rec.row),
    };
    for (const i of m.officers) {
      const list = recsByOfficer.get(i) ?? [];
      list.push(item);
      recsByOfficer.set(i, list);
    }
  }

  // One digest per address: two Officers rows with the same address get one mail.
  const byKey = new Map<string, { name: string; email: string; items: Map<number, DigestItem>; recommendations: Map<number, RecommendationItem> }>();
  const noEmail: OfficerLine[] = [];
  const byOfficer: OfficerLine[] = [];
  for (const i of new Set([...itemsByOfficer.keys(), ...recsByOfficer.keys()])) {
    const items = itemsByOfficer.get(i) ?? [];
    const recs = recsByOfficer.get(i) ?? [];
    const officer = input.officers[i] as Located<Officer>;
    const line: OfficerLine = {
      name: officer.name,
      email: officer.email.trim(),
      overdue: items.filter((x) => x.overdue).length + recs.length,
      dueSoon: items.filter((x) => !x.overdue).length,
    };
    byOfficer.push(line);
    if (!isEmailAddress(officer.email)) {
      noEmail.push(line);
      continue;
    }
    const key = recipientKey(officer.email);
    const entry = byKey.get(key) ?? { name: officer.name, email: officer.email.trim(), items: new Map(), recommendations: new Map() };
    items.forEach((it) => entry.items.set(it.row, it));
    recs.forEach((it) => entry.recommendations.set(it.row, it));
    byKey.set(key, entry);
  }

  const digests = [...byKey].map(([key, e]) => {
    const items = [...e.items.values()].sort(byDueThenRef);
    const recommendations = [...e.recommendations.values()].sort((a, b) => b.daysLate - a.daysLate || a.row - b.row);
    return renderDigest({ key, name: e.name, email: e.email, items, recommendations }, { today, horizon, boardName: settings.boardName });
  });
  digests.sort((a, b) => b.overdue - a.overdue || a.name.localeCompare(b.name));
  byOfficer.sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || a.name.localeCompare(b.name));

  return {
    today,
    horizon,
    boardName: settings.boardName,
    alertHour: settings.alertHour,
    digestDay: settings.digestDay ?? 'every day',
    secretariat: settings.secretariatEmails,
    digests,
    noEmail,
    byOfficer,
    unmatched: unmatched.list(),
    ambiguous: ambiguous.list(),
    groups: groups.list(),
    unassigned,
    counts,
    overdue: overdueTotal,
    settingIssues: input.settingIssues ?? [],
    problems: input.problems ?? [],
  };
}

function byDueThenRef(a: DigestItem, b: DigestItem): number {
  return a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.row - b.row;
}

/** Groups the same name across actions: "Alan Dean" in 17.09.03 and 17.12.02. */
class Collector {
  private readonly map = new Map<string, { text: string; refs: string[]; officers: readonly string[] }>();
  add(text: string, ref: string, officers: readonly string[]): void {
    const k = text.toLowerCase().replace(/\s+/g, ' ');
    const e = this.map.get(k) ?? { text, refs: [], officers };
    if (!e.refs.includes(ref)) e.refs.push(ref);
    this.map.set(k, e);
  }
  list(): NameReport[] {
    return [...this.map.values()].sort((a, b) => b.refs.length - a.refs.length || a.text.localeCompare(b.text));
  }
}

interface DigestContext {
  readonly today: IsoDate;
  readonly horizon: IsoDate;
  readonly boardName: string;
}

export function renderDigest(
  d: { key: string; name: string; email: string; items: readonly DigestItem[]; recommendations?: readonly RecommendationItem[] },
  ctx: DigestContext,
): Digest {
  const overdue = d.items.filter((i) => i.overdue);
  const soon = d.items.filter((i) => !i.overdue);
  const recs = d.recommendations ?? [];
  const by = formatShort(ctx.horizon);
  const parts: string[] = [];
  if (overdue.length) parts.push(`${plural(overdue.length, 'action')} overdue`);
  if (soon.length) parts.push(`${plural(soon.length, 'action')} due by ${by}`);
  if (recs.length) parts.push(`${plural(recs.length, 'recommendation')} overdue`);
  const subject = `${ctx.boardName}: ${parts.join(', ')}`;

  const intro = `These actions on the ${ctx.boardName} action log name you as responsible. Please update the commentary before the date for report.`;
  const section = (title: string, items: readonly DigestItem[], colour: string) =>
    items.length === 0
      ? ''
      : `<h3 style="margin:18px 0 6px;color:${colour}">${esc(title)} (${items.length})</h3>` +
        `<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;width:100%;font-size:13px">` +
        `<tr style="background:#f1f3f4;text-align:left"><th>Ref</th><th>Subject</th><th>Action</th><th>Date for report</th><th>Latest commentary</th><th></th></tr>` +
        items
          .map(
            (i) =>
              `<tr style="border-top:1px solid #dadce0;vertical-align:top">` +
              `<td style="white-space:nowrap">${esc(i.ref)}</td><td>${esc(i.subject)}</td><td>${escLines(i.text)}</td>` +
              `<td style="white-space:nowrap">${formatShort(i.dueDate)}${i.overdue ? `<br><span style="color:#cc0000">${plural(i.daysOverdue, 'day')} overdue</span>` : ''}</td>` +
              `<td>${esc(i.commentary) || '<span style="color:#80868b">none yet</span>'}</td>` +
              `<td><a href="${safeHref(i.link)}">Open</a></td></tr>`,
          )
          .join('') +
        `</table>`;
  const html =
    `<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#202124">` +
    `<p>Dear ${esc(d.name)},</p><p>${esc(intro)}</p>` +
    section('Overdue', overdue, '#cc0000') +
    section(`Due by ${by}`, soon, '#1c4587') +
    recommendationSection(recs) +
    `<p style="margin-top:18px;color:#5f6368;font-size:12px">Sent once a day by the ${esc(ctx.boardName)} Action Log (${formatShort(ctx.today)}). ` +
    `If you are not the right person for an action, please tell the secretariat.</p></div>`;

  const textLines = (title: string, items: readonly DigestItem[]) =>
    items.length === 0
      ? []
      : [
          `${title.toUpperCase()} (${items.length})`,
          '',
          ...items.flatMap((i) => [
            `${i.ref}${i.subject ? ` – ${i.subject}` : ''}`,
            `  Action: ${i.text.replace(/\s*\r?\n\s*/g, ' ')}`,
            `  Date for report: ${formatShort(i.dueDate)}${i.overdue ? ` (${plural(i.daysOverdue, 'day')} overdue)` : ''}`,
            `  Latest commentary: ${i.commentary || 'none yet'}`,
            `  ${i.link}`,
            '',
          ]),
        ];
  const text = [
    `Dear ${d.name},`,
    '',
    intro,
    '',
    ...textLines('Overdue', overdue),
    ...textLines(`Due by ${by}`, soon),
    ...recommendationLines(recs),
    `Sent once a day by the ${ctx.boardName} Action Log (${formatShort(ctx.today)}). If you are not the right person for an action, please tell the secretariat.`,
  ].join('\n');

  return {
    key: d.key,
    name: d.name,
    email: d.email,
    items: d.items,
    recommendations: recs,
    overdue: overdue.length,
    dueSoon: soon.length,
    subject,
    html,
    text,
  };
}

const RECOMMENDATIONS_TITLE = 'Recommendations overdue';
const RECOMMENDATIONS_INTRO = 'You lead these recommendations of reviews; please add a dated line to their Progress, or complete them.';

function late(i: RecommendationItem): string {
  return i.daysLate ? `${plural(i.daysLate, 'day')} late` : 'late';
}

/** The digest's section for the officer's overdue recommendations ('' when none). */
function recommendationSection(items: readonly RecommendationItem[]): string {
  if (items.length === 0) return '';
  return (
    `<h3 style="margin:18px 0 6px;color:#cc0000">${esc(RECOMMENDATIONS_TITLE)} (${items.length})</h3>` +
    `<p>${esc(RECOMMENDATIONS_INTRO)}</p>` +
    `<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;width:100%;font-size:13px">` +
    `<tr style="background:#f1f3f4;text-align:left"><th>Review</th><th>No.</th><th>Recommendation</th><th>Deadline</th><th>Latest progress</th><th></th></tr>` +
    items
      .map(
        (i) =>
          `<tr style="border-top:1px solid #dadce0;vertical-align:top">` +
          `<td>${esc(i.review)}</td><td style="white-space:nowrap">${esc(i.number)}</td><td>${escLines(i.recommendation)}</td>` +
          `<td>${esc(i.deadline)}<br><span style="color:#cc0000">${esc(i.status)}: ${late(i)}</span></td>` +
          `<td>${esc(i.progress) || '<span style="color:#80868b">none yet</span>'}</td>` +
          `<td><a href="${safeHref(i.link)}">Open</a></td></tr>`,
      )
      .join('') +
    `</table>`
  );
}

function recommendationLines(items: readonly RecommendationItem[]): string[] {
  if (items.length === 0) return [];
  return [
    `${RECOMMENDATIONS_TITLE.toUpperCase()} (${items.length})`,
    RECOMMENDATIONS_INTRO,
    '',
    ...items.flatMap((i) => [
      `${i.review}${i.number ? `, recommendation ${i.number}` : ''}`,
      `  Recommendation: ${i.recommendation.replace(/\s*\r?\n\s*/g, ' ')}`,
      `  Deadline: ${i.deadline} (${i.status}: ${late(i)})`,
      `  Latest progress: ${i.progress || 'none yet'}`,
      `  ${i.link}`,
      '',
    ]),
  ];
}
