/**
 * The WPS add-in's entry (dist/wps/index.html + main.js), which WPS loads hidden when it starts: the functions
 * that ribbon.xml names (onLoad, onAction, getEnabled, getImage) are defined on `window`, where WPS looks them
 * up. 打开核查面板 shows the task pane; 校验 (校验当前工作表), 校验全部工作表, 清除标记 and 生成乡镇汇总 run here,
 * without the pane, and say what they did in a message box; the buttons that need the clerk's input (files,
 * percentages, the previous submission, the header mapping) open the pane, where the clerk gives it.
 */
import { errorText } from "../engine/errors";
import { t } from "../engine/messages";
import type { CheckReport } from "../engine/report";
import { createWpsController, type WpsController } from "../hosts/wps";
import { findApp, findEvents, showTaskPane, type WpsWindow } from "../hosts/wps/addin";

/** Ribbon control IDs → what they do. */
export const RIBBON_ACTIONS = {
  anjuOpenPane: "pane",
  anjuCheck: "checkActiveSheet",
  anjuCheckAll: "checkAll",
  anjuClear: "clearMarks",
  anjuTownship: "townshipSummary",
  anjuCity: "pane:citySummary",
  anjuSample: "pane:sample",
  anjuDiff: "pane:diff",
  anjuTemplate: "pane:template",
  anjuMapHeaders: "pane:mapHeaders",
} as const;

interface RibbonControl {
  readonly Id?: string;
  readonly id?: string;
}

const w = window as unknown as WpsWindow & Record<string, unknown>;
let controller: WpsController | undefined;
let ribbon: unknown;

function paneUrl(): string {
  const here = decodeURI(document.location.toString()).split(/[?#]/)[0] ?? "";
  return `${here.substring(0, here.lastIndexOf("/"))}/taskpane.html`;
}

function controllerNow(): WpsController | undefined {
  if (controller) return controller;
  const app = findApp(w);
  if (!app) return undefined;
  const events = findEvents(w, app);
  const notices: string[] = [];
  controller = createWpsController({
    app,
    ...(events ? { events } : {}),
    onNotice: (_n, text) => notices.push(text),
  });
  return controller;
}

function say(text: string): void {
  window.alert(text);
}

/** The message after a ribbon check: the counts per sheet, then the notices (protected sheet …). */
export function ribbonMessage(report: CheckReport, notices: readonly string[]): string {
  const lines: string[] = [];
  const sheet = report.tables[0]?.sheet ?? report.findings[0]?.sheet ?? "";
  if (report.tables.length === 0) lines.push(t("officeRibbonNoTable", { sheet }));
  else if (report.findings.length === 0) lines.push(t("officeRibbonNone", { sheet }));
  else {
    lines.push(t("officeRibbonDone", { sheet, ...report.counts }));
    lines.push(t("officeRibbonOpenPane"));
  }
  return [...lines, ...notices].join("\n");
}

async function run(action: string): Promise<void> {
  const app = findApp(w);
  if (action === "pane" || action.indexOf("pane:") === 0) {
    if (app) showTaskPane(app, paneUrl());
    return;
  }
  const c = controllerNow();
  if (!c || !app?.ActiveWorkbook) {
    say(t("wpsRibbonNoWorkbook"));
    return;
  }
  const notices = () => c.lastNotices.map((n) => t(n.key, n.params));
  if (action === "checkActiveSheet" || action === "checkAll") {
    const report = await (action === "checkAll" ? c.checkAll() : c.checkActiveSheet());
    say(ribbonMessage(report, notices()));
  } else if (action === "clearMarks") {
    await c.clearMarks();
    say([t("paneMarksCleared"), ...notices()].join("\n"));
  } else if (action === "townshipSummary") {
    const preview = await c.townshipSummary();
    say(t("paneSummarySheets", { sheets: preview.sheets.join("、") }));
  }
}

/** ribbon.xml onLoad. */
function OnAddinLoad(ribbonUI: unknown): boolean {
  ribbon = ribbonUI;
  return true;
}

/** ribbon.xml onAction: every button. */
function OnAction(control: RibbonControl): boolean {
  const id = control.Id ?? control.id ?? "";
  const action = (RIBBON_ACTIONS as Record<string, string>)[id];
  if (action) {
    run(action).catch((e: unknown) => say(errorText(e, "zh-CN")));
  }
  return true;
}

/** ribbon.xml getEnabled: the buttons need an open workbook, except 打开核查面板. */
function OnGetEnabled(control: RibbonControl): boolean {
  void control;
  return true;
}

/** ribbon.xml getImage. */
function GetImage(control: RibbonControl): string {
  const id = control.Id ?? control.id ?? "";
  return id === "anjuOpenPane" || id === "anjuCheck" ? "images/icon-32.png" : "images/icon-16.png";
}

w.OnAddinLoad = OnAddinLoad;
w.OnAction = OnAction;
w.OnGetEnabled = OnGetEnabled;
w.GetImage = GetImage;
w.__anjuRibbon = () => ribbon;
