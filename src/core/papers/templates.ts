/**
 * The default template of each paper, created on first use when Settings names none. A user
 * may edit the created doc (it is theirs) or point Settings at their own; either way the
 * template is only ever copied.
 */
import type { PaperKind } from './placeholders';

export type BlockStyle = 'title' | 'heading1' | 'heading2' | 'heading3' | 'normal';

export interface TemplateBlock {
  readonly text: string;
  readonly style: BlockStyle;
}

const b = (style: BlockStyle, text: string): TemplateBlock => ({ style, text });

export const DEFAULT_TEMPLATES: Readonly<Record<PaperKind, readonly TemplateBlock[]>> = {
  actionLog: [
    b('title', '{{board}}'),
    b('heading1', '{{title}}'),
    b('heading2', '{{meeting_date}}'),
    b('heading3', 'Key:'),
    b('normal', '{{status_key}}'),
    b('heading3', 'Please note:'),
    b('normal', '{{note}}'),
    b('normal', '{{action_table}}'),
    b('heading1', 'Forward Plan'),
    b('heading2', '{{meeting_date}}'),
    b('normal', '{{forward_plan_table}}'),
  ],
  agenda: [
    b('title', '{{board}}'),
    b('heading1', '{{title}}'),
    b('normal', 'Date: {{meeting_date}}'),
    b('normal', 'Time: {{time}}'),
    b('normal', 'Venue: {{venue}}'),
    b('normal', '{{agenda_items}}'),
  ],
  minutes: [
    b('title', '{{board}}'),
    b('heading1', '{{title}} (draft)'),
    b('normal', 'Date: {{meeting_date}}.'),
    b('normal', 'Time: {{time}}'),
    b('normal', 'Venue: {{venue}}.'),
    b('heading3', 'Attending:'),
    b('normal', '{{attendees}}'),
    b('normal', 'Apologies: {{apologies}}'),
    b('normal', '{{minutes_items}}'),
    b('normal', 'Details of next meeting: {{next_meeting}}.'),
    b('normal', 'Signed (Chair):'),
    b('normal', 'Date:'),
  ],
};

export const TEMPLATE_NAMES: Readonly<Record<PaperKind, string>> = {
  actionLog: 'Action Log – template',
  agenda: 'Agenda – template',
  minutes: 'Draft Minutes – template',
};

/** The Settings key holding each paper's template id. */
export const TEMPLATE_SETTING = {
  actionLog: 'actionLogTemplateId',
  agenda: 'agendaTemplateId',
  minutes: 'minutesTemplateId',
} as const satisfies Record<PaperKind, string>;
