/**
 * The Settings tab: one row per setting, in words a secretariat would use. Values are read as
 * text from the sheet and validated here; a bad value is reported with its cell, and the
 * default is used meanwhile, so a typo never stops a trigger silently.
 */
import * as z from 'zod/mini';
import { isEmailAddress } from './email';

export interface SettingSpec {
  readonly key: keyof Settings;
  readonly label: string;
  readonly about: string;
  readonly defaultValue: string;
}

/** Weekdays in JavaScript's order (getUTCDay: 0 is Sunday). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type DigestDay = 'every day' | (typeof WEEKDAYS)[number];

export const SETTING_SPECS: readonly SettingSpec[] = [
  { key: 'boardName', label: 'Board name', about: 'Shown at the top of every paper, e.g. "LSP Executive Board".', defaultValue: 'Executive Board' },
  { key: 'paperTitle', label: 'Action log title', about: 'Title of the action log paper.', defaultValue: 'Action Log & Forward Plan' },
  {
    key: 'note',
    label: 'Note on the action log',
    about: 'The "Please note" paragraph printed under the status key.',
    defaultValue:
      'To understand the context of the actions agreed and the commentary arising it may be necessary to read the agenda and Board papers for the item in question. Item numbers are given in the left-hand column of the table below.',
  },
  { key: 'alertHour', label: 'Alert hour', about: 'Hour of the day (0–23) when overdue alerts are sent.', defaultValue: '7' },
  { key: 'alertDaysAhead', label: 'Alert days ahead', about: 'Also remind officers of actions due within this many days.', defaultValue: '7' },
  {
    key: 'digestDay',
    label: 'Digest day',
    about: 'Every day, or a weekday (e.g. Monday): each officer then gets at most one digest a week, sent from that day.',
    defaultValue: 'Every day',
  },
  { key: 'secretariatEmails', label: 'Secretariat emails', about: 'Who receives the daily summary; separate addresses with commas.', defaultValue: '' },
  { key: 'outputFolderId', label: 'Output folder ID', about: 'Drive folder for generated papers (the ID from its URL). Empty: My Drive.', defaultValue: '' },
  {
    key: 'actionLogTemplateId',
    label: 'Action log template ID',
    about: 'Google Doc used as the action log template. Empty: one is created on first use.',
    defaultValue: '',
  },
  {
    key: 'agendaTemplateId',
    label: 'Agenda template ID',
    about: 'Google Doc used as the agenda template. Empty: one is created on first use.',
    defaultValue: '',
  },
  {
    key: 'minutesTemplateId',
    label: 'Minutes template ID',
    about: 'Google Doc used as the draft minutes template. Empty: one is created on first use.',
    defaultValue: '',
  },
  {
    key: 'monitoringTemplateId',
    label: 'Monitoring report template ID',
    about: 'Google Doc used as the recommendations monitoring report template. Empty: one is created on first use.',
    defaultValue: '',
  },
  { key: 'savePdf', label: 'Also save as PDF', about: 'Yes or No.', defaultValue: 'No' },
  {
    key: 'recommendationsInActionLog',
    label: 'Recommendations in the action log',
    about: 'Yes or No. Yes: the action log lists each review’s outstanding recommendations under a heading of their own, after the actions.',
    defaultValue: 'No',
  },
  {
    key: 'updateRequestDays',
    label: 'Update requests: working days before meeting',
    about:
      'The daily run asks officers for their updates this many working days before each meeting (England and Wales bank holidays skipped). 0: only from the menu.',
    defaultValue: '10',
  },
  {
    key: 'updateDueDays',
    label: 'Updates due: working days before meeting',
    about: 'The deadline given in the update requests, in working days before the meeting.',
    defaultValue: '5',
  },
];

const yesNo = z.pipe(
  z.string(),
  z.transform((s, ctx) => {
    const v = s.trim().toLowerCase();
    if (['yes', 'y', 'true'].includes(v)) return true;
    if (['no', 'n', 'false', ''].includes(v)) return false;
    ctx.issues.push({ code: 'custom', message: 'must be Yes or No', input: s });
    return z.NEVER;
  }),
);

const wholeNumber = (min: number, max: number) =>
  z.pipe(
    z.string(),
    z.transform((s, ctx) => {
      const n = Number(s.trim());
      if (s.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
        ctx.issues.push({ code: 'custom', message: `must be a whole number from ${min} to ${max}`, input: s });
        return z.NEVER;
      }
      return n;
    }),
  );

const emailList = z.pipe(
  z.string(),
  z.transform((s, ctx) => {
    const list = s
      .split(/[,;\n]/)
      .map((x) => x.trim())
      .filter(Boolean);
    const bad = list.filter((x) => !isEmailAddress(x));
    if (bad.length) {
      ctx.issues.push({ code: 'custom', message: `not an email address: ${bad.join(', ')}`, input: s });
      return z.NEVER;
    }
    return list;
  }),
);

const trimmed = z.pipe(
  z.string(),
  z.transform((s) => s.trim()),
);

/** "Every day", or a weekday name (any case; "Mon" too): 'every day' | 'monday' | … */
const digestDay = z.pipe(
  z.string(),
  z.transform((s, ctx) => {
    const v = s.trim().toLowerCase();
    if (v === '' || v === 'every day' || v === 'daily') return 'every day' as DigestDay;
    const day = WEEKDAYS.find((d) => d === v || (v.length >= 3 && d.startsWith(v)));
    if (day) return day;
    ctx.issues.push({ code: 'custom', message: 'must be Every day or a weekday such as Monday', input: s });
    return z.NEVER;
  }),
);

export const settingsSchema = z.object({
  boardName: trimmed,
  paperTitle: trimmed,
  note: trimmed,
  alertHour: wholeNumber(0, 23),
  alertDaysAhead: wholeNumber(0, 60),
  digestDay,
  secretariatEmails: emailList,
  outputFolderId: trimmed,
  actionLogTemplateId: trimmed,
  agendaTemplateId: trimmed,
  minutesTemplateId: trimmed,
  monitoringTemplateId: trimmed,
  savePdf: yesNo,
  recommendationsInActionLog: yesNo,
  updateRequestDays: wholeNumber(0, 60),
  updateDueDays: wholeNumber(0, 30),
});
export type Settings = z.output<typeof settingsSchema>;

export interface SettingIssue {
  readonly key: keyof Settings;
  readonly label: string;
  readonly message: string;
}

/**
 * Validates each setting on its own: a bad one falls back to its default and is reported, so
 * one typo does not take every other setting with it.
 */
export function parseSettings(raw: Partial<Record<keyof Settings, string>>): { settings: Settings; issues: SettingIssue[] } {
  const issues: SettingIssue[] = [];
  const shape = settingsSchema.def.shape;
  const out: Record<string, unknown> = {};
  for (const spec of SETTING_SPECS) {
    const value = raw[spec.key] ?? spec.defaultValue;
    const parsed = z.safeParse(shape[spec.key], value);
    if (parsed.success) {
      out[spec.key] = parsed.data;
    } else {
      issues.push({ key: spec.key, label: spec.label, message: parsed.error.issues[0]?.message ?? 'is not valid' });
      out[spec.key] = z.parse(shape[spec.key], spec.defaultValue);
    }
  }
  return { settings: out as Settings, issues };
}

export function defaultSettings(): Settings {
  return parseSettings({}).settings;
}
