import type { CheckResult } from "../../engine/check";
import type { UiKey } from "../../engine/messages";
import type { AnjuError } from "../../engine/errors";
import type { ParamValue, WorkbookData } from "../../engine/model/types";
import type { SheetSpec } from "../../engine/summary";
import type { FindingTarget } from "../controller";

/**
 * The "open workbook" port: what a host whose workbook is open in a spreadsheet program (Excel through Office.js,
 * WPS 表格 through its ET object model) implements, so that the task pane's controller (./controller.ts) and every
 * feature on it (check, clear, summaries, sample, diff, cross-table checks, template, header mapping) is written
 * once for all of them. A host implements only this; it never decides what a button does.
 */

/** Something the clerk should know about a run that still did its job: a catalogue key and its slots. */
export interface Notice {
  /** Catalogue key (src/engine/messages, `ui`). */
  readonly key: UiKey;
  readonly params: Readonly<Record<string, ParamValue>>;
}

/** Which sheets a check covers: the active one (校验当前工作表) or every sheet (校验全部工作表). */
export type Target = "active" | "all";

/** The check to run on what was read; the controller passes checkWorkbook (or a feature's own, e.g. a diff). */
export type CheckFn = (workbook: WorkbookData, names: readonly string[]) => CheckResult;

export type Phase = "reading" | "checking" | "marking";

/** What one check-and-mark run did. */
export interface MarkedRun {
  readonly result: CheckResult;
  /** The sheets read and checked (empty when the active sheet is one of Anju's own). */
  readonly names: readonly string[];
  /** The sheet that was active when the run began. */
  readonly activeSheet: string;
  /** Cells marked. */
  readonly marked: number;
  /** The host's own notices of the run (protected sheet, read-only workbook, foreign notes …). */
  readonly notices: readonly Notice[];
}

export interface OpenWorkbook {
  /** Which program, for the front end (`AnjuController.host`). */
  readonly host: "office" | "wps";
  readonly capabilities: {
    /** Edits to a checked table are re-checked as they happen (`live` below). */
    readonly liveRecheck: boolean;
    /** A marked cell carries its finding as a note or comment; false: the findings go to the 校验结果 sheet. */
    readonly cellNotes: boolean;
  };
  /** Catalogue keys of the notices the controller gives, in this program's words. */
  readonly noticeKeys: {
    /** 校验当前工作表 on one of Anju's own sheets (`{sheet}`). */
    readonly ownSheet: UiKey;
    /** The first check where there is no live re-check (none: nothing said). */
    readonly noLiveRecheck?: UiKey | undefined;
    /** Marks made without notes: the findings are in the 校验结果 sheet (none: nothing said). */
    readonly resultsSheet?: UiKey | undefined;
    /** The report's file name for an unsaved workbook. */
    readonly unsavedWorkbook: UiKey;
  };
  /** The workbook's file name for reports, "" when unsaved. */
  fileName(): string;
  /**
   * Reads the target sheets (never Anju's own), runs `check` on them, and marks its findings in place: fill by
   * worst severity (MARK_COLORS), a note per cell (or the 校验结果 sheet), original fills kept so that `clear`
   * restores them exactly; the previous run's marks on those sheets are cleared first; values never change.
   * `onPhase` is called as each phase begins (the controller may abort before marking). With live re-check, the
   * host re-checks later edits of these sheets with the same `check` and reports through `live`.
   */
  checkAndMark(target: Target, check: CheckFn, onPhase?: (phase: Phase) => void): Promise<MarkedRun>;
  /** 清除标记: restores every marked cell's original fill, removes Anju's notes and sheets; returns notices. */
  clear(): Promise<readonly Notice[]>;
  /** Every sheet but Anju's own and those `skip` names, read for a summary. */
  readTables(
    skip: (sheetName: string) => boolean,
  ): Promise<{ workbook: WorkbookData; names: readonly string[] }>;
  /**
   * Writes sheets (engine SheetSpecs: values, styles, merges, links, widths, freeze, filter) into the workbook,
   * replacing those for which `isOwn` holds (and any of the same name), keeping every other sheet; activates the
   * first one written.
   */
  writeSheets(sheets: readonly SheetSpec[], isOwn: (sheetName: string) => boolean): Promise<void>;
  /**
   * 插入空白表 (SPEC §12): adds `spec` as a new sheet under a free name (its own, or with " (2)", " (3)" … added;
   * never replacing a sheet), with its data validations, conditional formats, frozen header and print settings
   * where this program has them, and activates it. Returns the name used and a notice for each part the program
   * could not add (the sheet is then plain there).
   */
  insertSheet(spec: SheetSpec): Promise<{ readonly name: string; readonly notices: readonly Notice[] }>;
  /**
   * 填写汇总表 (SPEC §13): the active sheet as a form to fill — its values and merges (`workbook` holds that sheet
   * only) and the A1 addresses of its formula cells, by sheet name.
   */
  readForm(): Promise<FormRead>;
  /**
   * Writes numbers into cells of `sheet` (0-based row and column): values only, no formats; the caller never
   * names a formula cell (planFill skips them); nothing else in the workbook changes.
   */
  writeNumbers(sheet: string, cells: readonly NumberWrite[]): Promise<void>;
  /** Activates the finding's sheet and selects its cells. */
  reveal(target: FindingTarget): Promise<void>;
  /** Present when `capabilities.liveRecheck`. */
  readonly live?: LiveRecheckPort | undefined;
  /** Settings saved with the document (e.g. a county's header mapping); absent where the host has none. */
  readonly settings?: DocumentSettings | undefined;
}

/** The active sheet read as a form to fill. */
export interface FormRead {
  readonly sheet: string;
  /** The active sheet only. */
  readonly workbook: WorkbookData;
  /** A1 addresses of formula cells, by sheet name. */
  readonly formulas: ReadonlyMap<string, ReadonlySet<string>>;
  /** What this program could not read of the form (Excel before ExcelApi 1.13: its merged cells). */
  readonly notices?: readonly Notice[];
}

/** One number written into a cell: 0-based row and column. */
export interface NumberWrite {
  readonly row: number;
  readonly col: number;
  readonly value: number;
}

/** The host's live re-check, as the controller drives it. */
export interface LiveRecheckPort {
  /** Given once by the controller: each re-check's result and notices, or its failure. */
  listen(
    onResult: (result: CheckResult, notices: readonly Notice[]) => void,
    onError: (e: AnjuError) => void,
  ): void;
  /** Resolves when no re-check is pending or running (every action waits for it first). */
  settle(): Promise<void>;
  /** Stops re-checking (after 清除标记) until the next check. */
  forget(): void;
}

export interface DocumentSettings {
  get(name: string): string | undefined;
  /** Saved with the workbook. */
  set(name: string, value: string): Promise<void>;
}
