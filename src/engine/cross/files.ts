import {
  checkWorkbook,
  compareFindings,
  countBySeverity,
  type CheckOptions,
  type CheckResult,
} from "../check";
import type { Finding, Severity, WorkbookData } from "../model/types";
import { crossCheck } from "./check";

/** One input file of a check: its name as the report gives it and its workbook. */
export interface InputFile {
  readonly file: string;
  readonly workbook: WorkbookData;
  /** The 民政 roster (`--roster`): its sheets are read as kind `roster`, and XT-NOT-ON-ROSTER runs. */
  readonly roster?: boolean;
}

export interface CheckedFile {
  readonly file: string;
  readonly roster: boolean;
  /** The per-table pass, exactly as `checkWorkbook` gives it for this file alone. */
  readonly result: CheckResult;
  /** Every finding in this file, the XT ones included, each with `file`, in sheet, row and column order. */
  readonly findings: readonly Finding[];
}

export interface FilesResult {
  readonly files: readonly CheckedFile[];
  /** All findings, file by file in input order. */
  readonly findings: readonly Finding[];
  readonly counts: Readonly<Record<Severity, number>>;
}

export interface FilesOptions extends CheckOptions {
  /**
   * Run the XT rules (SPEC §11). By default they run when there are several files or a roster: a single workbook
   * checked on the command line gives exactly what it gave before. The panes' 校验全部工作表 asks for them on one
   * workbook, to compare its own tables.
   */
  readonly cross?: boolean;
}

/** Checks every table of every file as `checkWorkbook` does, then the XT rules across all of them (SPEC §5, §11). */
export function checkFiles(inputs: readonly InputFile[], options: FilesOptions): FilesResult {
  const results = inputs.map((input) =>
    checkWorkbook(input.workbook, input.roster ? { ...options, kind: "roster" } : options),
  );
  const cross = options.cross ?? (inputs.length > 1 || inputs.some((i) => i.roster === true));
  const extra: Finding[][] = inputs.map(() => []);
  if (cross) {
    const crossInputs = inputs.map((input, i) => ({
      file: input.file,
      result: results[i] as CheckResult,
      roster: input.roster === true,
    }));
    for (const x of crossCheck(crossInputs, options.config)) extra[x.fileIndex]?.push(x.finding);
  }
  const files = inputs.map((input, i): CheckedFile => {
    const result = results[i] as CheckResult;
    const own = extra[i] ?? [];
    const findings = [...result.findings.map((f) => ({ ...f, file: input.file })), ...own];
    if (own.length > 0) findings.sort(compareFindings(input.workbook.sheets));
    return { file: input.file, roster: input.roster === true, result, findings };
  });
  const findings = files.flatMap((f) => f.findings);
  return { files, findings, counts: countBySeverity(findings) };
}
