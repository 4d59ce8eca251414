import type { uiCli as zh } from "../zh-CN/ui-cli";

/** en-US: the command line's usage and file errors (src/cli); the same keys as zh-CN. */
export const uiCli: Readonly<Record<keyof typeof zh, string>> = {
  cliBadArgs: "bad arguments: {message} (see anju --help)",
  cliUnknownCommand: "unknown command: {command}",
  cliOneOf: "--{name} must be one of {allowed}: {value}",
  cliBadToday: "--today must be a YYYY-MM-DD date: {value}",
  cliConfigMissing: "config file not found: {path}",
  cliConfigJson: "config is not valid JSON: {path}",
  cliConfigInvalid: "invalid config: {issues}",
  cliCheckNoInput: "check needs at least one workbook file",
  cliOutOneFile:
    "--out needs exactly one input file (the annotated copy is a copy of it); drop --out to check several files",
  cliOutIsInput: "--out must not be an input file (inputs are never overwritten)",
  cliOutNotInput: "--out must not be one of the input files (they are never modified): {path}",
  cliOutAnnotatedXlsx:
    "--out must name an .xlsx file (the annotated copy is always written as .xlsx): {path}",
  cliOutXlsx: "--out must name an .xlsx file: {path}",
  cliFileReason: "{path}: {reason}",
  cliWriteFailed: "cannot write {path}",
  cliDiffTwoFiles: "diff takes two files: the previous submission and the current one",
  cliDiffNoKind: "diff takes no --kind",
  cliSummarizeNoInput: "summarize needs at least one workbook file",
  cliOutNotUpdatable: "the existing --out file cannot be updated and was left alone: {path}",
  cliOutNotUpdatableReason: "the existing --out file cannot be updated and was left alone: {path}: {reason}",
  cliSummaryOutputUnreadable: "the existing summary workbook cannot be opened and was left alone",
  cliSeedWithoutSample: "--seed is used with --sample",
  cliBadSample: "--sample must be a percentage above 0 and at most 100 (e.g. 10): {value}",
  cliBadSeed: "--seed must be a non-negative whole number: {value}",
  cliTemplateNoInputs: "template takes no input files: {files}",
  cliTemplateNeedsKind: "template needs --kind revisit|relocation|renovation",
  cliTemplateNeedsOut: "template needs --out <blank.xlsx>",
  cliTemplateBadRows: "--rows: Rows must be a whole number from 1 to {max}: {value}",
};
