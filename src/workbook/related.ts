import { DEFAULT_CONFIG } from "../engine/config";
import type { InputFile } from "../engine/cross/files";
import type { WorkbookData } from "../engine/model/types";
import { WorkbookReadError } from "./errors";
import { readWorkbookBytes, type LoadSheetJs } from "./input";
import { PickedFileError } from "./summary-input";

/** A file the clerk picked: its name and its bytes (a browser File is one). */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * A file the clerk picked, read on this machine (never uploaded) in any format a clerk has (SPEC §8); one that
 * cannot be read is named in the reason.
 */
export async function readPickedWorkbook(
  file: PickedFile,
  loadSheetJs: LoadSheetJs,
  limits = DEFAULT_CONFIG.limits,
): Promise<WorkbookData> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return (await readWorkbookBytes(bytes, file.name, { limits, loadSheetJs })).workbook;
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new PickedFileError(file.name, e);
    throw e;
  }
}

/**
 * 关联文件 (SPEC §11): the related files a clerk added beside the workbook being checked — ledgers, the 民政 roster,
 * other villages' workbooks — kept read, in the order added; at most one is the roster. The task panes and the
 * browser page check the workbook against them (`inputs()`, given to checkFiles after the workbook itself).
 */
export class RelatedFileList {
  private files: Array<{ name: string; roster: boolean; workbook: WorkbookData }> = [];

  constructor(
    private readonly loadSheetJs: LoadSheetJs,
    private readonly limits = DEFAULT_CONFIG.limits,
  ) {}

  list(): Array<{ name: string; roster: boolean }> {
    return this.files.map((f) => ({ name: f.name, roster: f.roster }));
  }

  /** Reads every file first, so that one that cannot be read adds none. A file of the same name is replaced. */
  async add(picked: readonly PickedFile[]): Promise<Array<{ name: string; roster: boolean }>> {
    const read: Array<{ name: string; workbook: WorkbookData }> = [];
    for (const file of picked)
      read.push({ name: file.name, workbook: await readPickedWorkbook(file, this.loadSheetJs, this.limits) });
    for (const r of read) {
      const old = this.files.find((f) => f.name === r.name);
      if (old) old.workbook = r.workbook;
      else this.files.push({ name: r.name, roster: false, workbook: r.workbook });
    }
    return this.list();
  }

  remove(name: string): Array<{ name: string; roster: boolean }> {
    this.files = this.files.filter((f) => f.name !== name);
    return this.list();
  }

  setRoster(name: string | undefined): Array<{ name: string; roster: boolean }> {
    for (const f of this.files) f.roster = f.name === name;
    return this.list();
  }

  get size(): number {
    return this.files.length;
  }

  /** The related files as checkFiles takes them, the roster last (as `anju check … --roster` gives it). */
  inputs(): InputFile[] {
    const plain = this.files.filter((f) => !f.roster);
    const roster = this.files.filter((f) => f.roster);
    return [
      ...plain.map((f) => ({ file: f.name, workbook: f.workbook })),
      ...roster.map((f) => ({ file: f.name, workbook: f.workbook, roster: true })),
    ];
  }
}
