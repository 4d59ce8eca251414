import type { AnyRule, RowParser } from "../types";
import { parseRosterRow } from "./row";

/** A roster has no rules of its own: the general rules apply (SPEC §11), and the XT rules read its households. */
export const ROSTER_RULES: readonly AnyRule[] = [];

export const ROSTER_ROW: RowParser = parseRosterRow;
