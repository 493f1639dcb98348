/**
 * The Action Log menu. Each item names a function exported from src/main.ts (the build turns
 * those exports into the top-level functions Apps Script looks up by name).
 */
export interface MenuItem {
  readonly caption: string;
  readonly functionName: string;
}
export type MenuEntry = MenuItem | 'separator';

export const MENU_TITLE = 'Action Log';

export const MENU: readonly MenuEntry[] = [
  { caption: 'Add meeting…', functionName: 'menuAddMeeting' },
  { caption: 'Record decisions and actions…', functionName: 'menuRecordActions' },
  { caption: 'Update selected action…', functionName: 'menuUpdateAction' },
  { caption: 'Add to forward plan…', functionName: 'menuAddForwardPlan' },
  'separator',
  { caption: 'Generate action log…', functionName: 'menuGenerateActionLog' },
  { caption: 'Generate agenda…', functionName: 'menuGenerateAgenda' },
  { caption: 'Draft minutes…', functionName: 'menuDraftMinutes' },
  'separator',
  { caption: 'Refresh statuses', functionName: 'menuRefreshStatuses' },
  { caption: 'Preview alerts', functionName: 'menuPreviewAlerts' },
  { caption: 'Install alerts', functionName: 'menuInstallAlerts' },
  { caption: 'Remove alerts', functionName: 'menuRemoveAlerts' },
  'separator',
  { caption: 'Set up this sheet', functionName: 'menuSetUp' },
];
