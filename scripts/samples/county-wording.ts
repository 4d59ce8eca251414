import { renovationLedger, type SampleCell, type SampleLedger, type SampleSheet } from "./ledgers";

/**
 * The sample 危房改造台账 of 石门镇 as another county words it (SPEC §13): 户主（申请人） for 户主姓名, 房屋安全认定 for
 * 安全性评定意见, 完工核验 for 竣工验收 and 奖补资金（万元） for 补助金额（万元）, words the detector does not know.
 * Without a mapping the first three are GEN-MISSING-COLUMN (the subsidy column is optional, so RN-SUBSIDY-RATE is
 * silently skipped); with `--map` for each the seeded violations are found at their rows as in the original.
 */
export const COUNTY_WORDS: ReadonlyArray<readonly [field: string, original: string, county: string]> = [
  ["户主姓名", "户主姓名", "户主（申请人）"],
  ["安全性评定意见", "安全性评定意见", "房屋安全认定"],
  ["竣工验收", "竣工验收", "完工核验"],
  ["补助金额", "补助金额（万元）", "奖补资金（万元）"],
];

/** `--map` arguments naming the county's columns. */
export const COUNTY_MAP_ARGS: readonly string[] = COUNTY_WORDS.flatMap(([field, , county]) => [
  "--map",
  `${field}=${county}`,
]);

export function countyWordingLedger(): SampleLedger & { readonly original: SampleSheet } {
  const original = renovationLedger().sheets.find((s) => s.name === "石门镇");
  if (!original) throw new Error("石门镇 sample missing");
  const rows = original.rows.map((row, r) =>
    r !== 3 ? row : row.map((v: SampleCell) => COUNTY_WORDS.find(([, from]) => from === v)?.[2] ?? v),
  );
  const sheet: SampleSheet = { ...original, rows };
  return { file: "ledger-county-wording.xlsx", today: "2024-07-15", sheets: [sheet], original };
}
