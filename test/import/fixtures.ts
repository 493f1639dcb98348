/**
 * Papers an invented board ("Westmoor Partnership Executive Board") keeps in Word, in the shapes
 * boards really send: an action log copied from Word (text/html with Word's markup, the header
 * repeated at a page break, a row continued over the page, dates in the commentary, several
 * officers in one cell, groups), the same log as Sheets copies it (text/plain, tab-separated),
 * a forward plan, and minutes in both shapes with a forward plan annex. Written for this project.
 */

/** Word's clipboard HTML for a table: conditional comments, <o:p>, mso styles, spans. */
function wordTable(rows: readonly (readonly string[])[]): string {
  const cell = (html: string) =>
    `<td width=120 valign=top style='width:90.0pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt'>` +
    (html === ''
      ? `<p class=MsoNormal><o:p>&nbsp;</o:p></p>`
      : html.startsWith('<')
        ? html
        : `<p class=MsoNormal><span style='font-size:10.0pt'>${html}<o:p></o:p></span></p>`) +
    `</td>`;
  return (
    `<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>\n` +
    rows.map((r) => ` <tr style='mso-yfti-irow:0'>\n  ${r.map(cell).join('\n  ')}\n </tr>`).join('\n') +
    `\n</table>`
  );
}

const WORD_HEAD = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
<style><!-- /* Style Definitions */ p.MsoNormal {margin:0cm; font-size:11.0pt;} --></style>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
</head><body lang=EN-GB style='tab-interval:36.0pt'><!--StartFragment-->`;
const WORD_TAIL = `<!--EndFragment--></body></html>`;

export const ACTION_LOG_HEADINGS = ['Ref No and subject', 'Board and Date', 'Matters Arising/Actions', 'Responsible Officer', 'Commentary'];

/** The action log's rows as they stand in the Word paper (cells as HTML fragments). */
const ACTION_LOG_ROWS: string[][] = [
  ACTION_LOG_HEADINGS.map((h) => `<p class=MsoNormal><b>${h}</b></p>`),
  [
    '25.06.04 Item 4.1 Worklessness Strategy',
    'Executive Board 25/06/09',
    'Proposals for a worklessness strategy to be brought to the Board.',
    'Brian Aldridge Kevin Griffiths',
    'Proposals to be received at November 5th Executive Board. Now deferred to March 18th 2010',
  ],
  [
    '25.06.05 Item 5 Housing Growth',
    'Executive Board 25/06/09',
    'Report on the housing growth trajectories.',
    'Joy Massey to report on trajectories at March 18 th 2010 meeting',
    '',
  ],
  [
    '<p class=MsoNormal>17.09.03</p><p class=MsoNormal>Item 3</p><p class=MsoNormal>Safeguarding Children</p>',
    'Executive Board 17.09.09',
    '<p class=MsoNormal>Safeguarding audit to be reported back to the Board, with the results of</p>',
    'Janine Brown',
    '<p class=MsoNormal>Update received 05/11/09.</p>',
  ],
  // The page breaks here: Word repeats the header row, and the row above goes on.
  ACTION_LOG_HEADINGS.map((h) => `<p class=MsoNormal><b>${h}</b></p>`),
  [
    '',
    '',
    '<p class=MsoNormal>the peer review.</p><ul><li>Audit of case files</li><li>Training records</li></ul>',
    '',
    '<p class=MsoNormal><i>Agreed to defer to Executive Meeting on 29th April</i></p>',
  ],
  [
    '28.01.06 Item 6 Partnership Compact',
    'Executive Board 28.1.10',
    'All partners to sign up to the refreshed compact.',
    'ALL Brian Mckinstrie',
    'To be reported March 2010',
  ],
  ['28.01.07 Item 7 Performance Management', 'Executive Board 28.1.10', 'Update received from the Performance Group on the quarter 3 indicators.', 'Chris', ''],
  ['28.01.08 Item 8 Local Area Agreement', 'Executive Board 28.1.10', 'Review following each Quarter report.', 'Gary Bowman', ''],
  [
    '28.01.09 Item 9 Communications',
    'Executive Board 28.1.10',
    'Communications plan for the partnership website.',
    'Gary Bowman / Janine Brown',
    'To come back to the July meeting.',
  ],
];

export const wordActionLogHtml = `${WORD_HEAD}
<p class=MsoNormal><b>Westmoor Partnership Executive Board – Action Log</b></p>
${wordTable(ACTION_LOG_ROWS)}
<p class=MsoNormal><o:p>&nbsp;</o:p></p>${WORD_TAIL}`;

/** What Word puts on the clipboard as text/plain beside it (cells by tabs, no quotes): not as good as the HTML. */
export const wordActionLogText = ACTION_LOG_ROWS.map((r) =>
  r
    .map((c) =>
      c
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .join('\t'),
).join('\r\n');

/** The same log copied from Sheets or Excel: tab-separated, multi-line cells in double quotes. */
export const sheetsActionLogText = [
  ACTION_LOG_HEADINGS.join('\t'),
  [
    '25.06.04 Item 4.1 Worklessness Strategy',
    'Executive Board 25/06/09',
    'Proposals for a worklessness strategy to be brought to the Board.',
    'Brian Aldridge Kevin Griffiths',
    '"Proposals to be received at November 5th Executive Board.\nNow deferred to March 18th 2010"',
  ].join('\t'),
  [
    '"17.09.03\nItem 3\nSafeguarding Children"',
    'Executive Board 17.09.09',
    '"Safeguarding audit to be reported back to the Board, with the results of the ""peer review""."',
    'Janine Brown',
    '"Update received 05/11/09.\nAgreed to defer to Executive Meeting on 29th April"',
  ].join('\t'),
].join('\n');

export const FORWARD_PLAN_HEADINGS = ['Source', 'Date', 'Item', 'Responsible Officer', 'Completion Date'];

export const wordForwardPlanHtml = `${WORD_HEAD}
<p class=MsoNormal><b>Forward Plan</b></p>
${wordTable([
  FORWARD_PLAN_HEADINGS.map((h) => `<p class=MsoNormal><b>${h}</b></p>`),
  ['Board', '28/01/2010', 'Annual report of the Children’s Trust', 'Janine Brown', '18th March 2010'],
  ['Action log', '28/01/2010', 'Worklessness strategy: final proposals', 'Gary Bowman', 'Mar 2010'],
  ['Board', '28/01/2010', 'Local Area Agreement refresh', 'Gary Bowman', 'Review at quarterly intervals'],
  ['Board', '28/01/2010', 'Joint commissioning framework', 'Janine Brown', 'when the review reports'],
])}${WORD_TAIL}`;

/**
 * Minutes in the item-table shape (Decision:/Action: rows), as Docs copies them, with a forward
 * plan annex ("Meeting · Item · Responsibility").
 */
export const itemTableMinutesHtml = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1">
<p dir="ltr"><span>Westmoor Partnership Executive Board</span></p>
<p dir="ltr"><span>Date: 12 May 2011, 10:00 to 12:00</span></p>
<p dir="ltr"><span>Venue: Council Chamber, Westmoor Civic Centre</span></p>
<p dir="ltr"><span>Present: Chris Ward, Chris Hale, Sam Okoro and Priya Nair</span></p>
<p dir="ltr"><span>Apologies: Gary Bowman</span></p>
<div dir="ltr"><table><tbody>
<tr><td><p>Item No. 1</p></td><td><p>Welcome and apologies.</p></td></tr>
<tr><td><p>Item No. 2</p></td><td><p>Funding for the advice services.</p><p>The board discussed the shortfall in the advice services budget.</p></td></tr>
<tr><td><p>Decision:</p></td><td><p>The board agreed to bid for transitional funding.</p></td></tr>
<tr><td><p>Action:</p></td><td><p>(i) Chris Ward to write to the funding body by 27th May 2011.</p><p>(ii) Priya Nair to report to the June meeting on the bid.</p></td></tr>
<tr><td><p>Item No. 3</p></td><td><p>Terms of reference.</p></td></tr>
<tr><td><p>Action:</p></td><td><p>Chris to circulate the revised terms of reference.</p></td></tr>
</tbody></table></div>
<p dir="ltr"><span>Annex: Forward Plan</span></p>
<div dir="ltr"><table><tbody>
<tr><td><p>Meeting</p></td><td><p>Item</p></td><td><p>Responsibility</p></td></tr>
<tr><td><p>16 June 2011</p></td><td><p>Minutes of the last meeting (standing item)</p><p>Advice services bid</p><p>Youth offending plan</p></td><td><p>Priya Nair</p></td></tr>
<tr><td><p>July 2011</p></td><td><p>Annual performance report</p></td><td><p>Sam Okoro</p></td></tr>
<tr><td><p>Not yet scheduled</p></td><td><p>Review of the compact</p></td><td><p>Chris Ward</p></td></tr>
</tbody></table></div></b>`;

/** Minutes in the heading shape: "Action:" followed by one sentence per action. */
export const headingMinutesHtml = `<meta charset="utf-8">
<p>Westmoor Partnership Executive Board</p>
<p>Date: 12 May 2011, 10:00 to 12:00</p>
<p>Venue: Council Chamber, Westmoor Civic Centre</p>
<p>Present: Chris Ward, Chris Hale, Sam Okoro and Priya Nair</p>
<p>Item 1: Welcome and apologies</p>
<p>The chair welcomed everyone.</p>
<p>Item 2: Terms of reference</p>
<p>The board went through the draft terms of reference line by line.</p>
<p>Decision: The revised terms of reference were agreed.</p>
<p>Action:</p>
<p>Sam Okoro to circulate the revised terms of reference.</p>
<p>Chris Ward to write to the funding body.</p>
<p>The June agenda will include a general item on the voluntary sector.</p>
<p>Item 3: Any other business</p>
<p>None.</p>`;

/** A row of a Word table by its headings: a cell of several paragraphs is given as lines. */
function rowByHeadings(headings: readonly string[], cells: Readonly<Record<string, string | readonly string[]>>): string[] {
  for (const k of Object.keys(cells)) if (!headings.includes(k)) throw new Error(`no heading ${k}`);
  return headings.map((h) => {
    const c = cells[h] ?? '';
    return typeof c === 'string' ? c : c.map((l) => `<p class=MsoNormal>${l}<o:p></o:p></p>`).join('');
  });
}

export const ACTION_PLAN_HEADINGS = ['No.', 'Recommendation', 'Accepted', 'Proposed action (lead officer)', 'Deadline', 'Action taken'];

/**
 * A review's action plan as Word copies it: numbered 01, 02…, the header repeated at a page
 * break, recommendation 02 continued over the page (a row with no number), deadlines as a day,
 * a month and a span, and "Action taken" with dated lines and an undated one.
 */
export const wordActionPlanHtml = `${WORD_HEAD}
<p class=MsoNormal><b>Healthy Weight in Young People: action plan</b></p>
${wordTable([
  ACTION_PLAN_HEADINGS.map((h) => `<p class=MsoNormal><b>${h}</b></p>`),
  rowByHeadings(ACTION_PLAN_HEADINGS, {
    'No.': '01',
    Recommendation: 'Map every weight-management service open to under-18s',
    Accepted: 'Yes',
    'Proposed action (lead officer)': 'Public Health to commission the mapping (Chris Ward)',
    Deadline: 'March 2011',
    'Action taken': ['14/10/2010: Two workshops held with partners', '02/12/2010 Draft map shared with schools', 'and with GPs'],
  }),
  rowByHeadings(ACTION_PLAN_HEADINGS, {
    'No.': '02',
    Recommendation: 'Offer a free swimming session to every Year 7 pupil',
    Accepted: 'In part – funded for the council’s own pools only',
    'Proposed action (lead officer)': 'Free sessions at council pools (Joy Massey)',
    Deadline: 'April – June 2011',
    'Action taken': 'Sessions booked for the spring term',
  }),
  ACTION_PLAN_HEADINGS.map((h) => `<p class=MsoNormal><b>${h}</b></p>`),
  rowByHeadings(ACTION_PLAN_HEADINGS, {
    Recommendation: 'and to their parents or carers',
    'Proposed action (lead officer)': 'Letters home through the schools',
    'Action taken': 'Letters drafted',
  }),
  rowByHeadings(ACTION_PLAN_HEADINGS, {
    'No.': '03',
    Recommendation: 'Ban hot-food takeaways within 400 m of schools',
    Accepted: 'No – the Local Plan review is the place for it',
  }),
  rowByHeadings(ACTION_PLAN_HEADINGS, {
    'No.': '04',
    Recommendation: 'Train school nurses in brief advice on weight',
    Accepted: 'Yes',
    'Proposed action (lead officer)': 'Two training days a year (Chris Hale)',
    Deadline: '31/03/2011',
  }),
])}${WORD_TAIL}`;

export const MONITORING_HEADINGS = ['Recommendation', 'Response'];

/** A monitoring report: numbered 1, 2, 3 inside the recommendation's cell, the third continued over a page. */
export const wordMonitoringHtml = `${WORD_HEAD}
${wordTable([
  MONITORING_HEADINGS.map((h) => `<p class=MsoNormal><b>${h}</b></p>`),
  rowByHeadings(MONITORING_HEADINGS, { Recommendation: '1. That the council publishes a map of services', Response: 'Agreed: on the website by March' }),
  rowByHeadings(MONITORING_HEADINGS, { Recommendation: '2. That every pupil is offered a swim', Response: 'Agreed in part' }),
  rowByHeadings(MONITORING_HEADINGS, { Recommendation: '3. That school nurses are trained in brief advice', Response: 'Agreed: two training days' }),
  MONITORING_HEADINGS.map((h) => `<p class=MsoNormal><b>${h}</b></p>`),
  rowByHeadings(MONITORING_HEADINGS, { Recommendation: 'on weight and healthy eating', Response: 'a year from the autumn' }),
])}${WORD_TAIL}`;
