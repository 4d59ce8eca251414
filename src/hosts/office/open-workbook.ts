import type { SheetSpec } from "../../engine/summary";
import type { FindingTarget } from "../controller";
import type {
  CheckFn,
  DocumentSettings,
  FormRead,
  LiveRecheckPort,
  MarkedRun,
  NumberWrite,
  Notice,
  OpenWorkbook,
  Phase,
  Target,
} from "../inplace/port";
import { LiveRelay } from "../inplace/live-relay";
import { freeSheetName } from "../inplace/names";
import type { OfficeEnv } from "./env";
import { readActiveForm, writeNumbers } from "./form";
import type { OfficeWorkbookHost } from "./host";
import { measure } from "./state-read";
import { LiveRecheck, type LiveUpdate } from "./live";
import { readBlocks, sheetsToRead, toWorkbook } from "./read";
import { officeSettings } from "./settings";
import { writeSummarySheets } from "./summary";

/**
 * The open Excel workbook behind the OpenWorkbook port (src/hosts/inplace/port.ts). Each call is one or a few
 * `Excel.run`s of OfficeWorkbookHost; what is Excel's alone stays here: the sync budget (counted in `syncs`
 * since `resetSyncs`), the requirement sets, the live re-check through worksheet onChanged (ExcelApi 1.7+).
 */
export class OfficeOpenWorkbook implements OpenWorkbook {
  readonly host = "office";
  readonly noticeKeys = {
    ownSheet: "officeOwnSheet",
    noLiveRecheck: "officeNoLiveRecheck",
    resultsSheet: "officeResultsSheet",
    unsavedWorkbook: "officeWorkbook",
  } as const;
  readonly liveRecheck: LiveRecheck;
  /** Excel syncs since the last `resetSyncs` (the task pane's action, or the last live re-check). */
  syncs = 0;
  private readonly relay = new LiveRelay();
  /** Each live re-check, with its Excel details (syncs, what was rewritten). */
  onLiveUpdate: ((update: LiveUpdate) => void) | undefined;

  constructor(
    readonly workbook: OfficeWorkbookHost,
    readonly env: OfficeEnv,
    debounceMs: number,
    check: CheckFn,
  ) {
    this.liveRecheck = new LiveRecheck({
      host: workbook,
      env,
      debounceMs,
      check,
      onUpdate: (update) => {
        this.syncs = update.syncs;
        this.onLiveUpdate?.(update);
        this.relay.result(update.result, update.outcome.notices);
      },
      onError: (e) => this.relay.error(e),
    });
  }

  get capabilities() {
    const caps = this.workbook.caps;
    return { liveRecheck: caps.events, cellNotes: caps.notes || caps.comments };
  }

  get live(): LiveRecheckPort | undefined {
    if (!this.workbook.caps.events) return undefined;
    return this.relay.port(
      () => this.liveRecheck.settle(),
      () => this.liveRecheck.forget(),
    );
  }

  /** Office's document settings (./settings.ts), saved with the workbook; absent where Office has none. */
  get settings(): DocumentSettings | undefined {
    const bag = this.env.settings?.();
    return bag ? officeSettings(bag) : undefined;
  }

  resetSyncs(): void {
    this.syncs = 0;
  }

  fileName(): string {
    return this.env.fileName();
  }

  async checkAndMark(target: Target, check: CheckFn, onPhase?: (phase: Phase) => void): Promise<MarkedRun> {
    const events = this.workbook.caps.events;
    try {
      const run = await this.workbook.checkAndMark(
        target,
        check,
        events ? (s, names) => this.liveRecheck.register(s, names) : undefined,
        onPhase,
      );
      if (events && !run.discovery.readOnly) this.liveRecheck.remember(run, check);
      return {
        result: run.result,
        names: run.names,
        activeSheet: run.discovery.active,
        marked: run.outcome.marked,
        notices: this.workbook.lastNotices,
      };
    } finally {
      this.count();
    }
  }

  async clear(): Promise<readonly Notice[]> {
    try {
      await this.workbook.clear();
      return this.workbook.lastNotices;
    } finally {
      this.count();
    }
  }

  async readTables(skip: (sheetName: string) => boolean) {
    try {
      return await this.workbook.run(async (s) => {
        const d = await this.workbook.discover(s, false);
        const names = sheetsToRead(d).filter((n) => !skip(n));
        const { targets } = await measure(s, d, names, false);
        return { workbook: toWorkbook(d, names, await readBlocks(s, targets, null)), names };
      });
    } finally {
      this.count();
    }
  }

  async writeSheets(
    sheets: Parameters<OpenWorkbook["writeSheets"]>[0],
    isOwn: (sheetName: string) => boolean,
  ) {
    try {
      await this.workbook.run(async (s) => {
        await writeSummarySheets(s, await this.workbook.discover(s, false), sheets, isOwn);
      });
    } finally {
      this.count();
    }
  }

  /**
   * 插入空白表: the template under a free name (never replacing a sheet: nothing is parked or deleted, since no
   * sheet has that name and none is the summary's own), written by the summary writer with its validations,
   * conditional formats and page layout where this Excel has them, and activated.
   */
  async insertSheet(spec: SheetSpec): Promise<{ name: string; notices: readonly Notice[] }> {
    try {
      return await this.workbook.run(async (s) => {
        const d = await this.workbook.discover(s, false);
        const name = freeSheetName(
          spec.name,
          d.sheets.map((x) => x.name),
        );
        const keys = await writeSummarySheets(s, d, [{ ...spec, name }], () => false);
        return { name, notices: keys.map((key) => ({ key, params: {} })) };
      });
    } finally {
      this.count();
    }
  }

  async readForm(): Promise<FormRead> {
    try {
      return await this.workbook.run((s) => readActiveForm(s));
    } finally {
      this.count();
    }
  }

  async writeNumbers(sheet: string, cells: readonly NumberWrite[]): Promise<void> {
    try {
      await this.workbook.run((s) => writeNumbers(s, sheet, cells));
    } finally {
      this.count();
    }
  }

  async reveal(target: FindingTarget): Promise<void> {
    await this.workbook.reveal(target.sheet, target.cells, target.row);
  }

  private count(): void {
    this.syncs += this.workbook.lastStats.syncs;
  }
}
