/**
 * An invented board for the papers' tests: Northfield Partnership's Executive Board, with
 * actions carried from three earlier meetings into the meeting of Thursday 15th March 2012.
 * The same shapes as real papers (several officers per action, deferred dates, multi-paragraph
 * commentary, decisions), none of their content.
 */
import type { Action, ForwardPlanItem, Meeting } from '../../src/core/model';
import { defaultSettings } from '../../src/core/settings';
import type { PaperData } from '../../src/core/papers/models';

export const BOARD = 'Northfield Partnership Executive Board';
export const MEETING = '2012-03-15';
export const PREVIOUS = '2012-01-19';

const meeting = (date: string, extra: Partial<Meeting> = {}): Meeting => ({
  date,
  board: BOARD,
  title: 'Executive Board',
  time: '2.00pm',
  venue: 'Committee Room 2, Civic Centre, Northfield',
  attendees: [],
  apologies: [],
  ...extra,
});

export const meetings: Meeting[] = [
  meeting('2011-09-15'),
  meeting('2011-11-10'),
  meeting(PREVIOUS),
  meeting(MEETING, {
    attendees: [
      'Cllr Margaret Dunne - Chair, Leader of Northfield Council',
      'Liz Carter - Vice Chair, Chief Executive, Northfield Council',
      'Supt Alan Marsh - Northfield Police',
      'Priya Shah - Director of Public Health, Northfield PCT',
      'Tom Ellis - Director of Adult Services',
      'Ruth Okafor - Northfield Voluntary Action',
    ],
    apologies: ['Gareth Lloyd', 'Sandra Voss', 'Imran Qureshi'],
  }),
  meeting('2012-04-26', { venue: 'Council Chamber, Civic Centre, Northfield' }),
];

const action = (a: Partial<Action> & Pick<Action, 'ref' | 'meetingDate' | 'text'>): Action => ({
  agendaItem: '',
  subject: '',
  responsible: '',
  isDecision: false,
  commentary: '',
  ...a,
});

/** In sheet order — deliberately not reference order. */
export const actions: Action[] = [
  action({
    ref: '19.01.10',
    agendaItem: 'Item 5',
    subject: 'Budget 2012/13',
    meetingDate: PREVIOUS,
    text: 'Partners to confirm their contributions to the pooled budget.',
    responsible: 'Liz Carter / Finance Leads',
    dueDate: MEETING,
    firstDueDate: MEETING,
  }),
  action({
    ref: '15.09.03',
    agendaItem: 'Item 4',
    subject: 'Youth Employment',
    meetingDate: '2011-09-15',
    text: 'Report on apprenticeships offered by partners.',
    responsible: 'Ruth Okafor / Alan Marsh',
    firstDueDate: '2011-11-10',
    dueDate: MEETING,
    commentary: 'Deferred from 10th November to allow the survey to close.',
  }),
  action({
    ref: '15.09.07',
    agendaItem: 'Item 5.1',
    subject: 'Community Safety Plan',
    meetingDate: '2011-09-15',
    text: 'Circulate the draft plan.',
    responsible: 'Alan Marsh',
    dueDate: '2011-11-10',
    completedDate: '2011-10-20',
  }),
  action({
    ref: '15.09.09',
    agendaItem: 'Item 6',
    subject: 'Terms of reference',
    meetingDate: '2011-09-15',
    text: 'Terms of reference agreed.',
    isDecision: true,
  }),
  action({
    ref: '10.11.02',
    agendaItem: 'Item 3',
    subject: 'Health Inequalities',
    meetingDate: '2011-11-10',
    text: 'Bring forward an action plan on the life expectancy gap.',
    responsible: 'Priya Shah / Tom Ellis',
    commentary: 'Date to be agreed with the Health and Wellbeing Board.',
  }),
  action({
    ref: '10.11.05',
    agendaItem: 'Item 4.2',
    subject: 'Town Centre Strategy',
    meetingDate: '2011-11-10',
    text: 'Consult traders on the draft strategy.',
    responsible: 'Economy Partnership Chair',
    dueDate: PREVIOUS,
  }),
  action({
    ref: '10.11.06',
    agendaItem: 'Item 4.2',
    subject: 'Town Centre Strategy',
    meetingDate: '2011-11-10',
    text: 'Share footfall figures with partners.',
    responsible: 'Liz Carter',
    dueDate: PREVIOUS,
    completedDate: '2012-02-02',
    commentary: 'Figures circulated by email.',
  }),
  action({
    ref: '19.01.03',
    agendaItem: 'Item 3.1',
    subject: 'Safeguarding Adults',
    meetingDate: PREVIOUS,
    text: 'Review of referral pathways to report back.',
    responsible: 'Tom Ellis / Ruth Okafor / ALL Partners',
    dueDate: '2012-04-26',
    commentary: 'Referrals rose by a third over the year.\nPartners asked to name a lead for the review.',
  }),
  action({
    ref: '19.01.01',
    agendaItem: 'Item 2',
    subject: 'Minutes',
    meetingDate: PREVIOUS,
    text: 'Minutes of 10th November 2011 agreed as an accurate record.',
    isDecision: true,
  }),
  action({
    ref: '19.01.04',
    agendaItem: 'Item 3.1',
    subject: 'Safeguarding Adults',
    meetingDate: PREVIOUS,
    text: 'Invite partners to the safeguarding conference.',
    responsible: 'Tom Ellis',
    dueDate: MEETING,
    completedDate: MEETING,
  }),
  action({
    ref: '19.01.05',
    agendaItem: 'Item 4',
    subject: 'Volunteering',
    meetingDate: PREVIOUS,
    text: 'Publish the volunteering compact.',
    responsible: 'Ruth Okafor',
    dueDate: MEETING,
    completedDate: '2012-03-20',
  }),
  action({
    ref: '19.01.02',
    agendaItem: 'Item 3.1',
    subject: 'Safeguarding Adults',
    meetingDate: PREVIOUS,
    text: 'Board endorsed the Safeguarding Adults strategy.',
    isDecision: true,
  }),
  // Raised at the meeting itself: never on its own log; they are its minutes.
  action({ ref: '15.03.01', agendaItem: 'Item 3', subject: 'Compact Review', meetingDate: MEETING, text: 'The revised Compact was agreed.', isDecision: true }),
  action({
    ref: '15.03.02',
    agendaItem: 'Item 3',
    subject: 'Compact Review',
    meetingDate: MEETING,
    text: 'Publish the Compact on the partnership website.',
    responsible: 'Liz Carter',
    dueDate: '2012-04-26',
  }),
  action({
    ref: '15.03.03',
    agendaItem: 'Item 3',
    subject: 'Compact Review',
    meetingDate: MEETING,
    text: 'Each partner to name a Compact champion.',
    responsible: 'ALL Partners',
  }),
  action({
    ref: '15.03.04',
    agendaItem: 'Item 4',
    subject: 'Safeguarding Adults annual report',
    meetingDate: MEETING,
    text: 'Report on the review of referral pathways.',
    responsible: 'Tom Ellis',
    dueDate: '2012-06-21',
  }),
];

export const forwardPlan: ForwardPlanItem[] = [
  {
    source: 'Executive',
    dateRaised: '2011-09-15',
    item: 'Annual review of the Partnership Compact',
    responsible: 'Liz Carter',
    dueDate: MEETING,
    dueText: '',
    linkedRef: '',
    done: false,
  },
  {
    source: 'Executive',
    dateRaised: '2011-11-10',
    item: 'Health inequalities action plan',
    responsible: 'Priya Shah',
    dueDate: '2012-04-26',
    dueText: 'Deferred from March',
    linkedRef: '10.11.02',
    done: false,
  },
  {
    source: 'Executive',
    dateRaised: PREVIOUS,
    item: 'Safeguarding Adults Board annual report',
    responsible: 'Tom Ellis / Ruth Okafor',
    dueDate: MEETING,
    dueText: '',
    linkedRef: '',
    done: false,
  },
  { source: '', item: 'Audit of play areas', responsible: 'Parks Team', dueText: 'Review at quarterly intervals', linkedRef: '', done: false },
  {
    source: 'Executive',
    dateRaised: '2011-09-15',
    item: 'Community Safety Plan',
    responsible: 'Alan Marsh',
    dueDate: '2011-11-10',
    dueText: '',
    linkedRef: '15.09.07',
    done: true,
  },
];

export const data: PaperData = {
  actions,
  meetings,
  forwardPlan,
  settings: { ...defaultSettings(), boardName: 'Executive Board' },
};

/** The action log's expected rows for 15 March 2012, in order, with why each is there. */
export const EXPECTED_LOG: readonly [ref: string, status: string, reason: string][] = [
  ['15.09.03', 'dateAgreed', 'outstanding'],
  ['10.11.02', 'noDate', 'outstanding'],
  ['10.11.05', 'noDate', 'outstanding'], // overdue
  ['10.11.06', 'completed', 'completedSinceLast'],
  ['19.01.01', 'decision', 'decisionOfLast'],
  ['19.01.02', 'decision', 'decisionOfLast'],
  ['19.01.03', 'notYetDue', 'outstanding'],
  ['19.01.04', 'completed', 'completedSinceLast'],
  ['19.01.05', 'notYetDue', 'outstanding'],
  ['19.01.10', 'notYetDue', 'outstanding'],
];
