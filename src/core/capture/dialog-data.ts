/**
 * What each dialog asks the server for when it opens (google.script.run, no scriptlets): plain
 * JSON with ISO date strings, never Date objects.
 */
import type { IsoDate } from '../dates';
import type { MeetingChoice } from './plan';

/** A load answers like a save: data, or a readable message. */
export type LoadResult<T> = { ok: true; value: T } | { ok: false; message: string; fields: Record<string, string> };

export interface MeetingDialogData {
  readonly today: IsoDate;
  readonly officers: string[];
  readonly boards: string[];
}

export interface RecordDialogData {
  readonly today: IsoDate;
  readonly meetings: MeetingChoice[];
  readonly defaultMeeting: IsoDate | undefined;
  readonly officers: string[];
}

export interface UpdateDialogData {
  readonly today: IsoDate;
  readonly row: number;
  readonly ref: string;
  readonly text: string;
  readonly responsible: string;
  readonly meetingDate: IsoDate | undefined;
  readonly firstDueDate: IsoDate | undefined;
  readonly dueDate: IsoDate | undefined;
  readonly completedDate: IsoDate | undefined;
  readonly commentary: string;
  readonly status: string;
  /** Cells of this row the script could not read, in words. */
  readonly problems: string[];
}

export interface ForwardPlanDialogData {
  readonly today: IsoDate;
  readonly officers: string[];
  readonly meetings: MeetingChoice[];
  readonly refs: string[];
}

export interface SavedActions {
  readonly refs: string[];
  readonly forwardPlan: number;
  readonly firstRow: number;
}

export interface SavedMeeting {
  readonly row: number;
  readonly addedOfficers: string[];
}

export interface SavedUpdate {
  readonly ref: string;
  readonly row: number;
  readonly status: string;
  readonly overdue: boolean;
  readonly added: string[];
  /** Forward plan rows kept in step with the action. */
  readonly linkedUpdated: number;
}

export interface SavedForwardPlan {
  readonly row: number;
}
