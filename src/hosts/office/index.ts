/**
 * The Office.js host: the open Excel workbook behind the WorkbookHost port and the task pane's controller. The
 * only code that names `Excel.*` (with the ribbon command in src/commands/, which uses this module).
 */
export { createOfficeController, type OfficeController, type OfficeControllerOptions } from "./controller";
export { officeEnv, type OfficeEnv } from "./env";
export { OfficeWorkbookHost, type OfficeHostOptions } from "./host";
export { noticeText, OfficeHostError, type Notice } from "./notices";
export { capsFor, detectCaps, type Caps } from "./caps";
