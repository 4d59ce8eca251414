import { DEFAULT_CONFIG, type Config } from "../config";
import type { TableSource } from "./households";
import type { Summary } from "./summarize";

export type SafeKind = "revisit" | "relocation" | "renovation";

/** A household that is not (yet) counted as having safe housing, and why. */
export interface UnsafeHousehold {
  readonly kind: SafeKind;
  readonly source: TableSource;
  readonly row: number;
  readonly name: string;
  readonly township: string;
  readonly village: string;
  /** Revisit households: the grade (C, D or unrated). */
  readonly grade?: string;
  /** Ledger households: the rules their row breaks. */
  readonly ruleIds: readonly string[];
}

export interface SafeHousing {
  readonly households: number;
  readonly safe: number;
  /** safe ÷ households, undefined when there are no households. */
  readonly rate: number | undefined;
  readonly target: number;
  readonly met: boolean;
  readonly byKind: Readonly<Record<SafeKind, { readonly households: number; readonly safe: number }>>;
  /** Households that pull the rate down, revisit tables first, in input order. */
  readonly unsafe: readonly UnsafeHousehold[];
}

/**
 * County safe-housing rate (SX 二.2: 全县有安全住房的农户达到 97%): relocation and renovation households whose
 * ledger rows pass all their rules (no error finding), plus A/B households of the revisit tables, over all of them.
 * One household listed in both a ledger and a revisit table counts twice until households are matched across
 * tables (SPEC §7).
 */
export function safeHousingRate(summary: Summary, config: Config = DEFAULT_CONFIG): SafeHousing {
  const byKind: Record<SafeKind, { households: number; safe: number }> = {
    revisit: { households: 0, safe: 0 },
    relocation: { households: 0, safe: 0 },
    renovation: { households: 0, safe: 0 },
  };
  const unsafe: UnsafeHousehold[] = [];
  for (const h of summary.households) {
    byKind.revisit.households++;
    if (h.grade === "A" || h.grade === "B") byKind.revisit.safe++;
    else {
      unsafe.push({
        kind: "revisit",
        source: h.source,
        row: h.row,
        name: h.name,
        township: h.township,
        village: h.village,
        grade: h.grade,
        ruleIds: [],
      });
    }
  }
  for (const l of summary.ledgers) {
    byKind[l.kind].households++;
    if (l.errorRuleIds.length === 0) byKind[l.kind].safe++;
    else {
      unsafe.push({
        kind: l.kind,
        source: l.source,
        row: l.row,
        name: l.name,
        township: l.township,
        village: l.village,
        ruleIds: l.errorRuleIds,
      });
    }
  }
  const households = byKind.revisit.households + byKind.relocation.households + byKind.renovation.households;
  const safe = byKind.revisit.safe + byKind.relocation.safe + byKind.renovation.safe;
  const rate = households > 0 ? safe / households : undefined;
  const target = config.safeHousingTarget;
  // Compared in whole households, so 97 of 100 meets 97 % exactly despite floating point.
  const met = households > 0 && safe * 10_000 >= Math.round(target * 10_000) * households;
  return { households, safe, rate, target, met, byKind, unsafe };
}
