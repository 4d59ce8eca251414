import type { CheckResult } from "../../engine/check";
import type { AnjuError } from "../../engine/errors";
import type { LiveRecheckPort, Notice } from "./port";

/**
 * Passes a host's live re-checks on to the controller that listens (the `live` of OpenWorkbook): the host calls
 * `result` / `error` as its re-checks end; `port` is what the controller is given.
 */
export class LiveRelay {
  private onResult: ((result: CheckResult, notices: readonly Notice[]) => void) | undefined;
  private onError: ((e: AnjuError) => void) | undefined;

  result(result: CheckResult, notices: readonly Notice[]): void {
    this.onResult?.(result, notices);
  }

  error(e: AnjuError): void {
    this.onError?.(e);
  }

  port(settle: () => Promise<void> | void, forget: () => void): LiveRecheckPort {
    return {
      listen: (onResult, onError) => {
        this.onResult = onResult;
        this.onError = onError;
      },
      settle: async () => settle(),
      forget,
    };
  }
}
