/** Capture's entry points: menu items, google.script.run targets of the dialogs, and onEdit. */
export {
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
} from './server';
export { onEdit } from './on-edit';
