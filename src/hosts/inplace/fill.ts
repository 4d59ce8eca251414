import type { Config } from "../../engine/config";
import { AnjuError } from "../../engine/errors";
import { fillText, locateForm, planFill, summariesByLevel, toFillReport } from "../../engine/forms";
import type { HeaderMapping } from "../../engine/header/names";
import type { Locale } from "../../engine/messages";
import type { YMD } from "../../engine/parse/date";
import { type SummaryInput } from "../../engine/summary";
import type { LoadSheetJs } from "../../workbook/input";
import { readPickedWorkbook } from "../../workbook/related";
import { summaryInput } from "../../workbook/summary-input";
import type { FillOutcome } from "../controller";
import type { Notice, OpenWorkbook } from "./port";

export interface FillContext {
  readonly config: Config;
  readonly today: YMD;
  /** 对应表头 in force (the controller's header choices). */
  readonly map: readonly HeaderMapping[];
  readonly locale: Locale;
  readonly loadSheetJs: LoadSheetJs;
  /** Called between the steps (reading a file, summarising): throws when the clerk cancelled. */
  readonly checkpoint: (step: "progressReading" | "progressSummary") => void;
  /** The host's notices of the fill (what it could not read of the form). */
  readonly publish: (notices: readonly Notice[]) => void;
}

/**
 * 填写汇总表 (SPEC §13) in the task panes: the active sheet of the open workbook is the county's form, filled from
 * township (village) workbooks the clerk picked, the way `anju fill` fills a form file (src/cli/fill.ts): each
 * file read on this machine and checked for the summary (a township's own 乡镇汇总 sent up is read as such), one
 * summary per level, the engine's planFill, and only the planned numbers written — never into a formula cell.
 */
export async function fillOpenForm(
  book: OpenWorkbook,
  files: readonly { readonly name: string; arrayBuffer(): Promise<ArrayBuffer> }[],
  cx: FillContext,
): Promise<FillOutcome> {
  if (files.length === 0) throw new AnjuError("paneFillNoFiles");
  cx.checkpoint("progressReading");
  const form = await book.readForm();
  cx.publish(form.notices ?? []);
  // As anju fill: a form with no header row naming statistics is said so (before the files are read).
  if (!form.workbook.sheets.some((sheet) => locateForm(sheet))) {
    throw new AnjuError("fillNoForm", { file: form.sheet });
  }
  const inputs: SummaryInput[] = [];
  for (const file of files) {
    cx.checkpoint("progressReading");
    const workbook = await readPickedWorkbook(file, cx.loadSheetJs, cx.config.limits);
    inputs.push(summaryInput(file.name, workbook, { today: cx.today, config: cx.config, map: cx.map }));
  }
  if (inputs.every((i) => i.result.tables.length === 0)) throw new AnjuError("summaryNoTables");
  cx.checkpoint("progressSummary");
  const summaryAt = summariesByLevel(inputs, { today: cx.today, config: cx.config });
  const plan = planFill(form.workbook, form.formulas, summaryAt);
  await book.writeNumbers(
    form.sheet,
    plan.filled
      .filter((f) => f.sheet === form.sheet)
      .map((f) => ({ row: f.row, col: f.col, value: f.value })),
  );
  return {
    sheet: form.sheet,
    report: toFillReport(plan),
    rows: new Set(plan.filled.map((f) => f.row)).size,
    formulaCells: plan.formulaCells.map((f) => f.cell),
    text: fillText(plan, cx.locale),
  };
}
