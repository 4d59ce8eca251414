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
import type { EtApiEvent, EtApp } from "./et";
import { readActiveForm, writeNumbers } from "./form";
import type { WpsWorkbookHost } from "./host";
import { LiveRecheck, type LiveUpdate } from "./live";
import { discover, readSheets, sheetsToRead } from "./read";
import { wpsSettings } from "./settings";
import { writeSummarySheets } from "./summary";

export interface WpsOpenWorkbookOptions {
  readonly events: EtApiEvent | undefined;
  readonly debounceMs: number;
  readonly setTimeout: (fn: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
}

/**
 * The workbook open in WPS 表格 behind the OpenWorkbook port (src/hosts/inplace/port.ts). ET is synchronous: each
 * call first yields once so that the pane can paint its progress line before ET holds the page.
 */
export class WpsOpenWorkbook implements OpenWorkbook {
  readonly host = "wps";
  readonly noticeKeys = { ownSheet: "wpsOwnSheet", unsavedWorkbook: "wpsWorkbook" } as const;
  readonly liveRecheck: LiveRecheck;
  /** Saved in the workbook's very hidden `_anju_settings` sheet (./settings.ts). */
  readonly settings: DocumentSettings;
  private readonly relay = new LiveRelay();
  /** Each live re-check, with its ET details. */
  onLiveUpdate: ((update: LiveUpdate) => void) | undefined;

  constructor(
    readonly workbook: WpsWorkbookHost,
    readonly app: EtApp,
    check: CheckFn,
    options: WpsOpenWorkbookOptions,
  ) {
    this.settings = wpsSettings(app, (fn) => workbook.run(fn));
    this.liveRecheck = new LiveRecheck({
      host: workbook,
      events: options.events,
      debounceMs: options.debounceMs,
      check,
      setTimeout: options.setTimeout,
      clearTimeout: options.clearTimeout,
      onUpdate: (update) => {
        this.onLiveUpdate?.(update);
        this.relay.result(update.result, update.outcome.notices);
      },
      onError: (e) => this.relay.error(e),
    });
  }

  get capabilities() {
    // Findings go into a comment on each cell (a clerk's own comment kept: those findings in 校验结果, said so).
    return { liveRecheck: this.liveRecheck.available, cellNotes: true };
  }

  get live(): LiveRecheckPort | undefined {
    if (!this.liveRecheck.available) return undefined;
    return this.relay.port(
      () => this.liveRecheck.settle(),
      () => this.liveRecheck.forget(),
    );
  }

  fileName(): string {
    try {
      return this.app.ActiveWorkbook?.Name ?? "";
    } catch {
      return "";
    }
  }

  async checkAndMark(target: Target, check: CheckFn, onPhase?: (phase: Phase) => void): Promise<MarkedRun> {
    onPhase?.("reading");
    await tick();
    const run = this.workbook.checkAndMark(target, check);
    if (!run.discovery.readOnly) this.liveRecheck.remember(run, check);
    return {
      result: run.result,
      names: run.names,
      activeSheet: run.discovery.active,
      marked: run.outcome.marked,
      notices: this.workbook.lastNotices,
    };
  }

  async clear(): Promise<readonly Notice[]> {
    await this.workbook.clear();
    return this.workbook.lastNotices;
  }

  async readTables(skip: (sheetName: string) => boolean) {
    await tick();
    return this.workbook.run(() => {
      const d = discover(this.app);
      const names = sheetsToRead(d).filter((n) => !skip(n));
      return { workbook: readSheets(this.app, d, names), names };
    });
  }

  async writeSheets(sheets: readonly SheetSpec[], isOwn: (sheetName: string) => boolean): Promise<void> {
    await tick();
    this.workbook.run(() => writeSummarySheets(this.app, discover(this.app), sheets, isOwn));
  }

  /** 插入空白表: the template under a free name (no sheet is renamed, replaced or deleted), activated. */
  async insertSheet(spec: SheetSpec): Promise<{ name: string; notices: readonly Notice[] }> {
    await tick();
    return this.workbook.run(() => {
      const d = discover(this.app);
      const name = freeSheetName(
        spec.name,
        d.sheets.map((x) => x.name),
      );
      const keys = writeSummarySheets(this.app, d, [{ ...spec, name }], () => false);
      return { name, notices: keys.map((key) => ({ key, params: {} })) };
    });
  }

  async readForm(): Promise<FormRead> {
    await tick();
    return this.workbook.run(() => readActiveForm(this.app));
  }

  async writeNumbers(sheet: string, cells: readonly NumberWrite[]): Promise<void> {
    await tick();
    this.workbook.run(() => writeNumbers(this.app, sheet, cells));
  }

  async reveal(target: FindingTarget): Promise<void> {
    await tick();
    this.workbook.reveal(target.sheet, target.cells, target.row);
  }
}

function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
