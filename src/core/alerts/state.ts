/**
 * Whether alerts are on, in words, and the Preview dialog. Triggers belong to the person who
 * made them and `ScriptApp.getProjectTriggers()` lists only the current user's, so the state
 * combines what this user's triggers say with the record of who installed them.
 */
import { formatShort } from '../dates';
import type { AlertPlan } from './digest';
import { esc, plural } from './html';
import type { InstallRecord } from './sent-log';
import type { Summary, SendOutcome } from './summary';

export interface AlertsState {
  readonly on: boolean;
  readonly line: string;
}

export function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

export function describeAlertsState(input: {
  record: InstallRecord | undefined;
  /** Our daily triggers among the current user's. */
  myTriggers: number;
  me: string;
}): AlertsState {
  const { record, myTriggers, me } = input;
  const mine = !!record && !!me && record.by.toLowerCase() === me.toLowerCase();
  const when = (r: InstallRecord) => `daily at ${hourLabel(r.hour)}, installed by ${r.by || 'an unknown user'} on ${formatShort(r.on)}`;
  if (record && myTriggers > 0) return { on: true, line: `Alerts are on (${when(record)}).` };
  if (record && !mine) {
    return {
      on: true,
      line: `Alerts are on (${when(record)}). They run under ${record.by || 'that user'}'s account: only they can remove them, or you can take them over with Install alerts….`,
    };
  }
  if (record && mine) {
    return {
      on: false,
      line: `Alerts are off: you installed them on ${formatShort(record.on)} but the trigger is gone (removed in the Apps Script editor?). Choose Install alerts to turn them on again.`,
    };
  }
  if (myTriggers > 0) return { on: true, line: `Alerts are on (daily; who installed them was not recorded).` };
  return { on: false, line: 'Alerts are off. Choose Action Log ▸ Install alerts to send them daily.' };
}

/** The Preview alerts dialog: what would be sent today and to whom, nothing sent. */
export function previewHtml(input: { plan: AlertPlan; outcome: SendOutcome; summary: Summary; state: AlertsState }): string {
  const { plan, outcome, summary, state } = input;
  const would = new Set(outcome.sentNow);
  const earlier = new Set(outcome.sentEarlier);
  const deferred = new Set(outcome.deferred);
  const uncertain = new Set(outcome.uncertain ?? []);
  const heldBack = new Set(outcome.heldBack ?? []);
  const domains = (outcome.allowedDomains ?? []).join(', ') || 'none set';
  const head =
    `<p style="margin:0 0 6px"><b>${esc(state.line)}</b></p>` +
    `<p style="margin:0 0 6px">Today (${formatShort(plan.today)}): ${plural(would.size, 'digest')} would be sent` +
    (earlier.size ? `, ${earlier.size} already sent today` : '') +
    (deferred.size ? `, ${deferred.size} held back by the mail quota (${outcome.quotaAtStart} left)` : '') +
    (uncertain.size ? `, ${uncertain.size} may not have been sent by an earlier run (not sent again today)` : '') +
    `. Nothing is sent by this preview.</p>` +
    `<p style="margin:0 0 6px">Mail goes only to addresses in the installer's allowed email domains: ${esc(domains)}` +
    (heldBack.size || (outcome.heldBackSecretariat ?? []).length
      ? `; held back: ${esc([...plan.digests.filter((d) => heldBack.has(d.key)).map((d) => d.email), ...(outcome.heldBackSecretariat ?? [])].join(', '))}`
      : '') +
    `.</p>` +
    (plan.settingIssues.length
      ? `<p style="color:#990000">${plan.settingIssues.map((i) => esc(`Setting "${i.label}" ${i.message}; the default is used.`)).join('<br>')}</p>`
      : '');
  const digestBlocks = plan.digests
    .map((d) => {
      const tag = would.has(d.key)
        ? 'would be sent'
        : earlier.has(d.key)
          ? 'already sent today'
          : deferred.has(d.key)
            ? 'held back: quota'
            : uncertain.has(d.key)
              ? 'may not have been sent — please check'
              : heldBack.has(d.key)
                ? 'held back: domain not allowed'
                : 'not sent';
      return (
        `<details class="digest"${would.has(d.key) ? ' open' : ''}><summary><b>${esc(d.name)}</b> &lt;${esc(d.email)}&gt; – ${d.overdue} overdue, ${d.dueSoon} due soon – <i>${esc(tag)}</i></summary>` +
        `<p style="margin:4px 0"><b>Subject:</b> ${esc(d.subject)}</p><div style="border:1px solid #dadce0;padding:8px">${d.html}</div></details>`
      );
    })
    .join('');
  const summaryBlock = plan.secretariat.length
    ? `<details class="summary"><summary><b>Summary</b> to ${esc(plan.secretariat.join(', '))}</summary><p style="margin:4px 0"><b>Subject:</b> ${esc(summary.subject)}</p><div style="border:1px solid #dadce0;padding:8px">${summary.html}</div></details>`
    : `<p style="color:#990000">No summary would be sent: the "Secretariat emails" setting is empty.</p><div style="border:1px solid #dadce0;padding:8px">${summary.html}</div>`;
  return (
    `<!DOCTYPE html><html><head><base target="_blank"><style>body{font-family:Arial,Helvetica,sans-serif;font-size:13px;margin:8px}details{margin:6px 0}summary{cursor:pointer}</style></head><body>` +
    head +
    (plan.digests.length ? digestBlocks : '<p>Nobody has an action overdue or due soon.</p>') +
    summaryBlock +
    `</body></html>`
  );
}
