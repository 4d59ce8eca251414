import { OWN_SHEETS } from "../../../src/engine/check";
import { planMarks } from "../../../src/engine/marks";
import type { Severity, WorkbookData } from "../../../src/engine/model/types";
import type { SheetSpec } from "../../../src/engine/summary";
import type { FindingTarget } from "../../../src/hosts/controller";
import type {
  CheckFn,
  DocumentSettings,
  MarkedRun,
  Notice,
  OpenWorkbook,
  Phase,
  Target,
} from "../../../src/hosts/inplace/port";

export interface FakeBookOptions {
  /** The workbook's settings (absent: the program has none). */
  readonly settings?: Map<string, string>;
  /** insertSheet's answer: the parts the program could not add. */
  readonly insertNotices?: readonly Notice[];
}

/**
 * A test double of the OpenWorkbook port: the workbook's cells in memory, marks as `sheet!A1` → worst severity
 * (planMarks, as the hosts mark), the previous run's marks on the checked sheets cleared first. What the
 * controller asks of a host, and nothing of Excel or WPS.
 */
export class FakeBook implements OpenWorkbook {
  readonly host = "wps" as const;
  readonly capabilities = { liveRecheck: false, cellNotes: true };
  readonly noticeKeys = { ownSheet: "wpsOwnSheet", unsavedWorkbook: "wpsWorkbook" } as const;
  readonly marks = new Map<string, Severity>();
  readonly inserted: SheetSpec[] = [];
  readonly checks: Array<{ target: Target; names: readonly string[] }> = [];
  readonly settings: DocumentSettings | undefined;
  active: string;

  constructor(
    public workbook: WorkbookData,
    private readonly name: string,
    options: FakeBookOptions = {},
  ) {
    this.active = workbook.sheets[0]?.name ?? "";
    const store = options.settings;
    this.settings = store && {
      get: (key) => store.get(key),
      set: async (key, value) => void store.set(key, value),
    };
    this.insertNotices = options.insertNotices ?? [];
  }

  private readonly insertNotices: readonly Notice[];

  async insertSheet(spec: SheetSpec): Promise<{ name: string; notices: readonly Notice[] }> {
    this.inserted.push(spec);
    const taken = new Set(this.workbook.sheets.map((s) => s.name));
    let name = spec.name;
    for (let i = 2; taken.has(name); i++) name = `${spec.name} (${i})`;
    this.workbook = { ...this.workbook, sheets: [...this.workbook.sheets, { name, rows: [], merges: [] }] };
    this.active = name;
    return { name, notices: this.insertNotices };
  }

  fileName(): string {
    return this.name;
  }

  async checkAndMark(target: Target, check: CheckFn, onPhase?: (phase: Phase) => void): Promise<MarkedRun> {
    onPhase?.("reading");
    const readable = (n: string) => !OWN_SHEETS.has(n);
    const names =
      target === "all"
        ? this.workbook.sheets.filter((s) => !s.hidden && readable(s.name)).map((s) => s.name)
        : readable(this.active)
          ? [this.active]
          : [];
    this.checks.push({ target, names });
    onPhase?.("checking");
    const result = check(
      { ...this.workbook, sheets: this.workbook.sheets.filter((s) => names.includes(s.name)) },
      names,
    );
    onPhase?.("marking");
    for (const key of [...this.marks.keys()])
      if (names.includes(key.slice(0, key.lastIndexOf("!")))) this.marks.delete(key);
    const plan = planMarks(result.findings);
    for (const m of plan) this.marks.set(`${m.sheet}!${m.address}`, m.severity);
    return { result, names, activeSheet: this.active, marked: plan.length, notices: [] };
  }

  async clear(): Promise<readonly Notice[]> {
    this.marks.clear();
    return [];
  }

  async readTables(skip: (sheetName: string) => boolean) {
    const sheets = this.workbook.sheets.filter((s) => !OWN_SHEETS.has(s.name) && !skip(s.name));
    return { workbook: { ...this.workbook, sheets }, names: sheets.map((s) => s.name) };
  }

  async writeSheets(): Promise<void> {}

  /** Formula cells by sheet (A1), for readForm. */
  readonly formulas = new Map<string, Set<string>>();

  async readForm() {
    const sheets = this.workbook.sheets.filter((s) => s.name === this.active);
    return { sheet: this.active, workbook: { ...this.workbook, sheets }, formulas: this.formulas };
  }

  /** Numbers written, in order. */
  readonly written: Array<{ sheet: string; row: number; col: number; value: number }> = [];

  async writeNumbers(sheet: string, cells: ReadonlyArray<{ row: number; col: number; value: number }>) {
    for (const c of cells) this.written.push({ sheet, ...c });
  }

  async reveal(_target: FindingTarget): Promise<void> {}
}
