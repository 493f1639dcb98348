/**
 * A scrutiny review of a dozen recommendations, as a board types it into the Recommendations
 * tab: one not accepted, one in part, deadlines as days, months and spans, progress lines; and a
 * second review with no response yet. Shared by the recommendations' end-to-end tests.
 */
import { RECOMMENDATIONS } from '../../src/core/layout';

export const REVIEW = 'Tackling Worklessness';
export const LATE_REVIEW = 'Access to Dentistry';

type Fields = Partial<Record<(typeof RECOMMENDATIONS.columns)[number]['key'], string>>;

/** Rows as typed (the Review carried down from the row above when blank). */
export const ROWS: Fields[] = [
  {
    review: REVIEW,
    reviewBody: 'Overview and Scrutiny Committee',
    dateReported: '14/06/2010',
    number: '01',
    recommendation: 'Map the employment support offered by partners',
    accepted: 'Yes',
    response: 'Agreed; the map will be shared with the board',
    proposedAction: 'Commission a mapping exercise',
    leadOfficer: 'Gary Bowman',
    deadline: 'December 2010',
    progress: '14/10/2010: Two workshops held with partners',
  },
  {
    number: '02',
    recommendation: 'Set up a single referral route',
    accepted: 'Yes',
    proposedAction: 'Design the route with Jobcentre Plus',
    leadOfficer: 'Janine Brown',
    deadline: 'March 2011',
  },
  {
    number: '03',
    recommendation: 'Fund a worklessness co-ordinator',
    accepted: 'No',
    reason: 'No budget in 2010/11; to be reconsidered next year',
    leadMember: 'Cllr Ann Hughes',
  },
  {
    number: '04',
    recommendation: 'Extend the apprenticeship scheme to all directorates',
    accepted: 'In part',
    reason: 'Schools are outside the council’s control',
    proposedAction: 'Extend to every directorate but Schools',
    leadOfficer: 'Gary Bowman',
    deadline: 'April to June 2011',
  },
  { number: '05', recommendation: 'Report progress to the board twice a year', accepted: 'Yes', leadOfficer: 'Janine Brown', deadline: '30/11/2010' },
  {
    number: '06',
    recommendation: 'Publish a directory of local training',
    accepted: 'Yes',
    leadOfficer: 'Gary Bowman',
    deadline: 'January 2011',
    completedDate: '20/12/2010',
  },
  { number: '07', recommendation: 'Pilot outreach in two wards', accepted: 'Yes', leadOfficer: 'Gary Bowman', deadline: 'May or June 2011' },
  { number: '08', recommendation: 'Review the council’s own recruitment', accepted: 'Yes', leadOfficer: 'Janine Brown', deadline: '31/01/2011' },
  { number: '09', recommendation: 'Agree data sharing with partners', accepted: 'Yes', leadOfficer: 'Gary Bowman', deadline: 'September 2011' },
  {
    number: '10',
    recommendation: 'Include worklessness in the Local Area Agreement',
    accepted: 'Yes',
    leadMember: 'Cllr Ann Hughes',
    deadline: 'October 2010',
    completedDate: '12/10/2010',
  },
  { number: '11', recommendation: 'Hold a jobs fair', accepted: 'Yes', leadOfficer: 'Janine Brown' },
  { number: '12', recommendation: 'Return to scrutiny in a year', accepted: 'Yes', leadOfficer: 'Gary Bowman', deadline: 'June 2011' },
  {
    review: LATE_REVIEW,
    reviewBody: 'Health Scrutiny Panel',
    dateReported: '01/07/2010',
    number: '1',
    recommendation: 'Publish NHS dentists taking new patients',
  },
  { number: '2', recommendation: 'Ask the PCT for a recruitment plan' },
];

/** The rows as a grid in the tab's set-up column order. */
export function grid(rows: Fields[] = ROWS): string[][] {
  return rows.map((r) => RECOMMENDATIONS.columns.map((c) => (r as Record<string, string>)[c.key] ?? ''));
}

/** 1-based column of a Recommendations key, as set up. */
export const RC = (key: string) => RECOMMENDATIONS.columns.findIndex((c) => c.key === key) + 1;
