/**
 * The WPS 表格 host: the workbook open in WPS behind the WorkbookHost port, on WPS's ET object model. The only code
 * that names WPS's API (with the add-in's ribbon functions in ./addin.ts).
 */
export { WpsWorkbookHost, type CheckRun, type Target, type WpsHostOptions } from "./host";
export { noticeText, WpsHostError, type Notice } from "./notices";
export type { EtApp } from "./et";
export { createWpsController, type WpsController, type WpsControllerOptions } from "./controller";
export { LiveRecheck, type LiveUpdate } from "./live";
