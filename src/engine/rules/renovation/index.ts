import type { AnyRule, RowParser } from "../types";

/** SPEC §2.4: filled in by the ledger rules. */
export const RENOVATION_RULES: readonly AnyRule[] = [];

export const RENOVATION_ROW: RowParser = (base) => base;
