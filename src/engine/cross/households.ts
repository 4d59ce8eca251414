import type { CheckResult, CheckedTable } from "../check";
import {
  HouseholdIndex,
  householdRecords,
  normalizeName,
  rosterRecords,
  type HouseholdRecord,
} from "../identity";
import type { RelocationRow } from "../rules/relocation/row";
import type { RenovationRow } from "../rules/renovation/row";
import type { RevisitRow } from "../rules/revisit/row";
import type { RosterRow } from "../rules/roster/row";
import type { BaseRow } from "../rules/types";
import type {
  CrossIndex,
  Link,
  Place,
  RelocationHousehold,
  RenovationHousehold,
  RevisitHousehold,
  RevisitVillage,
  RosterHousehold,
} from "../rules/cross/types";
import { collect } from "../summary/households";

/** One checked input file of a cross-table check. */
export interface CrossInput {
  /** The file as the report names it. */
  readonly file: string;
  readonly result: CheckResult;
  /** Given as the roster (`--roster`): XT-NOT-ON-ROSTER runs only when one is. */
  readonly roster?: boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const NONE: Link<never> = { by: "none", records: [] };

/**
 * Reads every household of every table once (through the identity records of SPEC §9) into one index, and
 * matches each revisit household to its ledger rows, its copies in other files and the roster, and each roster
 * household to its revisit row: linear in the households (one hash lookup each way).
 */
export function buildCrossIndex(inputs: readonly CrossInput[]): CrossIndex {
  const summaryInputs = inputs.map((i) => ({ file: i.file, result: i.result }));
  const collected = collect(summaryInputs);
  const rowsOf = tableRows();
  const renovation = new HouseholdIndex<RenovationHousehold>();
  const relocation = new HouseholdIndex<RelocationHousehold>();
  const revisitIndex = new HouseholdIndex<Mutable<RevisitHousehold>>();
  const revisitRecords: HouseholdRecord<Mutable<RevisitHousehold>>[] = [];
  const place = (fileIndex: number, table: CheckedTable, r: number): Place => ({
    fileIndex,
    file: inputs[fileIndex]?.file ?? "",
    table,
    r,
  });
  let renovationGiven = false;
  for (const rec of householdRecords(summaryInputs, collected)) {
    const ref = rec.ref;
    const at = place(ref.household.source.fileIndex, ref.table, ref.r);
    const row = rowsOf(ref.table, ref.r);
    if (!row) continue;
    if (ref.kind === "revisit") {
      const h: Mutable<RevisitHousehold> = {
        at,
        row: row as RevisitRow,
        renovation: NONE,
        relocation: NONE,
        copies: [],
        roster: NONE,
      };
      const record = { ...rec, ref: h };
      revisitRecords.push(record);
      revisitIndex.add(record);
    } else if (ref.kind === "renovation") {
      renovationGiven = true;
      renovation.add({ ...rec, ref: { at, row: row as RenovationRow } });
    } else {
      relocation.add({ ...rec, ref: { at, row: row as RelocationRow } });
    }
  }
  // A renovation ledger with no household rows is still a renovation ledger given.
  renovationGiven ||= inputs.some((i) => i.result.tables.some((t) => t.info.kind === "renovation"));

  const rosterIndex = new HouseholdIndex<RosterHousehold>();
  const rosterRecs: HouseholdRecord<Mutable<RosterHousehold>>[] = [];
  for (const rec of rosterRecords(summaryInputs)) {
    const row = rowsOf(rec.ref.table, rec.ref.r);
    if (!row) continue;
    const h: Mutable<RosterHousehold> = {
      at: place(rec.ref.fileIndex, rec.ref.table, rec.ref.r),
      row: row as RosterRow,
      village: normalizeName(rec.village ?? ""),
      township: normalizeName(rec.township ?? ""),
      revisit: NONE,
    };
    const record = { ...rec, ref: h };
    rosterRecs.push(record);
    rosterIndex.add(record);
  }

  for (const rec of revisitRecords) {
    const h = rec.ref;
    h.renovation = link(renovation, rec);
    h.relocation = link(relocation, rec);
    h.roster = link(rosterIndex, rec);
    h.copies = copiesOf(revisitIndex, rec);
  }
  for (const rec of rosterRecs) rec.ref.revisit = link(revisitIndex, rec);
  return {
    files: inputs.map((i) => i.file),
    revisit: revisitRecords.map((r) => r.ref),
    roster: rosterRecs.map((r) => r.ref),
    renovationGiven,
    rosterGiven: inputs.some((i) => i.roster === true),
    ...villages(collected.villages, inputs, place),
  };
}

/** The household `rec` in another kind's index (SPEC §9): by ID every row with it, by name the one candidate. */
function link<T>(index: HouseholdIndex<T>, rec: HouseholdRecord<unknown>): Link<T> {
  if (index.size === 0) return NONE;
  const found = index.lookup(rec);
  if (!found) return NONE;
  if (found.by === "ambiguous") return { by: "ambiguous", records: [] };
  return { by: found.by, records: found.records.map((x) => x.ref) };
}

/**
 * The same household in other files' revisit tables (XT-DUPLICATE): by its valid ID, every row with it in another
 * file; else by 户主姓名 + 村 the one other row that shares them, when that row is in another file (a second
 * candidate anywhere makes it ambiguous: none). Copies within one file are GEN-DUPLICATE's.
 */
function copiesOf(
  index: HouseholdIndex<Mutable<RevisitHousehold>>,
  rec: HouseholdRecord<Mutable<RevisitHousehold>>,
): RevisitHousehold[] {
  const self = rec.ref;
  const byId = index.lookup(rec);
  if (byId?.by === "id") {
    const others = byId.records.filter((x) => x.ref.at.fileIndex !== self.at.fileIndex).map((x) => x.ref);
    if (others.length > 0) return others;
  }
  const byName = index.lookup({ name: rec.name, village: rec.village, township: rec.township });
  if (!byName) return [];
  const rest = byName.records.filter((x) => x.ref !== self);
  const only = rest[0];
  return rest.length === 1 && only && only.ref.at.fileIndex !== self.at.fileIndex ? [only.ref] : [];
}

/** Parsed rows of a checked table by 0-based sheet row, made once per table on first use. */
function tableRows(): (table: CheckedTable, r: number) => BaseRow | undefined {
  const maps = new Map<CheckedTable, Map<number, BaseRow>>();
  return (table, r) => {
    let m = maps.get(table);
    if (!m) {
      m = new Map(table.rows.map((row) => [row.r, row]));
      maps.set(table, m);
    }
    return m.get(r);
  };
}

/** The villages (and townships) that have a revisit table among the inputs, for XT-ROSTER-MISSING. */
function villages(
  tables: ReturnType<typeof collect>["villages"],
  inputs: readonly CrossInput[],
  place: (fileIndex: number, table: CheckedTable, r: number) => Place,
): Pick<CrossIndex, "villagesOf" | "townshipTables"> {
  const byVillage = new Map<string, Array<Mutable<RevisitVillage> & { tables: Place[] }>>();
  const byTownship = new Map<string, Place[]>();
  for (const v of tables) {
    const table = inputs[v.source.fileIndex]?.result.tables.find((t) => t.info.sheet === v.source.sheet);
    if (!table) continue;
    const at = place(v.source.fileIndex, table, table.info.firstDataRow - 1);
    const village = normalizeName(v.village);
    // A township guessed from the file name is no township the table gives.
    const township = v.townshipFrom === "file" ? "" : normalizeName(v.township);
    const list = byVillage.get(village) ?? [];
    const same = list.find((x) => x.township === township);
    if (same) same.tables.push(at);
    else list.push({ village, township, tables: [at] });
    byVillage.set(village, list);
    if (township !== "") byTownship.set(township, [...(byTownship.get(township) ?? []), at]);
  }
  return {
    villagesOf: (village, township) =>
      (byVillage.get(village) ?? []).filter(
        (v) => township === "" || v.township === "" || v.township === township,
      ),
    townshipTables: (township) => byTownship.get(township) ?? [],
  };
}
