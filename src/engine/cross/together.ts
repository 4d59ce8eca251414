import {
  checkWorkbook,
  compareFindings,
  countBySeverity,
  type CheckOptions,
  type CheckResult,
} from "../check";
import { diffChecked, type DiffInput, type DiffResult } from "../diff";
import type { Locale } from "../messages";
import type { Finding, WorkbookData } from "../model/types";
import { toCheckReport, type CheckReport, type FindingJson } from "../report";
import { checkFiles, type FilesResult, type InputFile } from "./files";

/**
 * The check the task panes and the browser page run on the workbook in front of the clerk (SPEC §10, §11): its
 * tables checked as `anju check` does, then — when asked — the XT rules among its own tables and against the
 * related files the clerk added (checkFiles), and the half-year diff against the previous submission (diffChecked).
 * Only composition: every rule is the engine's. What falls on this workbook is marked; the rest is listed.
 */
export interface TogetherOptions extends Omit<CheckOptions, "sheets"> {
  /** Run the XT rules (校验全部工作表), among this workbook's own tables and against `related`. */
  readonly cross?: boolean;
  /** Related files (ledgers, the roster, other villages' workbooks), the roster last. */
  readonly related?: readonly InputFile[];
  /** The previous submission, checked with `previousInput` (与上次报送比对). */
  readonly previous?: DiffInput;
}

export interface TogetherResult {
  /** This workbook's findings — its own, the XT ones and the DF ones on its cells — in sheet, row, column order. */
  readonly own: CheckResult;
  /** Listed but not marked here: the XT findings in related files, and DF-GONE in the previous submission. */
  readonly elsewhere: ReadonlyArray<{ readonly file: string; readonly findings: readonly Finding[] }>;
  readonly diff?: DiffResult;
}

/** The previous submission as the diff takes it: its tables found and rows parsed, no rule run (as `anju diff`). */
export function previousInput(
  file: string,
  workbook: WorkbookData,
  options: Omit<CheckOptions, "sheets">,
): DiffInput {
  return { file, result: checkWorkbook(workbook, { ...options, rules: "none" }) };
}

export function checkTogether(
  file: string,
  workbook: WorkbookData,
  options: TogetherOptions,
): TogetherResult {
  const { cross, related, previous, ...check } = options;
  const elsewhere: Array<{ file: string; findings: readonly Finding[] }> = [];
  let own: CheckResult;
  if (cross || (related && related.length > 0)) {
    const files: FilesResult = checkFiles([{ file, workbook }, ...(related ?? [])], {
      ...check,
      cross: true,
    });
    const [first, ...rest] = files.files;
    if (!first) throw new Error("checkFiles gave no result for the workbook");
    own = { tables: first.result.tables, findings: first.findings, counts: countBySeverity(first.findings) };
    // A related file's own table findings are its keeper's business: only the XT ones are listed here.
    for (const f of rest) {
      const xt = f.findings.filter((x) => x.ruleId.startsWith("XT-"));
      if (xt.length > 0) elsewhere.push({ file: f.file, findings: xt });
    }
  } else {
    own = checkWorkbook(workbook, check);
  }
  if (!previous) return { own, elsewhere };
  const diff = diffChecked(previous, { file, result: own });
  // DF-GONE points into the previous submission (SPEC §10); every other DF finding is on this workbook's cells.
  const here = diff.findings.filter((f) => f.ruleId !== "DF-GONE");
  const gone = diff.findings.filter((f) => f.ruleId === "DF-GONE");
  const findings = [...own.findings, ...here].sort(compareFindings(workbook.sheets));
  if (gone.length > 0) elsewhere.push({ file: previous.file, findings: gone });
  return { own: { tables: own.tables, findings, counts: countBySeverity(findings) }, elsewhere, diff };
}

/**
 * The list the pane shows: this workbook's findings (as toCheckReport gives them, with `related` places), then
 * those elsewhere. With findings elsewhere, `files` names the files and every finding carries its `file`; without,
 * the report is exactly the single-file one plus `related` where a finding has it.
 */
export function togetherReport(file: string, r: TogetherResult, locale: Locale = "zh-CN"): CheckReport {
  const json = (f: string, findings: readonly Finding[], withFile: boolean): FindingJson[] => {
    const base = toCheckReport(
      f,
      { tables: [], findings, counts: countBySeverity(findings) },
      locale,
    ).findings;
    return base.map((j, i) => {
      const related = findings[i]?.related;
      const out: FindingJson = withFile ? { file: f, ...j } : { ...j };
      if (related && related.length > 0) out.related = related.map((p) => ({ ...p, cells: [...p.cells] }));
      return out;
    });
  };
  const report = toCheckReport(file, r.own, locale);
  if (r.elsewhere.length === 0) return { ...report, findings: json(file, r.own.findings, false) };
  const findings = [
    ...json(file, r.own.findings, true),
    ...r.elsewhere.flatMap((e) => json(e.file, e.findings, true)),
  ];
  const all = [...r.own.findings, ...r.elsewhere.flatMap((e) => e.findings)];
  return {
    ...report,
    files: [
      file,
      ...r.elsewhere.map((e) => e.file).filter((f, i, list) => f !== file && list.indexOf(f) === i),
    ],
    findings,
    counts: countBySeverity(all),
  };
}
