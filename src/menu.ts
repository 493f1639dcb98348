/**
 * The Action Log menu. Each item names a function exported from src/main.ts (the build turns
 * those exports into the top-level functions Apps Script looks up by name).
 */
import { hourLabel } from './core/alerts/state';

export interface MenuItem {
  readonly caption: string;
  readonly functionName: string;
}
export interface SubMenu {
  readonly caption: string;
  readonly items: readonly MenuItem[];
}
export type MenuEntry = MenuItem | SubMenu | 'separator';

export const MENU_TITLE = 'Action Log';

/** What the menu says about alerts: menus cannot show state other than in an item's caption. */
export interface AlertsCaption {
  readonly hour: number;
  readonly by: string;
}

export function menuEntries(alerts: AlertsCaption | undefined): MenuEntry[] {
  const state = alerts ? `Alerts are on: daily at ${hourLabel(alerts.hour)}${alerts.by ? `, by ${alerts.by}` : ''}` : 'Alerts are off';
  return MENU.map((entry) =>
    entry !== 'separator' && 'functionName' in entry && entry.functionName === 'menuInstallAlerts'
      ? { ...entry, caption: `${alerts ? 'Reinstall alerts…' : 'Install alerts…'} (${state})` }
      : entry,
  );
}

export const MENU: readonly MenuEntry[] = [
  { caption: 'Add meeting…', functionName: 'menuAddMeeting' },
  { caption: 'Record decisions and actions…', functionName: 'menuRecordActions' },
  { caption: 'Update selected action…', functionName: 'menuUpdateAction' },
  { caption: 'Add review…', functionName: 'menuAddReview' },
  { caption: 'Update selected recommendation…', functionName: 'menuUpdateRecommendation' },
  { caption: 'Add to forward plan…', functionName: 'menuAddForwardPlan' },
  { caption: 'Import…', functionName: 'menuImport' },
  { caption: 'Request updates…', functionName: 'menuRequestUpdates' },
  { caption: 'Chase updates', functionName: 'menuChaseUpdates' },
  'separator',
  { caption: 'Generate action log…', functionName: 'menuGenerateActionLog' },
  { caption: 'Generate agenda…', functionName: 'menuGenerateAgenda' },
  { caption: 'Draft minutes…', functionName: 'menuDraftMinutes' },
  { caption: 'Generate monitoring report…', functionName: 'menuGenerateMonitoringReport' },
  'separator',
  { caption: 'Refresh statuses', functionName: 'menuRefreshStatuses' },
  { caption: 'Preview alerts', functionName: 'menuPreviewAlerts' },
  { caption: 'Install alerts', functionName: 'menuInstallAlerts' },
  { caption: 'Remove alerts', functionName: 'menuRemoveAlerts' },
  'separator',
  { caption: 'Set up this sheet', functionName: 'menuSetUp' },
  { caption: 'Help', items: [{ caption: 'Run self-test', functionName: 'menuRunSelfTest' }] },
];
