import type { TableKind } from "../model/types";
import { DIFF_RULES } from "./diff";
import { CROSS_RULES } from "./cross";
import GEN_DUPLICATE from "./general/GEN-DUPLICATE";
import GEN_FORMULA_ERROR from "./general/GEN-FORMULA-ERROR";
import GEN_ID_INVALID from "./general/GEN-ID-INVALID";
import GEN_MISSING_COLUMN from "./general/GEN-MISSING-COLUMN";
import GEN_SEQ from "./general/GEN-SEQ";
import GEN_UNKNOWN_SHEET from "./general/GEN-UNKNOWN-SHEET";
import { RELOCATION_ROW, RELOCATION_RULES } from "./relocation";
import { RENOVATION_ROW, RENOVATION_RULES } from "./renovation";
import { REVISIT_ROW, REVISIT_RULES } from "./revisit";
import { ROSTER_ROW, ROSTER_RULES } from "./roster";
import type { AnyRule, RowParser, RuleMeta } from "./types";

export const GENERAL_RULES: readonly AnyRule[] = [
  GEN_MISSING_COLUMN,
  GEN_FORMULA_ERROR,
  GEN_ID_INVALID,
  GEN_DUPLICATE,
  GEN_SEQ,
];

/** Every per-table rule, general ones first; a table runs those whose `kinds` name its kind, in this order. */
const TABLE_RULES: readonly AnyRule[] = [
  ...GENERAL_RULES,
  ...REVISIT_RULES,
  ...RELOCATION_RULES,
  ...RENOVATION_RULES,
  ...ROSTER_RULES,
];

const ROW_PARSERS: Readonly<Record<TableKind, RowParser>> = {
  revisit: REVISIT_ROW,
  relocation: RELOCATION_ROW,
  renovation: RENOVATION_ROW,
  roster: ROSTER_ROW,
};

/** What a table of each kind runs: the rules registered for its kind (their `kinds`) and its row parser. */
export const KIND_RULES: Readonly<Record<TableKind, { rules: readonly AnyRule[]; parseRow: RowParser }>> = {
  revisit: registered("revisit"),
  relocation: registered("relocation"),
  renovation: registered("renovation"),
  roster: registered("roster"),
};

function registered(kind: TableKind): { rules: readonly AnyRule[]; parseRow: RowParser } {
  return { rules: TABLE_RULES.filter((r) => r.kinds.includes(kind)), parseRow: ROW_PARSERS[kind] };
}

/** Every rule's metadata, in catalogue order (README, rule panel, tests). */
export const ALL_RULES: readonly RuleMeta[] = [
  GEN_UNKNOWN_SHEET,
  ...GENERAL_RULES,
  ...REVISIT_RULES,
  ...RELOCATION_RULES,
  ...RENOVATION_RULES,
  ...DIFF_RULES,
  ...CROSS_RULES,
];

export function ruleById(id: string): RuleMeta | undefined {
  return ALL_RULES.find((r) => r.id === id);
}
