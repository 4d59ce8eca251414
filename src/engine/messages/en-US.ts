import type { Catalogue } from "./zh-CN";

/** The en-US catalogue: the same keys as zh-CN; a missing key falls back to zh-CN. */
export const enUS: Catalogue = {
  rules: {
    "GEN-UNKNOWN-SHEET": {
      title: "Unrecognised sheet",
      message: "No revisit table or ledger found on this sheet; not checked.",
    },
    "GEN-MISSING-COLUMN": {
      title: "Missing column",
      message: "The header lacks the column “{column}”; checks that need it were skipped.",
    },
    "GEN-FORMULA-ERROR": {
      title: "Formula error",
      message: "{name}: the cell shows {value}; fix the formula or enter a value.",
    },
    "GEN-ID-INVALID": { title: "Invalid ID number", message: "{name}: ID number “{value}” fails GB 11643." },
    "GEN-DUPLICATE": { title: "Duplicate household", message: "{name}: duplicates row {rows}." },
    "GEN-SEQ": {
      title: "Sequence break",
      message: "序号 “{value}” breaks the sequence; {expected} expected.",
    },
    "RV-META-MISSING": { title: "Missing table meta", message: "The meta row lacks “{label}”." },
    "RV-META-DATE": {
      title: "Bad fill date",
      message: "Fill date “{value}” is not a date, or is in the future.",
    },
    "RV-REQUIRED": { title: "Required cell empty", message: "{name}: “{column}” is empty." },
    "RV-PHONE": {
      title: "Bad phone number",
      message: "{name}: “{value}” is not a mainland mobile or landline number.",
    },
    "RV-HISTORY-NONE": {
      title: "History missing",
      message: "{name}: tick 未改造 or give the year of the works.",
    },
    "RV-HISTORY-CONFLICT": {
      title: "History conflict",
      message: "{name}: 未改造 is ticked but {columns} is filled.",
    },
    "RV-HISTORY-YEAR": {
      title: "Bad year",
      message: "{name}: “{value}” in “{column}” is not a plausible year.",
    },
    "RV-GRADE": { title: "Bad grade", message: "{name}: grade “{value}” must be one of A, B, C, D." },
    "RV-D-NOT-REBUILD": { title: "Grade D not rebuilt", message: "{name}: grade D must be ticked 重建安置." },
    "RV-C-NO-ACTION": {
      title: "Grade C without action",
      message: "{name}: grade C needs 维修加固 (or 重建安置).",
    },
    "RV-C-REBUILD": { title: "Grade C rebuilt", message: "{name}: grade C marked for rebuilding (allowed)." },
    "RV-AB-ACTION": { title: "Action on A/B", message: "{name}: grade {grade} with a disposition ticked." },
    "RV-ACTION-BOTH": { title: "Both actions", message: "{name}: 维修加固 and 重建安置 are both ticked." },
    "RV-REVISIT-DATE": {
      title: "Bad revisit date",
      message: "{name}: revisit date “{value}” is unreadable or after the fill date.",
    },
    "RV-REVISIT-OVERDUE": {
      title: "Revisit overdue",
      message: "{name}: last revisit {value} is before {due}.",
    },
    "RV-REVISIT-BEFORE-WORK": {
      title: "Revisit before works",
      message: "{name}: revisited in {revisitYear}, before the works of {workYear}.",
    },
    "RV-REBUILT-DANGEROUS": {
      title: "New house graded dangerous",
      message: "{name}: rebuilt in {year} yet graded {grade}.",
    },
  },
  severity: { error: "Error", warning: "Warning", info: "Info" },
  kind: { revisit: "revisit table", relocation: "relocation ledger", renovation: "renovation ledger" },
  ui: {
    appName: "Anju housing-ledger checker",
    checkSheet: "Check this sheet",
    checkAll: "Check all sheets",
    clearMarks: "Clear marks",
    townshipSummary: "Township summary",
    citySummary: "City summary",
    sample: "Spot-check sample",
    resultsSheet: "校验结果",
    colSheet: "Sheet",
    colRow: "Row",
    colCells: "Cells",
    colSeverity: "Severity",
    colRule: "Rule",
    colMessage: "Message",
    colClause: "Clause",
    colLink: "Go to",
    linkText: "Go",
    noteHeader: "[{ruleId}] {severity}",
    noteClause: "Clause: {clause}",
    cliNoFindings: "No findings.",
    cliCounts: "{error} errors, {warning} warnings, {info} notes",
    cliTable: "Sheet “{sheet}”: {kind}, header rows {headerRows}, data rows {first}–{last}",
    cliWrote: "Annotated copy written: {path}",
  },
};
