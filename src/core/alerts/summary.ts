/**
 * The secretariat's daily summary: what was sent, what could not be, and everything the log
 * could not resolve (names, addresses, settings), so nothing is silently dropped.
 */
import { daysToSend } from './period';
import { formatShort, type IsoDate } from '../dates';
import { describeProblem } from '../problems';
import { STATUS_KEY, OVERDUE_LABEL } from '../status';
import type { AlertPlan, Digest } from './digest';
import { esc, plural } from './html';
import { recipientKey } from './sent-log';

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface SendOutcome {
  /** Digest keys sent by this run (or, in a preview, that would be sent). */
  readonly sentNow: readonly string[];
  /** Sent by an earlier run today. */
  readonly sentEarlier: readonly string[];
  /** Not sent: the daily mail quota is spent. They go with the next run. */
  readonly deferred: readonly string[];
  readonly failed: readonly { key: string; message: string }[];
  /** MailApp.getRemainingDailyQuota() at the start of the run. */
  readonly quotaAtStart: number;
  /** The first day of the digests' period (today, or the Digest day of this week). */
  readonly period?: IsoDate;
  /** Marked "sending" by a run that stopped before recording the send: never sent again today. */
  readonly uncertain?: readonly string[];
  /** Digests not sent: the address is outside the allowed email domains. */
  readonly heldBack?: readonly string[];
  /** Secretariat addresses outside the allowed email domains (the summary is not sent to them). */
  readonly heldBackSecretariat?: readonly string[];
  /** The installer's allowed email domains used by the run. */
  readonly allowedDomains?: readonly string[];
  /** Anything else the secretariat must hear about the run itself (e.g. retries after a busy sheet). */
  readonly notices?: readonly string[];
}

export type SummaryMode = 'run' | 'preview';

export interface Summary {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

type MailState = 'sent' | 'earlier' | 'deferred' | 'failed' | 'uncertain' | 'heldBack' | 'noEmail' | 'none';

function mailStates(outcome: SendOutcome): Map<string, MailState> {
  const states = new Map<string, MailState>();
  outcome.sentNow.forEach((k) => states.set(k, 'sent'));
  outcome.sentEarlier.forEach((k) => states.set(k, 'earlier'));
  outcome.deferred.forEach((k) => states.set(k, 'deferred'));
  outcome.failed.forEach((f) => states.set(f.key, 'failed'));
  (outcome.uncertain ?? []).forEach((k) => states.set(k, 'uncertain'));
  (outcome.heldBack ?? []).forEach((k) => states.set(k, 'heldBack'));
  return states;
}

export function buildSummary(plan: AlertPlan, outcome: SendOutcome, mode: SummaryMode = 'run'): Summary {
  const day = formatShort(plan.today);
  const states = mailStates(outcome);
  const digestByKey = new Map<string, Digest>(plan.digests.map((d) => [d.key, d]));
  const nameOf = (k: string) => digestByKey.get(k)?.name ?? k;
  const would = mode === 'preview';

  const mailLines: string[] = [];
  mailLines.push(
    would ? `${plural(outcome.sentNow.length, 'officer')} would be sent a digest now.` : `${plural(outcome.sentNow.length, 'digest')} sent by this run.`,
  );
  const weekly = plan.digestDay !== 'every day';
  const since = weekly && outcome.period ? `since ${formatShort(outcome.period)}` : 'earlier today';
  if (weekly) mailLines.push(`Digests are weekly: each officer gets at most one a week, from ${capitalised(plan.digestDay)} (Settings: Digest day).`);
  if (outcome.sentEarlier.length) mailLines.push(`${plural(outcome.sentEarlier.length, 'digest')} already sent ${since} (not sent again).`);
  if (outcome.deferred.length) {
    mailLines.push(
      `${plural(outcome.deferred.length, 'digest')} ${would ? 'would not be' : 'not'} sent because the daily mail quota is spent ` +
        `(${outcome.quotaAtStart} left at the start): ${outcome.deferred.map(nameOf).join(', ')}. They will go with the next run.`,
    );
    // How long the quota takes to carry them all, and how to need fewer.
    const due = outcome.sentNow.length + outcome.deferred.length;
    const perDay = Math.max(1, outcome.quotaAtStart - 1);
    mailLines.push(
      `At ${perDay} digest${perDay === 1 ? '' : 's'} a day (the quota at the start of this run, less one for this summary), the ${due} due take ${plural(daysToSend(due, perDay), 'day')} to send.` +
        (weekly ? '' : ' To send fewer, set Digest day on the Settings tab to a weekday (e.g. Monday): each officer then gets one digest a week.'),
    );
  }
  for (const f of outcome.failed) mailLines.push(`Could not send to ${nameOf(f.key)}: ${f.message}`);
  const withAddress = (k: string) => (digestByKey.get(k) ? `${nameOf(k)} <${digestByKey.get(k)!.email}>` : k);
  const uncertain = outcome.uncertain ?? [];
  if (uncertain.length) {
    mailLines.push(
      `${plural(uncertain.length, 'digest')} may not have been sent — please check with ${uncertain.map(withAddress).join(', ')}. ` +
        `An earlier run today stopped between sending and recording the send, so ${uncertain.length === 1 ? 'it is' : 'they are'} not sent again today.`,
    );
  }
  const domains = (outcome.allowedDomains ?? []).join(', ') || 'none set';
  const heldBack = outcome.heldBack ?? [];
  if (heldBack.length) {
    mailLines.push(
      `${plural(heldBack.length, 'digest')} held back, the address being outside the allowed email domains (${domains}): ${heldBack.map(withAddress).join(', ')}. ` +
        `Correct the address on the Officers tab, or ask the person who installed the alerts to add the domain (Action Log ▸ Install alerts…).`,
    );
  }
  const heldSecretariat = outcome.heldBackSecretariat ?? [];
  if (heldSecretariat.length) {
    mailLines.push(
      `Summary not sent to ${heldSecretariat.join(', ')}: outside the allowed email domains (${domains}). Correct "Secretariat emails" on the Settings tab, or ask the installer to add the domain.`,
    );
  }
  mailLines.push(...(outcome.notices ?? []));
  const actionCount = Object.values(plan.counts).reduce((a, b) => a + b, 0);
  // Never "nobody has an action overdue" from a tab that could not be read or holds nothing.
  if (plan.stopped) mailLines.push(plan.stopped);
  else if (actionCount === 0)
    mailLines.push(
      `No digest was sent: the Actions tab has no actions. Was it emptied or renamed? If so, restore it (File ▸ Version history) or rename it back to "Actions", then run Action Log ▸ Set up this sheet.`,
    );
  else if (plan.digests.length === 0) mailLines.push('Nobody has an action overdue or due soon.');

  // Counts from a damaged tab would mislead: none are given.
  const statusLines = plan.stopped ? [] : [...STATUS_KEY.map((s) => `${s.label}: ${plan.counts[s.status]}`), `${OVERDUE_LABEL}: ${plan.overdue}`];

  const stateWord: Record<MailState, string> = {
    sent: would ? 'would be sent' : 'sent',
    earlier: 'sent earlier today',
    deferred: 'waiting for quota',
    failed: 'failed',
    uncertain: 'may not have been sent — please check',
    heldBack: 'held back: domain not allowed',
    noEmail: 'no email address',
    none: '',
  };
  const officerRows = plan.byOfficer.map((o) => {
    const state: MailState = plan.noEmail.includes(o) ? 'noEmail' : (states.get(recipientKey(o.email)) ?? 'none');
    return { ...o, state: stateWord[state] };
  });

  const issues = [
    ...plan.settingIssues.map((i) => `Setting "${i.label}" ${i.message}; the default is used until it is corrected.`),
    ...plan.problems.slice(0, 20).map(describeProblem),
    ...(plan.problems.length > 20 ? [`…and ${plan.problems.length - 20} more problems in the workbook.`] : []),
  ];

  const subject =
    `${plan.boardName} action log: daily alerts summary ${day}` +
    (outcome.deferred.length ? ' (mail quota spent)' : '') +
    (uncertain.length ? ' (please check: some digests may not have been sent)' : '') +
    (plan.stopped || actionCount === 0 ? ' (no digests: please check the Actions tab)' : '');

  // ---- plain text
  const t: string[] = [`Daily alerts for the ${plan.boardName} action log, ${day}.`, ''];
  t.push('MAIL', ...mailLines, '');
  if (statusLines.length) t.push('ACTIONS BY STATUS', ...statusLines, '');
  if (officerRows.length) {
    t.push(`OVERDUE AND DUE BY ${formatShort(plan.horizon)}, BY OFFICER`);
    officerRows.forEach((o) => t.push(`${o.name}: ${o.overdue} overdue, ${o.dueSoon} due soon${o.state ? ` – ${o.state}` : ''}`));
    t.push('');
  }
  if (plan.noEmail.length) {
    t.push('OFFICERS WITH NO EMAIL ADDRESS (add one on the Officers tab)');
    plan.noEmail.forEach((o) => t.push(`${o.name}${o.email ? ` ("${o.email}" is not an address)` : ''}`));
    t.push('');
  }
  if (plan.unmatched.length) {
    t.push('NAMES NOT MATCHED TO THE OFFICERS TAB (not emailed)');
    plan.unmatched.forEach((u) => t.push(`"${u.text}" in ${u.refs.join(', ')}${u.officers.length ? ` – did you mean ${u.officers.join(' or ')}?` : ''}`));
    t.push('');
  }
  if (plan.ambiguous.length) {
    t.push('NAMES THAT COULD BE MORE THAN ONE OFFICER (not emailed)');
    plan.ambiguous.forEach((u) => t.push(`"${u.text}" in ${u.refs.join(', ')} – could be ${u.officers.join(' or ')}`));
    t.push('');
  }
  if (plan.groups.length) {
    t.push('GROUPS (nobody in particular is emailed)');
    plan.groups.forEach((g) => t.push(`"${g.text}" in ${g.refs.join(', ')}`));
    t.push('');
  }
  if (plan.unassigned.length) {
    t.push('OVERDUE OR DUE SOON BUT REACHING NOBODY');
    plan.unassigned.forEach((u) => t.push(`${u.ref}: "${u.responsible || '(no responsible officer)'}"`));
    t.push('');
  }
  if (issues.length) t.push('PROBLEMS', ...issues, '');

  // ---- HTML
  const list = (items: string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
  const h = (title: string) => `<h3 style="margin:16px 0 4px">${esc(title)}</h3>`;
  const parts: string[] = [
    `<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#202124">`,
    `<p>Daily alerts for the ${esc(plan.boardName)} action log, ${day}.</p>`,
    h('Mail'),
    list(mailLines.map(esc)),
    ...(statusLines.length ? [h('Actions by status'), list(statusLines.map(esc))] : []),
  ];
  if (officerRows.length) {
    parts.push(
      h(`Overdue and due by ${formatShort(plan.horizon)}, by officer`),
      `<table cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:13px"><tr style="background:#f1f3f4;text-align:left"><th>Officer</th><th>Overdue</th><th>Due soon</th><th>Mail</th></tr>` +
        officerRows
          .map((o) => `<tr style="border-top:1px solid #dadce0"><td>${esc(o.name)}</td><td>${o.overdue}</td><td>${o.dueSoon}</td><td>${esc(o.state)}</td></tr>`)
          .join('') +
        `</table>`,
    );
  }
  if (plan.noEmail.length)
    parts.push(h('Officers with no email address'), list(plan.noEmail.map((o) => esc(o.name + (o.email ? ` ("${o.email}" is not an address)` : '')))));
  if (plan.unmatched.length) {
    parts.push(
      h('Names not matched to the Officers tab (not emailed)'),
      list(plan.unmatched.map((u) => esc(`"${u.text}" in ${u.refs.join(', ')}${u.officers.length ? ` – did you mean ${u.officers.join(' or ')}?` : ''}`))),
    );
  }
  if (plan.ambiguous.length)
    parts.push(
      h('Names that could be more than one officer (not emailed)'),
      list(plan.ambiguous.map((u) => esc(`"${u.text}" in ${u.refs.join(', ')} – could be ${u.officers.join(' or ')}`))),
    );
  if (plan.groups.length) parts.push(h('Groups (nobody in particular is emailed)'), list(plan.groups.map((g) => esc(`"${g.text}" in ${g.refs.join(', ')}`))));
  if (plan.unassigned.length)
    parts.push(
      h('Overdue or due soon but reaching nobody'),
      list(plan.unassigned.map((u) => esc(`${u.ref}: "${u.responsible || '(no responsible officer)'}"`))),
    );
  if (issues.length) parts.push(h('Problems'), list(issues.map(esc)));
  parts.push('</div>');

  return { subject, html: parts.join(''), text: t.join('\n').trimEnd() };
}
