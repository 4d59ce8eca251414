import { DEFAULT_CONFIG, RULESET_VERSION, ratesFor, type Config } from "../config";
import type { YMD } from "../parse/date";
import { inferCity, UNSPECIFIED_CITY, type CitySource } from "./city";
import { addFigures, addHousehold, emptyFigures, type Figures } from "./figures";
import {
  collect,
  type Collected,
  type LedgerHousehold,
  type RevisitHousehold,
  type SummaryInput,
  type TownshipFrom,
  type VillageTable,
} from "./households";

export type SummaryLevel = "township" | "city";

/** A household with its township's 市（区） and what it adds to 补助测算 and 鉴定等经费. */
export interface SummaryHousehold extends RevisitHousehold {
  readonly city: string;
  readonly subsidyYuan: number;
  readonly appraisalYuan: number;
}

/** A village's table with its households priced. */
export interface SummaryTable extends Omit<VillageTable, "households"> {
  readonly city: string;
  readonly households: readonly SummaryHousehold[];
}

/** One row of a summary: a village (township level), a township (city level), a 市（区） subtotal or the total. */
export interface SummaryGroup extends Figures {
  readonly name: string;
  /** The 市（区） of a township (city level groups) or of a 市（区） subtotal. */
  readonly city: string;
  /** The township a village belongs to (township level), or the township itself. */
  readonly township: string;
  /** The tables counted, in input order. */
  readonly tables: readonly SummaryTable[];
}

export interface TownshipInfo {
  readonly name: string;
  readonly from: TownshipFrom;
  readonly city: string;
  readonly cityFrom: CitySource;
  /** 市（区） read from 房屋地址 with their counts, most first (empty unless `cityFrom` is `address`). */
  readonly cityVotes: ReadonlyArray<readonly [string, number]>;
  readonly addresses: number;
  readonly rates: { readonly rebuild: number; readonly reinforce: number };
  readonly households: number;
}

export interface Summary {
  readonly level: SummaryLevel;
  readonly today: YMD;
  readonly rulesetVersion: string;
  readonly appraisalPerHousehold: number;
  readonly files: Collected["files"];
  readonly townships: readonly TownshipInfo[];
  /** Villages (township level) or townships (city level), grouped by 市（区） at city level. */
  readonly groups: readonly SummaryGroup[];
  /** 市（区） subtotals, in the configuration's order, 未指定 last. */
  readonly cities: readonly SummaryGroup[];
  readonly total: SummaryGroup;
  /** Every revisit table and household, in the order the groups list them. */
  readonly tables: readonly SummaryTable[];
  readonly households: readonly SummaryHousehold[];
  readonly ledgers: readonly LedgerHousehold[];
}

export interface SummaryOptions {
  readonly today: YMD;
  readonly config?: Config;
}

export const TOTAL_NAME = "合计";

/** 乡镇汇总: one group per village (村（社区）) of the given township workbooks, and the total (SPEC §4). */
export function summarizeTownship(inputs: readonly SummaryInput[], options: SummaryOptions): Summary {
  return summarize(inputs, "township", options);
}

/** 市汇总: one group per township, grouped by 市（区）, with 市（区） subtotals and the total (SPEC §4). */
export function summarizeCity(inputs: readonly SummaryInput[], options: SummaryOptions): Summary {
  return summarize(inputs, "city", options);
}

export function summarize(
  inputs: readonly SummaryInput[],
  level: SummaryLevel,
  options: SummaryOptions,
): Summary {
  const config = options.config ?? DEFAULT_CONFIG;
  const collected = collect(inputs);
  const townships = townshipInfos(collected.villages, config);
  const cityOf = new Map(townships.map((t) => [t.name, t]));
  const priced: SummaryTable[] = collected.villages.map((v) => {
    const info = cityOf.get(v.township);
    const rates = info?.rates ?? ratesFor(config, undefined);
    const city = info?.city ?? UNSPECIFIED_CITY;
    return {
      ...v,
      city,
      households: v.households.map((h) => ({
        ...h,
        city,
        subsidyYuan: (h.planRebuild ? rates.rebuild : 0) + (h.planReinforce ? rates.reinforce : 0),
        appraisalYuan: h.grade === "C" || h.grade === "D" ? config.subsidy.appraisalPerHousehold : 0,
      })),
    };
  });
  const cityOrder = orderCities(
    townships.map((t) => t.city),
    config,
  );
  const keyOf =
    level === "township"
      ? (t: SummaryTable) => `${t.township}\u0000${t.village}`
      : (t: SummaryTable) => t.township;
  const byKey = new Map<string, SummaryTable[]>();
  for (const t of priced) {
    const list = byKey.get(keyOf(t)) ?? [];
    list.push(t);
    byKey.set(keyOf(t), list);
  }
  let groups = [...byKey.values()].map((tables) => {
    const first = tables[0] as SummaryTable;
    return group(level === "township" ? first.village : first.township, first.city, first.township, tables);
  });
  if (level === "city") {
    // Grouped by 市（区） in the configuration's order; townships keep their input order inside a 市（区）.
    groups = cityOrder.flatMap((c) => groups.filter((g) => g.city === c));
  }
  const cities = cityOrder.map((c) => {
    const own = groups.filter((g) => g.city === c);
    return group(
      c,
      c,
      "",
      own.flatMap((g) => g.tables),
    );
  });
  const tables = groups.flatMap((g) => g.tables);
  const total = group(TOTAL_NAME, "", "", tables);
  return {
    level,
    today: options.today,
    rulesetVersion: RULESET_VERSION,
    appraisalPerHousehold: config.subsidy.appraisalPerHousehold,
    files: collected.files,
    townships,
    groups,
    cities,
    total,
    tables,
    households: tables.flatMap((t) => t.households),
    ledgers: collected.ledgers,
  };
}

function group(name: string, city: string, township: string, tables: readonly SummaryTable[]): SummaryGroup {
  const f = emptyFigures();
  for (const t of tables) {
    for (const h of t.households) addHousehold(f, h);
    f.errors += t.tableErrors;
    f.warnings += t.tableWarnings;
  }
  return { name, city, township, tables, ...f };
}

/** Adds figures of groups: the same as counting their households (used by tests and hosts). */
export function sumGroups(groups: readonly Figures[]): Figures {
  const f = emptyFigures();
  for (const g of groups) addFigures(f, g);
  return f;
}

function townshipInfos(villages: readonly VillageTable[], config: Config): TownshipInfo[] {
  const byName = new Map<string, VillageTable[]>();
  for (const v of villages) {
    const list = byName.get(v.township) ?? [];
    list.push(v);
    byName.set(v.township, list);
  }
  return [...byName.entries()].map(([name, tables]) => {
    const households = tables.flatMap((t) => t.households);
    const city = inferCity(
      name,
      households.map((h) => h.address),
      config,
    );
    const from = tables.some((t) => t.townshipFrom === "meta")
      ? "meta"
      : ((tables[0] as VillageTable).townshipFrom ?? "file");
    return {
      name,
      from,
      city: city.city,
      cityFrom: city.from,
      cityVotes: city.votes,
      addresses: city.addresses,
      rates: ratesFor(config, city.from === "none" ? undefined : city.city),
      households: households.length,
    };
  });
}

/** The configured 市（区） first, in their order, then any other (from `townshipCity`), 未指定 last. */
function orderCities(found: readonly string[], config: Config): string[] {
  const present = new Set(found);
  const known = config.cities.filter((c) => present.has(c));
  const other = [...present].filter((c) => !config.cities.includes(c) && c !== UNSPECIFIED_CITY);
  return [...known, ...other, ...(present.has(UNSPECIFIED_CITY) ? [UNSPECIFIED_CITY] : [])];
}
