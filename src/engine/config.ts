import { z } from "zod";
import { resolveField } from "./header/names";
import type { TableKind } from "./model/types";

/**
 * Every number a rule or a summary uses, with the value the standards give. A county overrides any part of it
 * with a JSON file (`anju check --config county.json`); the inferred type is the only configuration type.
 */
const rates = z.object({
  /** 翻建新建 / 重建 subsidy, 元 per household (TZ 8.2). */
  rebuild: z.number().nonnegative(),
  /** 维修加固 subsidy, 元 per household (TZ 8.2). */
  reinforce: z.number().nonnegative(),
});

/**
 * A county's own header words (SPEC §13), per kind: field (its SPEC label such as 竣工验收 or 处理意见 维修加固, or
 * its key) → one header text or several, each compared folded with a column's lowest header cell or whole path.
 */
const headerWords = (kind: TableKind) =>
  z
    .record(z.string(), z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]))
    .superRefine((v, ctx) => {
      for (const name of Object.keys(v)) {
        if (resolveField(name, [kind]).length > 0) continue;
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [name],
          message: `no ${kind} field is called ${name}`,
        });
      }
    })
    .default({});

export const ConfigSchema = z
  .object({
    revisit: z
      .object({
        /** A/B households are revisited every half year (TZ 注3, 12.2). */
        revisitMonths: z.number().int().positive().default(6),
        /** History years before this are typing errors (RV-HISTORY-YEAR). */
        historyMinYear: z.number().int().default(1980),
        /** A rebuild this many years before the fill year should not be C/D already (RV-REBUILT-DANGEROUS). */
        rebuiltRecentYears: z.number().int().nonnegative().default(5),
      })
      .strict()
      .default({}),
    /** 易地扶贫搬迁台账 (SX 三.1): the numbers of RL-PERSONS, RL-AREA, RL-AREA-2016, RL-SUBSIDY, RL-SELF-FUND. */
    relocation: z
      .object({
        /** 家庭人口 is a whole number from 1 to this (RL-PERSONS; a larger figure is a typing error). */
        maxPersons: z.number().int().positive().default(20),
        /** 安置房面积 ÷ 家庭人口 at most this, ㎡ per person, the limit itself allowed (SX 三.1(2), RL-AREA). */
        maxAreaPerPerson: z.number().positive().default(25),
        /**
         * 2016 年度集中安置 over the limit by at most 3 ㎡ per person (so ≤ 28 ㎡) with 共有产权整改 marked 是 is a
         * warning to rectify, not an error (SX 三.1(2), RL-AREA-2016). Set `exceptionYear` to 0 to switch it off; an
         * `exceptionMaxAreaPerPerson` not above `maxAreaPerPerson` leaves no room for it either.
         */
        exceptionYear: z.number().int().default(2016),
        exceptionMaxAreaPerPerson: z.number().positive().default(28),
        /** 建房补助 at least this many 元 per person, by 安置方式 (SX 三.1(3), RL-SUBSIDY). */
        subsidyPerPerson: z
          .object({
            集中安置: z.number().nonnegative().default(25_000),
            分散安置: z.number().nonnegative().default(15_000),
            货币化安置: z.number().nonnegative().default(15_000),
          })
          .strict()
          .default({}),
        /** 自筹资金 at most 2,500 元 per person and 10,000 元 per household, limits allowed (SX 三.1(3)). */
        selfFundPerPerson: z.number().nonnegative().default(2_500),
        selfFundPerHousehold: z.number().nonnegative().default(10_000),
      })
      .strict()
      .default({}),
    /**
     * 危房改造台账 (SX 三.2): the area bands of RN-AREA-SMALL-HH and RN-AREA-PER-CAPITA, for D 级 rebuilt
     * houses (C 级 维修加固 has no area check). Counties set their own bands, limits included: one county allows
     * ≤ 60 ㎡ per household and ≤ 18 ㎡ per person from 3 persons up. RN-SUBSIDY-RATE reads `subsidy`.
     */
    renovation: z
      .object({
        /** 家庭人口 is a whole number from 1 to this (RN-REQUIRED reports other figures). */
        maxPersons: z.number().int().positive().default(20),
        /** Households of 1 to this many persons get the household band (原则上 1 至 3 人户 40–60 ㎡). */
        smallHouseholdMaxPersons: z.number().int().positive().default(3),
        smallHouseholdMinArea: z.number().nonnegative().default(40),
        smallHouseholdMaxArea: z.number().positive().default(60),
        /** Larger households: 人均建房面积 from 13 to 18 ㎡ (不低于 13、不高于 18). */
        minAreaPerPerson: z.number().nonnegative().default(13),
        maxAreaPerPerson: z.number().positive().default(18),
      })
      .strict()
      .superRefine((v, ctx) => {
        if (v.smallHouseholdMinArea > v.smallHouseholdMaxArea) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ["smallHouseholdMinArea"],
            message: `must not exceed smallHouseholdMaxArea (${v.smallHouseholdMaxArea})`,
          });
        }
        if (v.minAreaPerPerson > v.maxAreaPerPerson) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ["minAreaPerPerson"],
            message: `must not exceed maxAreaPerPerson (${v.maxAreaPerPerson})`,
          });
        }
      })
      .default({}),
    subsidy: z
      .object({
        /** TZ 8.2 rates, 元 per household (summaries' 补助测算, and RN-SUBSIDY-RATE's expected 补助金额). */
        default: rates.default({ rebuild: 20_000, reinforce: 9_000 }),
        /**
         * Rates of a 市（区） that differ (TZ 8.2: 兴化市 22,000 / 8,000). A ledger row takes its 县（区） column's
         * rates when listed here, else those of its 乡镇's entry in `townshipCity`.
         */
        byCity: z.record(z.string(), rates).default({ 兴化市: { rebuild: 22_000, reinforce: 8_000 } }),
        /** 危房鉴定、档案 funds, at least 100 元 per household (TZ 8.4). */
        appraisalPerHousehold: z.number().min(100).default(100),
      })
      .strict()
      .default({}),
    /** 市（区） of the area (Taizhou), used to read a township's 市（区） from an address prefix. */
    cities: z
      .array(z.string().min(1))
      .default(["海陵区", "高港区", "姜堰区", "医药高新区", "兴化市", "靖江市", "泰兴市"]),
    /** township name → 市（区）, taking precedence over the address prefix. */
    townshipCity: z.record(z.string(), z.string()).default({}),
    /** Extra header words per kind and field: `{ "renovation": { "竣工验收": ["完工核验"] } }` (SPEC §13). */
    headers: z
      .object({
        revisit: headerWords("revisit"),
        relocation: headerWords("relocation"),
        renovation: headerWords("renovation"),
        roster: headerWords("roster"),
      })
      .strict()
      .default({}),
    /** County safe-housing rate target (SX 二.2). */
    safeHousingTarget: z.number().min(0).max(1).default(0.97),
    limits: z
      .object({
        /** Largest uncompressed workbook part that is read (zip-bomb guard). */
        maxUncompressedBytes: z
          .number()
          .int()
          .positive()
          .default(512 * 1024 * 1024),
        /**
         * Largest number of cells read from one workbook: non-empty cells, plus the holes of each row up to its
         * last cell and merged areas within the used range (what the reader must hold in memory).
         */
        maxCells: z.number().int().positive().default(20_000_000),
        /**
         * Largest number of findings one check may produce (about 1 KB of memory each through the report). Far
         * more than any real table has; a sheet that reaches it is shifted or not a ledger, and is refused
         * with this limit named rather than exhausting memory.
         */
        maxFindings: z.number().int().positive().default(500_000),
      })
      .strict()
      .default({}),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;

export const DEFAULT_CONFIG: Config = ConfigSchema.parse({});

/** Version of the rule set, stated in summaries and reports; bump when a rule's behaviour changes. */
export const RULESET_VERSION = "2026.11-1";

export class ConfigError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(issues.join("; "));
  }
}

/** Validates a county's override (already parsed JSON); the error names every bad field by its path. */
export function parseConfig(input: unknown): Config {
  const result = ConfigSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`));
}

/** TZ 8.2 rates for a 市（区）. */
export function ratesFor(config: Config, city: string | undefined): { rebuild: number; reinforce: number } {
  return (city !== undefined ? config.subsidy.byCity[city] : undefined) ?? config.subsidy.default;
}
