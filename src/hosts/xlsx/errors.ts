/** A workbook that cannot be read, with the reason in Chinese and English (exit status 2 on the CLI). */
export class WorkbookReadError extends Error {
  constructor(
    readonly code:
      | "not-found"
      | "not-zip"
      | "encrypted"
      | "xls"
      | "csv"
      | "corrupt"
      | "too-large"
      | "too-many-cells"
      | "empty"
      | "unsupported",
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
    this.name = "WorkbookReadError";
  }
}
