import { t, type Locale } from "../engine/messages";
import type { Finding } from "../engine/model/types";
import type { YMD } from "../engine/parse/date";
import type { CheckReport } from "../engine/report";
import { annotateWorkbook } from "../hosts/xlsx/annotate";
import type {
  AnjuAction,
  AnjuController,
  FindingTarget,
  RunOptions,
  SummaryPreview,
} from "../taskpane/controller";
import type { CheckEngine } from "./engine";
import type { PreviewWorkbook } from "./job";

/** What the browser page shows beside the findings; the controller drives it. */
export interface WebView {
  /** The sheet tab shown in the preview (校验当前工作表 checks it). */
  activeSheet(): string | undefined;
  /** Shows the sheet, scrolls to the row and outlines the cells. */
  reveal(target: FindingTarget): void;
  /** The workbook's cells, after the first read. */
  showWorkbook(preview: PreviewWorkbook): void;
}

export interface LoadedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The file name without .xlsx, for the names of the files offered for download. */
export function baseName(name: string): string {
  return name.replace(/\.xlsx$/i, "") || "workbook";
}

/**
 * AnjuController over an .xlsx file read in the browser: checks run in the CheckEngine (worker or page), marks are
 * kept with the controller and shown in the preview, the annotated copy is written with ExcelJS on request. Nothing
 * leaves the machine: there is no network code on this path.
 */
export class WebController implements AnjuController {
  readonly host = "web" as const;
  readonly unavailable: Readonly<Partial<Record<AnjuAction, string>>> = {
    townshipSummary: "paneUnavailableSummary",
    citySummary: "paneUnavailableSummary",
    sample: "paneUnavailableSummary",
  };
  private findings: readonly Finding[] = [];
  private previewShown = false;

  constructor(
    private readonly file: LoadedFile,
    private readonly view: WebView,
    private readonly engine: CheckEngine,
    private readonly locale: Locale,
    private readonly today: YMD,
  ) {}

  get fileName(): string {
    return this.file.name;
  }

  /** The findings now marked (empty after 清除标记): what the annotated copy carries. */
  get marked(): readonly Finding[] {
    return this.findings;
  }

  checkAll(options?: RunOptions): Promise<CheckReport> {
    return this.check(undefined, options);
  }

  checkActiveSheet(options?: RunOptions): Promise<CheckReport> {
    const sheet = this.view.activeSheet();
    return this.check(sheet === undefined ? undefined : [sheet], options);
  }

  private async check(sheets: readonly string[] | undefined, options?: RunOptions): Promise<CheckReport> {
    const out = await this.engine.check(
      {
        bytes: this.file.bytes,
        fileName: this.file.name,
        today: this.today,
        locale: this.locale,
        sheets,
        wantPreview: !this.previewShown,
      },
      options,
    );
    this.findings = out.findings;
    if (out.preview) {
      this.previewShown = true;
      this.view.showWorkbook(out.preview);
    }
    return out.report;
  }

  async clearMarks(): Promise<void> {
    this.findings = [];
  }

  townshipSummary(): Promise<SummaryPreview> {
    return Promise.reject(new Error(this.unavailable.townshipSummary));
  }

  citySummary(): Promise<SummaryPreview> {
    return Promise.reject(new Error(this.unavailable.citySummary));
  }

  sample(): Promise<SummaryPreview> {
    return Promise.reject(new Error(this.unavailable.sample));
  }

  async reveal(target: FindingTarget): Promise<void> {
    this.view.reveal(target);
  }

  /** The workbook with the current marks: fills by worst severity, a note per cell, the 校验结果 sheet. */
  async annotatedCopy(): Promise<{ fileName: string; bytes: Uint8Array }> {
    const bytes = await annotateWorkbook(this.file.bytes, this.findings, this.locale);
    return { fileName: t("webAnnotatedName", { base: baseName(this.file.name) }, this.locale), bytes };
  }
}
