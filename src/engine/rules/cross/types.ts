import type { CheckedTable } from "../../check";
import type { ParamValue, Severity } from "../../model/types";
import type { RelocationRow } from "../relocation/row";
import type { RenovationRow } from "../renovation/row";
import type { RevisitRow } from "../revisit/row";
import type { RosterRow } from "../roster/row";
import type { RuleMeta } from "../types";

/**
 * What the cross-table rules (XT-*, SPEC §11) see: every household of every table of every file given, read once
 * into one index (`src/engine/cross/households.ts`), each revisit household already matched (SPEC §9) to its rows
 * in the renovation and relocation ledgers, to its copies in other files' revisit tables and to the roster.
 */

/** A row of a checked table in one of the input files. */
export interface Place {
  /** Index of the file among the inputs, and its name as the report gives it. */
  readonly fileIndex: number;
  readonly file: string;
  readonly table: CheckedTable;
  /** 0-based sheet row. */
  readonly r: number;
}

/** How a household was looked up in another kind's tables. */
export interface Link<T> {
  /** `ambiguous`: two or more candidates by 户主姓名 + 村 (SPEC §9: none is matched, and none is reported missing). */
  readonly by: "id" | "name" | "ambiguous" | "none";
  /** The matched rows (by ID: every row with that ID; by name: the one candidate); empty otherwise. */
  readonly records: readonly T[];
}

export interface LedgerHousehold<R> {
  readonly at: Place;
  readonly row: R;
}
export type RenovationHousehold = LedgerHousehold<RenovationRow>;
export type RelocationHousehold = LedgerHousehold<RelocationRow>;

export interface RosterHousehold {
  readonly at: Place;
  readonly row: RosterRow;
  /** 村（社区） and 乡镇（街道） folded ("" when not given). */
  readonly village: string;
  readonly township: string;
  readonly revisit: Link<RevisitHousehold>;
}

export interface RevisitHousehold {
  readonly at: Place;
  readonly row: RevisitRow;
  readonly renovation: Link<RenovationHousehold>;
  readonly relocation: Link<RelocationHousehold>;
  /** The same household in revisit tables of other files. */
  readonly copies: readonly RevisitHousehold[];
  readonly roster: Link<RosterHousehold>;
}

/** A village (or, for a roster row without 村, a township) that has a revisit table among the inputs. */
export interface RevisitVillage {
  readonly village: string;
  readonly township: string;
  /** Its revisit tables: file, table, and the table's first data row. */
  readonly tables: readonly Place[];
}

export interface CrossIndex {
  readonly files: readonly string[];
  readonly revisit: readonly RevisitHousehold[];
  readonly roster: readonly RosterHousehold[];
  /** A renovation ledger is among the inputs (XT-NOT-IN-PLAN is checked only then). */
  readonly renovationGiven: boolean;
  /** A roster was given as such (`--roster`, or added as the roster in a pane): XT-NOT-ON-ROSTER runs only then. */
  readonly rosterGiven: boolean;
  /** Revisit tables by folded village; `villageOf` finds the one a roster row names (乡镇 where both have it). */
  villagesOf(village: string, township: string): readonly RevisitVillage[];
  /** Revisit tables of a township (folded), for a roster row without 村. */
  townshipTables(township: string): readonly Place[];
}

/** The cells of a finding or of a related place: field keys of the row (absent columns left out). */
export interface CrossPlace {
  readonly at: Place;
  readonly fields: readonly string[];
  /** 1-based row when it is not the household's (a table named as a whole: its first data row). */
  readonly row?: number;
}

export interface CrossReport extends CrossPlace {
  readonly params?: Readonly<Record<string, ParamValue>>;
  readonly related: readonly CrossPlace[];
  readonly severity?: Severity;
}

/** A cross-table rule: its metadata beside one function over the whole index. */
export interface CrossRule extends RuleMeta {
  check(index: CrossIndex, report: (r: CrossReport) => void): void;
}

export function defineCrossRule(rule: CrossRule): CrossRule {
  return rule;
}
