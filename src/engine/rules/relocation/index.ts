import type { AnyRule, RowParser } from "../types";

/** SPEC §2.3: filled in by the ledger rules. */
export const RELOCATION_RULES: readonly AnyRule[] = [];

export const RELOCATION_ROW: RowParser = (base) => base;
