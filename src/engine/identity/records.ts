import type { CheckedTable } from "../check";
import {
  collect,
  type Collected,
  type LedgerHousehold,
  type RevisitHousehold,
  type SummaryInput,
  type VillageTable,
} from "../summary/households";
import { cellText } from "../parse/text";
import { isHouseholdRow } from "../rules/roster/row";
import type { HouseholdRecord } from "./key";

/** A household of a checked workbook's table, as `householdRecords` gives it in `ref`. */
export type TableHousehold =
  | {
      readonly kind: "revisit";
      readonly household: RevisitHousehold;
      readonly village: VillageTable;
      /** The checked table (its `context.address(r, key)` gives a field's cell). */
      readonly table: CheckedTable;
      /** 0-based sheet row. */
      readonly r: number;
    }
  | {
      readonly kind: "relocation" | "renovation";
      readonly household: LedgerHousehold;
      readonly table: CheckedTable;
      readonly r: number;
    };

/**
 * The households of checked workbooks' tables as identity records (SPEC §9), read the way the summaries read
 * them (`collect`): a revisit row's 户主姓名 and 身份证号 with its table's 村（社区） (the meta row, else the sheet
 * name) and 乡镇（街道） (the meta row, else the workbook's); a ledger row's own 村/乡镇 columns (乡镇 else the
 * workbook's revisit tables'). A township guessed from a file name is not given: it would keep apart households
 * whose sides simply have none. Revisit rows first, then ledger rows, each in workbook, table and row order.
 */
export function householdRecords(
  inputs: readonly SummaryInput[],
  collected: Collected = collect(inputs),
): HouseholdRecord<TableHousehold>[] {
  const tableOf = (fileIndex: number, sheet: string): CheckedTable | undefined =>
    inputs[fileIndex]?.result.tables.find((t) => t.info.sheet === sheet);
  const out: HouseholdRecord<TableHousehold>[] = [];
  for (const v of collected.villages) {
    const table = tableOf(v.source.fileIndex, v.source.sheet);
    if (!table) continue;
    const township = v.townshipFrom === "file" ? undefined : v.township;
    for (const h of v.households) {
      out.push({
        id: h.idNumber,
        name: h.name,
        village: h.village,
        township,
        ref: { kind: "revisit", household: h, village: v, table, r: h.row - 1 },
      });
    }
  }
  for (const l of collected.ledgers) {
    const table = tableOf(l.source.fileIndex, l.source.sheet);
    if (!table) continue;
    out.push({
      id: l.idNumber,
      name: l.name,
      village: l.village,
      township: l.townshipFrom === "file" ? undefined : l.township,
      ref: { kind: l.kind, household: l, table, r: l.row - 1 },
    });
  }
  return out;
}

/** A household of a roster table (低收入人口名单, SPEC §11), as `rosterRecords` gives it in `ref`. */
export interface RosterHouseholdRef {
  readonly kind: "roster";
  readonly fileIndex: number;
  readonly file: string;
  readonly table: CheckedTable;
  /** 0-based sheet row. */
  readonly r: number;
}

/**
 * The households of the checked workbooks' roster tables as identity records (SPEC §9, §11): a row's 户主姓名 (or
 * 姓名) and 身份证号 with its own 村（社区） and 乡镇（街道） columns; where the roster has 与户主关系, only the rows
 * saying 户主 or 本人 (family members are not households). In workbook, table and row order.
 */
export function rosterRecords(
  inputs: ReadonlyArray<Pick<SummaryInput, "file" | "result">>,
): HouseholdRecord<RosterHouseholdRef>[] {
  const out: HouseholdRecord<RosterHouseholdRef>[] = [];
  inputs.forEach((input, fileIndex) => {
    for (const table of input.result.tables) {
      if (table.info.kind !== "roster") continue;
      const { context } = table;
      for (const row of table.rows) {
        if (!isHouseholdRow(row.r, context)) continue;
        out.push({
          id: context.value(row.r, "idNumber"),
          name: row.name,
          village: cellText(context.value(row.r, "village")),
          township: cellText(context.value(row.r, "township")),
          ref: { kind: "roster", fileIndex, file: input.file, table, r: row.r },
        });
      }
    }
  });
  return out;
}
