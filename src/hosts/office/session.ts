import { DEFAULT_BUDGET, type Budget } from "./budget";
import type { Caps } from "./caps";

/**
 * One `Excel.run`: the request context, what this Excel supports, the batch budget, and a count of the
 * `context.sync()` calls made (SPEC §3: a 5,000-row table is read, checked and marked in at most 10).
 */
export class Session {
  syncs = 0;

  constructor(
    readonly ctx: Excel.RequestContext,
    readonly caps: Caps,
    readonly budget: Budget = DEFAULT_BUDGET,
  ) {}

  async sync(): Promise<void> {
    this.syncs++;
    await this.ctx.sync();
  }
}

/** Planned size of a queued command: request bytes sent, response bytes expected back. */
export interface Cost {
  readonly request: number;
  readonly response?: number;
}

/**
 * Queues commands and syncs whenever the next one would push the request or the response past the budget, so
 * that the number of syncs grows with the bytes moved, never with the number of commands (cells, findings).
 * `queue()` may return a collector, called after the sync that carried it, to read what was loaded.
 * `prologue` runs at the start of every batch (suspendApiCalculationUntilNextSync lasts one sync only).
 */
export class Batch {
  private request = 0;
  private response = 0;
  private pending = false;
  private collectors: Array<() => void> = [];

  constructor(
    private readonly session: Session,
    private readonly prologue: () => void = () => undefined,
  ) {}

  async add(cost: Cost, queue: () => (() => void) | void): Promise<void> {
    const { budget } = this.session;
    if (
      this.pending &&
      (this.request + cost.request > budget.requestBytes ||
        this.response + (cost.response ?? 0) > budget.responseBytes)
    ) {
      await this.flush();
    }
    if (!this.pending) {
      this.prologue();
      this.pending = true;
    }
    const collect = queue();
    if (collect) this.collectors.push(collect);
    this.request += cost.request;
    this.response += cost.response ?? 0;
  }

  /** Syncs what is queued, if anything, then runs the collectors. */
  async flush(): Promise<void> {
    if (!this.pending) return;
    const collectors = this.collectors;
    this.pending = false;
    this.collectors = [];
    this.request = 0;
    this.response = 0;
    await this.session.sync();
    for (const c of collectors) c();
  }
}
