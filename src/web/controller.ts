import { t, type Locale, type UiKey } from "../engine/messages";
import type { HeaderGap } from "../engine/header/gaps";
import type { HeaderMapping } from "../engine/header/names";
import type { Finding, WorkbookData } from "../engine/model/types";
import { isValidPercent, isValidSeed } from "../engine/summary";
import type { YMD } from "../engine/parse/date";
import type { CheckReport } from "../engine/report";
import { annotateWorkbook, RESULTS_SHEET } from "../workbook/annotate";
import { readPickedWorkbook, RelatedFileList } from "../workbook/related";
import { workbookToXlsx } from "../workbook/convert";
import type { NumberFormats, WorkbookFormat } from "../workbook/input";
import { AnjuError } from "../engine/errors";
import type {
  AnjuController,
  DiffOutcome,
  FindingTarget,
  RelatedFiles,
  RunOptions,
  SummaryPreview,
} from "../hosts/controller";
import type { CheckEngine } from "./engine";
import type { CheckJobInput, PreviewWorkbook } from "./job";
import { PAGE_SHEETJS } from "./sheetjs";
import { readPicked, summaryDownload, summaryFileName, summaryInput } from "./summaries";

/** Says what runs next and lets the page paint it (and 取消 be pressed) before the work takes the thread. */
async function step(key: UiKey, { signal, onProgress }: RunOptions, fraction?: number): Promise<void> {
  onProgress?.(fraction === undefined ? { step: key } : { step: key, fraction });
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (signal?.aborted) throw new DOMException("aborted", "AbortError");
}

/** What the browser page shows beside the findings; the controller drives it. */
export interface WebView {
  /** The sheet tab shown in the preview (校验当前工作表 checks it). */
  activeSheet(): string | undefined;
  /** Shows the sheet, scrolls to the row and outlines the cells. */
  reveal(target: FindingTarget): void;
  /** The workbook's cells, after the first read. */
  showWorkbook(preview: PreviewWorkbook): void;
  /** Tables with missing columns after each check (empty when none), for 对应表头. */
  showHeaderGaps?(gaps: readonly HeaderGap[]): void;
}

export interface LoadedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The file name without its extension (.xlsx, .xls, .csv …), for the names of the files offered for download. */
export function baseName(name: string): string {
  return name.replace(/\.(xlsx|xlsm|xls|et|ods|csv|txt)$/i, "") || "workbook";
}

/**
 * AnjuController over an .xlsx file read in the browser: checks run in the CheckEngine (worker or page), marks are
 * kept with the controller and shown in the preview, the annotated copy and the summary workbooks are written on
 * request and offered for download. Nothing leaves the machine: there is no network code on this path.
 */
export class WebController implements AnjuController {
  readonly host = "web" as const;
  private findings: readonly Finding[] = [];
  /** Listed with the marks but not in this workbook (related files' XT findings, DF-GONE), for the copy's list. */
  private elsewhere: readonly Finding[] = [];
  /** 关联文件, read on this machine. */
  private readonly relatedFiles = new RelatedFileList(PAGE_SHEETJS);
  private preview: PreviewWorkbook | undefined;
  /** 对应表头 chosen on the page, applied to every check of this file. */
  private mapping: readonly HeaderMapping[] = [];
  private format: WorkbookFormat = "xlsx";
  private numberFormats: NumberFormats | undefined;

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

  private jobInput(
    sheets: readonly string[] | undefined,
    wantPreview: boolean,
    previous?: CheckJobInput["previous"],
  ): CheckJobInput {
    return {
      related: sheets ? [] : this.relatedFiles.inputs(),
      ...(previous && !sheets ? { previous } : {}),
      bytes: this.file.bytes,
      fileName: this.file.name,
      today: this.today,
      locale: this.locale,
      sheets,
      wantPreview,
      map: this.mapping,
    };
  }

  /** The header words in force (对应表头); the next check uses them. */
  get headerMapping(): readonly HeaderMapping[] {
    return this.mapping;
  }

  setHeaderMapping(mapping: readonly HeaderMapping[]): void {
    this.mapping = mapping;
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

  /** 关联文件 (SPEC §11): 校验全部工作表 checks this workbook against them too. */
  readonly related: RelatedFiles = {
    list: () => this.relatedFiles.list(),
    add: async (files, options = {}) => {
      await step("progressReading", options);
      return this.relatedFiles.add(files);
    },
    remove: (name) => this.relatedFiles.remove(name),
    setRoster: (name) => this.relatedFiles.setRoster(name),
  };

  /** 与上次报送比对 (SPEC §10): the DF findings join this workbook's marks; the gone households are listed. */
  async compareWithPrevious(file: File, options: RunOptions = {}): Promise<DiffOutcome> {
    await step("progressReading", options);
    const workbook = await readPickedWorkbook(file, PAGE_SHEETJS);
    // Told apart from this workbook when both have one name (its gone households are not this workbook's rows).
    const name =
      file.name === this.file.name ? t("diffPreviousSame", { file: file.name }, this.locale) : file.name;
    const out = await this.run(undefined, options, { name, workbook });
    if (!out.diff) throw new AnjuError("diffNoRun");
    return { report: out.report, previous: name, ...out.diff };
  }

  private async check(sheets: readonly string[] | undefined, options?: RunOptions): Promise<CheckReport> {
    return (await this.run(sheets, options)).report;
  }

  private async run(
    sheets: readonly string[] | undefined,
    options?: RunOptions,
    previous?: CheckJobInput["previous"],
  ) {
    const out = await this.engine.check(this.jobInput(sheets, this.preview === undefined, previous), options);
    this.findings = out.findings;
    this.elsewhere = out.elsewhere ?? [];
    this.view.showHeaderGaps?.(out.gaps);
    if (out.format) this.format = out.format;
    if (out.numberFormats) this.numberFormats = out.numberFormats;
    if (out.preview) {
      this.preview = out.preview;
      this.view.showWorkbook(out.preview);
    }
    return out;
  }

  async clearMarks(): Promise<void> {
    this.findings = [];
    this.elsewhere = [];
  }

  async townshipSummary(options: RunOptions = {}): Promise<SummaryPreview> {
    const inputs = [await this.ownInput("progressSummary", options)];
    return summaryDownload({ ...this.summaryJob("township"), inputs });
  }

  async citySummary(files: readonly File[], options: RunOptions = {}): Promise<SummaryPreview> {
    if (files.length === 0) throw new AnjuError("paneCityNoFiles");
    const inputs = [];
    for (const [i, file] of files.entries()) {
      await step("progressReading", options, i / files.length);
      inputs.push(await readPicked(file, this.today));
    }
    await step("progressSummary", options);
    return summaryDownload({ ...this.summaryJob("city"), inputs });
  }

  async sample(percent: number, seed: number, options: RunOptions = {}): Promise<SummaryPreview> {
    if (!isValidPercent(percent) || !isValidSeed(seed)) throw new AnjuError("paneSampleInvalid");
    const inputs = [await this.ownInput("progressSample", options)];
    return summaryDownload({ ...this.summaryJob("sample"), inputs, sample: { percent, seed } });
  }

  private summaryJob(kind: "township" | "city" | "sample") {
    return {
      level: kind === "city" ? ("city" as const) : ("township" as const),
      today: this.today,
      locale: this.locale,
      fileName: summaryFileName(kind, baseName(this.file.name), this.locale),
    };
  }

  /** This file's tables for a summary, from the cells already read (the first check reads them). */
  private async ownInput(stepKey: UiKey, options: RunOptions) {
    await step(stepKey, options);
    const preview =
      this.preview ?? (await this.engine.check(this.jobInput(undefined, true), options)).preview;
    if (!preview) throw new AnjuError("summaryNoTables");
    this.preview = preview;
    const workbook: WorkbookData = {
      date1904: preview.date1904,
      sheets: preview.sheets.map((x) => ({ name: x.name, rows: x.rows, merges: x.merges, hidden: x.hidden })),
    };
    return summaryInput(this.file.name, workbook, { today: this.today, map: this.mapping });
  }

  async reveal(target: FindingTarget): Promise<void> {
    this.view.reveal(target);
  }

  /** The workbook with the current marks: fills by worst severity, a note per cell, the 校验结果 sheet. */
  async annotatedCopy(): Promise<{ fileName: string; bytes: Uint8Array }> {
    let xlsx = this.file.bytes;
    if (this.format !== "xlsx" && this.preview) {
      // An .xls, .et, .ods or .csv: its cells (as read for the preview) written as .xlsx first (SPEC §8).
      const p = this.preview;
      xlsx = await workbookToXlsx(
        {
          date1904: p.date1904,
          sheets: p.sheets.map((x) => ({ name: x.name, rows: x.rows, merges: x.merges, hidden: x.hidden })),
        },
        this.numberFormats,
      );
    }
    // Findings elsewhere (related files, the previous submission) are listed in 校验结果 with their file, not marked.
    const bytes =
      this.elsewhere.length === 0
        ? await annotateWorkbook(xlsx, this.findings, this.locale)
        : await annotateWorkbook(
            xlsx,
            [...this.findings.map((f) => ({ ...f, file: this.file.name })), ...this.elsewhere],
            this.locale,
            { results: { name: RESULTS_SHEET, file: this.file.name } },
          );
    return { fileName: t("webAnnotatedName", { base: baseName(this.file.name) }, this.locale), bytes };
  }
}
