/**
 * Every function Apps Script calls by name: onOpen, onEdit, menu handlers, trigger handlers and
 * the functions dialogs call through google.script.run. The build writes a top-level stub for
 * each export of this file, so this is the one list of entry points.
 */

// Opening the sheet and setting it up.
export { onOpen, menuSetUp, menuRefreshStatuses } from './setup/entry';

// Capturing meetings, decisions and actions (dialogs and onEdit).
export {
  onEdit,
  menuAddMeeting,
  menuRecordActions,
  menuUpdateAction,
  menuAddForwardPlan,
  captureMeetingDialog,
  captureSaveMeeting,
  captureRecordDialog,
  captureSaveActions,
  captureUpdateDialog,
  captureSaveUpdate,
  captureForwardPlanDialog,
  captureSaveForwardPlan,
} from './capture/index';

// Recommendations of reviews: Update selected recommendation… and its dialog's calls.
export { menuUpdateRecommendation, recommendationUpdateDialog, recommendationSaveUpdate } from './recommendations/server';
export { menuAddReview, recommendationAddReviewDialog, recommendationSaveReview } from './recommendations/add-review';

// Overdue alerts (triggers and mail).
export { runDailyAlerts, retryDailyAlerts, menuInstallAlerts, menuRemoveAlerts, menuPreviewAlerts } from './alerts/entry';

// Papers (Docs and Drive).
export { menuGenerateActionLog, menuGenerateAgenda, menuDraftMinutes, menuGenerateMonitoringReport, papersDialog, papersGenerate } from './papers/menu';

// Moving in: importing an existing action log, forward plan or minutes.
export { menuImport, importPreview, importCommit } from './import/server';

// The self-test (Help ▸ Run self-test) and the handler of the trigger it installs and removes.
export { menuRunSelfTest, selfTestTrigger } from './selftest/entry';

// Officers' updates: the requests (menu and schedule) and the web app page with its calls.
export { menuRequestUpdates, menuChaseUpdates, runUpdateRequests } from './updates/requests';
export { doGet, updatesPageData, updatesSave } from './updates/web';
