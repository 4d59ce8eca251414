/**
 * The limits the Office host plans its batches against (SPEC §3, OFFICE-NOTES.md). Excel on the web rejects a
 * request or a response over 5 MB; each batch is planned to stay under 4 MB so that an estimate that is off by a
 * fifth still passes. RangeAreas address lists stay within 500 areas and 8,000 characters (getRanges itself
 * refuses more than 8,192).
 */
export interface Budget {
  /** Planned bytes of one response (loaded values). */
  readonly responseBytes: number;
  /** Planned bytes of one request (queued commands and their arguments). */
  readonly requestBytes: number;
  readonly maxAreas: number;
  readonly maxAddressChars: number;
  /** Rows per getMergedAreasOrNullObject call: Excel refuses ranges holding more than 512 merged areas. */
  readonly mergeRowsPerCall: number;
  /** Bytes per cell assumed for the first block of values + valueTypes; later blocks use what was measured. */
  readonly firstBytesPerCell: number;
}

export const DEFAULT_BUDGET: Budget = {
  responseBytes: 4_000_000,
  requestBytes: 4_000_000,
  maxAreas: 500,
  maxAddressChars: 8_000,
  mergeRowsPerCall: 500,
  firstBytesPerCell: 64,
};

/** Per-command overhead of a request (object path, method name, ids), in bytes. */
export const COMMAND_BYTES = 120;

/**
 * Bytes of `value` written as JSON with every non-ASCII character escaped as `\uXXXX` (6 bytes): the worst case
 * for Chinese text, so that an estimate made with it never falls short of what Office sends.
 */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  switch (typeof value) {
    case "string":
      return stringBytes(value);
    case "number":
      return Number.isFinite(value) ? String(value).length : 4;
    case "boolean":
      return value ? 4 : 5;
    case "object": {
      if (Array.isArray(value)) {
        let n = 2 + Math.max(0, value.length - 1);
        for (const v of value) n += jsonBytes(v);
        return n;
      }
      const entries = Object.entries(value as Record<string, unknown>);
      let n = 2 + Math.max(0, entries.length - 1);
      for (const [k, v] of entries) n += stringBytes(k) + 1 + jsonBytes(v);
      return n;
    }
    default:
      return 4;
  }
}

function stringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) n += 2;
    else if (c < 0x20 || c > 0x7e) n += 6;
    else n += 1;
  }
  return n;
}
