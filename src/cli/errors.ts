/** A usage or input problem: exit status 2 with one line in Chinese and English, never a stack trace. */
export class CliError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
    this.name = "CliError";
  }
}
