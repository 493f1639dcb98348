/**
 * Update requests: who is asked for a meeting (each officer with outstanding actions, or
 * forward-plan reports due at it), the deadline in working days before it, when the schedule
 * sends them, and the one email each officer gets (their items, their personal link, the
 * deadline). Pure: the adapter signs the links and sends through the mail adapter.
 */
import { formatShort, formatWithWeekday, monthName, parts, type IsoDate } from '../dates';
import type { Action, ForwardPlanItem, Located, Meeting, Officer } from '../model';
import { createNameMatcher } from '../alerts/names';
import { esc, escLines, plural, safeHref } from '../alerts/html';
import { officerItems, type OfficerItems } from './items';
import { weekday, workingDaysBefore } from './working-days';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface Deadline {
  readonly date: IsoDate;
  /** "Thursday 11 March", or "as soon as possible" once it has passed. */
  readonly short: string;
  /** "Thursday 11 March, 5 working days before the meeting". */
  readonly label: string;
}

/** The deadline for updates, `workingDays` before the meeting; asked after it (`today` past it), as soon as possible. */
export function deadline(meeting: IsoDate, workingDays: number, today?: IsoDate): Deadline {
  const date = workingDaysBefore(meeting, workingDays);
  const { day, month } = parts(date);
  const when = `${WEEKDAYS[weekday(date)]} ${day} ${monthName(month)}`;
  const label = workingDays === 0 ? `${when}, the day of the meeting` : `${when}, ${plural(workingDays, 'working day')} before the meeting`;
  if (today !== undefined && today > date) return { date, short: 'as soon as possible', label: `as soon as possible (the deadline, ${label}, has passed)` };
  return { date, short: when, label };
}

/** The meeting whose requests the schedule sends today, if any: the first whose request day is today. */
export function meetingToRequest(meetings: readonly Meeting[], today: IsoDate, requestDays: number): Meeting | undefined {
  if (requestDays <= 0) return undefined;
  return [...meetings]
    .filter((m) => m.date > today)
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .find((m) => workingDaysBefore(m.date, requestDays) === today);
}

/** The next meeting after today (the menu's default). */
export function nextMeeting(meetings: readonly Meeting[], today: IsoDate): Meeting | undefined {
  return [...meetings].filter((m) => m.date > today).sort((a, b) => (a.date < b.date ? -1 : 1))[0];
}

export interface Addressee {
  readonly officer: Officer;
  readonly items: OfficerItems;
}

/** Who is asked for a meeting: officers with an address and something to report, in Officers order. */
export function addressees(
  input: { actions: readonly Located<Action>[]; forwardPlan: readonly Located<ForwardPlanItem>[]; officers: readonly Located<Officer>[] },
  meeting: IsoDate,
  today: IsoDate,
): { asked: Addressee[]; noEmail: string[] } {
  const matcher = createNameMatcher(input.officers);
  const asked: Addressee[] = [];
  const noEmail: string[] = [];
  const seen = new Set<string>();
  for (const officer of input.officers) {
    const key = officer.name.trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const items = officerItems(input, officer.name, meeting, today, matcher);
    if (!items.actions.length && !items.reports.length) continue;
    if (!officer.email) noEmail.push(officer.name);
    else asked.push({ officer, items });
  }
  return { asked, noEmail };
}

export interface RequestMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export function requestMail(a: Addressee, context: { board: string; meeting: IsoDate; deadline: Deadline; link: string; reminder?: boolean }): RequestMail {
  const { actions, reports } = a.items;
  const meetingText = formatWithWeekday(context.meeting);
  const first = a.officer.name.trim().split(/\s+/)[0] ?? a.officer.name;
  const subject = `${context.reminder ? 'Reminder: ' : ''}${context.board}: your updates for ${formatShort(context.meeting)}, ${context.deadline.short === 'as soon as possible' ? '' : 'by '}${context.deadline.short}`;
  const ask = `Please give a line of progress on ${plural(actions.length + reports.length, 'item')} for the ${context.board} meeting on ${meetingText}, ${context.deadline.short === 'as soon as possible' ? '' : 'by '}${context.deadline.label}.`;
  const how =
    'Open your personal link below: it shows only your items. Add a progress line, propose a new date for report, or mark an action complete, and save. The link works until the meeting; please do not forward it.';
  const actionLines = actions.map(
    (x) =>
      `${x.ref}  ${x.subject ? `${x.subject}: ` : ''}${x.text}\n    Date for report: ${x.dueDate ? formatShort(x.dueDate) : 'not set'}${x.overdue ? ' (overdue)' : ''}\n    Latest: ${x.latest || '—'}`,
  );
  const reportLines = reports.map((r) => `${r.item}${r.source ? ` (${r.source})` : ''}`);
  const text = [
    `Dear ${first},`,
    '',
    ask,
    '',
    how,
    '',
    context.link,
    '',
    ...(actions.length ? ['Your outstanding actions:', ...actionLines, ''] : []),
    ...(reports.length ? [`Reports due at the meeting of ${formatShort(context.meeting)}:`, ...reportLines.map((l) => `  ${l}`), ''] : []),
    `${context.board} Action Log`,
  ].join('\n');
  const rows = actions
    .map(
      (x) =>
        `<tr><td style="padding:4px 8px;white-space:nowrap">${esc(x.ref)}</td><td style="padding:4px 8px">${x.subject ? `<b>${esc(x.subject)}</b>: ` : ''}${escLines(x.text)}</td><td style="padding:4px 8px;white-space:nowrap${x.overdue ? ';color:#cc0000' : ''}">${x.dueDate ? esc(formatShort(x.dueDate)) : 'not set'}</td><td style="padding:4px 8px">${esc(x.latest || '—')}</td></tr>`,
    )
    .join('');
  const html = [
    '<div style="font:14px/1.5 Arial,sans-serif;color:#202124">',
    `<p>Dear ${esc(first)},</p>`,
    `<p>${esc(ask)}</p>`,
    `<p>${esc(how)}</p>`,
    `<p><a href="${safeHref(context.link)}" style="display:inline-block;padding:8px 16px;background:#1a73e8;color:#fff;text-decoration:none;border-radius:4px">Give your updates</a></p>`,
    actions.length
      ? `<table style="border-collapse:collapse;font:13px Arial,sans-serif" border="1"><tr><th>Ref No</th><th>Action</th><th>Date for report</th><th>Latest commentary</th></tr>${rows}</table>`
      : '',
    reports.length
      ? `<p>Reports due at the meeting of ${esc(formatShort(context.meeting))}:</p><ul>${reports.map((r) => `<li>${esc(r.item)}${r.source ? ` (${esc(r.source)})` : ''}</li>`).join('')}</ul>`
      : '',
    `<p>${esc(context.board)} Action Log</p>`,
    '</div>',
  ].join('\n');
  return { subject, text, html };
}
