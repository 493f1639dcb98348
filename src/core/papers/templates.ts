/**
 * The default template of each paper, created on first use when Settings names none. A user
 * may edit the created doc (it is theirs) or point Settings at their own; either way the
 * template is only ever copied.
 */
import type { PaperKind } from './placeholders';

export type BlockStyle = 'title' | 'subtitle' | 'heading1' | 'heading2' | 'heading3' | 'normal';

export interface TemplateBlock {
  readonly text: string;
  readonly style: BlockStyle;
}

const b = (style: BlockStyle, text: string): TemplateBlock => ({ style, text });

export const DEFAULT_TEMPLATES: Readonly<Record<PaperKind, readonly TemplateBlock[]>> = {
  // Accessible structure: the paper's title is the one Heading 1, its sections Heading 2 (a
  // screen reader and the PDF's outline list them); the board's name above it is a subtitle.
  actionLog: [
    b('subtitle', '{{board}}'),
    b('heading1', '{{title}}'),
    b('heading2', '{{meeting_date}}'),
    b('heading2', 'Key:'),
    b('normal', '{{status_key}}'),
    b('heading2', 'Please note:'),
    b('normal', '{{note}}'),
    b('normal', '{{action_table}}'),
    b('normal', '{{recommendations_outstanding}}'),
    b('heading2', 'Forward Plan'),
    b('heading3', '{{meeting_date}}'),
    b('normal', '{{forward_plan_table}}'),
  ],
  agenda: [
    b('subtitle', '{{board}}'),
    b('heading1', '{{title}}'),
    b('normal', 'Date: {{meeting_date}}'),
    b('normal', 'Time: {{time}}'),
    b('normal', 'Venue: {{venue}}'),
    b('normal', '{{agenda_items}}'),
  ],
  minutes: [
    b('subtitle', '{{board}}'),
    b('heading1', '{{title}} (draft)'),
    b('normal', 'Date: {{meeting_date}}.'),
    b('normal', 'Time: {{time}}'),
    b('normal', 'Venue: {{venue}}.'),
    b('heading2', 'Attending:'),
    b('normal', '{{attendees}}'),
    b('normal', 'Apologies: {{apologies}}'),
    b('heading2', 'Business'),
    b('normal', '{{minutes_items}}'),
    b('normal', 'Details of next meeting: {{next_meeting}}.'),
    b('normal', 'Signed (Chair):'),
    b('normal', 'Date:'),
  ],
  monitoring: [
    b('subtitle', '{{review_body}}'),
    b('heading1', '{{title}}'),
    b('normal', 'Reported: {{date_reported}}.'),
    b('normal', 'As at: {{as_at}}.'),
    b('normal', '{{summary}}'),
    b('normal', '{{recommendations_table}}'),
  ],
};

export const TEMPLATE_NAMES: Readonly<Record<PaperKind, string>> = {
  actionLog: 'Action Log – template',
  agenda: 'Agenda – template',
  minutes: 'Draft Minutes – template',
  monitoring: 'Monitoring Report – template',
};

/** The Settings key holding each paper's template id. */
export const TEMPLATE_SETTING = {
  actionLog: 'actionLogTemplateId',
  agenda: 'agendaTemplateId',
  minutes: 'minutesTemplateId',
  monitoring: 'monitoringTemplateId',
} as const satisfies Record<PaperKind, string>;
