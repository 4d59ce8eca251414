import type { CheckResult } from "../../engine/check";
import type { WorkbookData } from "../../engine/model/types";

/**
 * Everything a host's check-and-mark run learnt, kept for its live re-check: the host's own sheet list
 * (`discovery`) and marking outcome, with what was read and checked.
 */
export interface InPlaceRun<Discovery, Outcome> {
  readonly discovery: Discovery;
  readonly workbook: WorkbookData;
  readonly names: readonly string[];
  readonly result: CheckResult;
  readonly outcome: Outcome;
}
