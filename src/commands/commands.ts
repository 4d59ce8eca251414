// The ribbon's function file (manifest FunctionFile → commands.html). The 校验 button (ExecuteFunction
// `checkActiveSheet`) runs 校验当前工作表 without opening the task pane and reports the counts in a small dialog.
// Excel has no toast notification for add-ins (Outlook's notificationMessages do not exist here), so the message
// is a dialog (DialogApi 1.1, which Excel 2016 has) showing this same page in "message" mode; it closes itself
// after a few seconds or with its 关闭 button. The marks and notes in the sheet are the lasting result.
import { AnjuError, errorText } from "../engine/errors";
import { t, type Locale } from "../engine/messages";
import type { CheckReport } from "../engine/report";
import { createOfficeController, noticeText, type Notice } from "../hosts/office";

/** Query parameter that turns commands.html into the message dialog. */
export const MESSAGE_PARAM = "anju-message";
/** How long the message stays up. */
export const MESSAGE_SECONDS = 8;

/** The dialog's text: the counts for the sheet, then anything the clerk should know (protected sheet …). */
export function ribbonMessage(
  report: CheckReport,
  notices: readonly Notice[],
  locale: Locale = "zh-CN",
): string {
  const sheet = report.tables[0]?.sheet ?? report.findings[0]?.sheet ?? "";
  const lines: string[] = [];
  if (report.tables.length === 0) {
    if (sheet !== "") lines.push(t("officeRibbonNoTable", { sheet }, locale));
  } else if (report.findings.length === 0) lines.push(t("officeRibbonNone", { sheet }, locale));
  else {
    lines.push(t("officeRibbonDone", { sheet, ...report.counts }, locale));
    lines.push(t("officeRibbonOpenPane", {}, locale));
  }
  for (const n of notices) lines.push(noticeText(n, locale));
  return lines.join("\n");
}

export interface RibbonDeps {
  /** Runs 校验当前工作表 and returns the report and notices. */
  check(): Promise<{ report: CheckReport; notices: readonly Notice[] }>;
  /** Shows `text`; resolves when the message is gone. */
  show(text: string): Promise<void>;
}

/** The 校验 button: check, mark, tell; `event.completed()` always, even when Excel refused. */
export async function checkActiveSheetCommand(
  event: Office.AddinCommands.Event,
  deps: RibbonDeps,
): Promise<void> {
  try {
    let text: string;
    try {
      const { report, notices } = await deps.check();
      text = ribbonMessage(report, notices);
    } catch (e) {
      text = e instanceof AnjuError ? errorText(e, "zh-CN") : t("paneError", { message: String(e) });
    }
    await deps.show(text);
  } finally {
    event.completed();
  }
}

function defaultDeps(): RibbonDeps {
  return {
    async check() {
      const notices: Notice[] = [];
      const controller = createOfficeController({ onNotice: (n) => notices.push(n) });
      const report = await controller.checkActiveSheet();
      return { report, notices };
    },
    show: showDialog,
  };
}

/** Opens this page as the message dialog; resolves when it is closed (by the clerk or after a few seconds). */
function showDialog(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (!Office.context.requirements.isSetSupported("DialogApi", "1.1")) {
      resolve();
      return;
    }
    const url = new URL(window.location.href);
    url.search = new URLSearchParams({ [MESSAGE_PARAM]: text }).toString();
    Office.context.ui.displayDialogAsync(
      url.toString(),
      { height: 30, width: 35, displayInIframe: true },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          resolve();
          return;
        }
        const dialog = result.value;
        let open = true;
        const close = () => {
          if (!open) return;
          open = false;
          dialog.close();
          resolve();
        };
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => {
          open = false;
          resolve();
        });
        setTimeout(close, MESSAGE_SECONDS * 1000);
      },
    );
  });
}

/** Message mode: the dialog's body, text only (never HTML), with a 关闭 button. */
function renderMessage(text: string): void {
  document.title = t("officeRibbonTitle");
  const body = document.body;
  body.style.fontFamily = '"Microsoft YaHei", "Segoe UI", sans-serif';
  body.style.fontSize = "14px";
  body.style.margin = "16px";
  for (const line of text.split("\n")) {
    const p = document.createElement("p");
    p.textContent = line;
    body.appendChild(p);
  }
  const button = document.createElement("button");
  button.textContent = t("officeRibbonClose");
  button.addEventListener("click", () => Office.context.ui.messageParent("close"));
  body.appendChild(button);
}

function checkActiveSheet(event: Office.AddinCommands.Event): void {
  void checkActiveSheetCommand(event, defaultDeps());
}

// The same bundle runs in Office 2016/2019's Internet Explorer 11 webview (ES5, polyfilled: SPEC §7).
if (typeof Office !== "undefined" && typeof window !== "undefined") {
  const message = new URLSearchParams(window.location.search).get(MESSAGE_PARAM);
  if (message !== null) {
    void Office.onReady(() => renderMessage(message));
  } else {
    // Hosts without Office.actions (older Office builds) look ribbon functions up on the global object.
    (globalThis as unknown as Record<string, unknown>)["checkActiveSheet"] = checkActiveSheet;
    void Office.onReady(() => {
      if (typeof Office.actions !== "undefined")
        Office.actions.associate("checkActiveSheet", checkActiveSheet);
    });
  }
}
