import type { CellValue } from "../../../src/engine/model/types";
import {
  compareYMD,
  daysInMonth,
  formatYMD,
  fromSerial,
  isValidYMD,
  minusMonths,
  parseDate,
  parseIsoDate,
  toSerial,
  type YMD,
} from "../../../src/engine/parse/date";

const ymd = (text: string): YMD => {
  const [y, m, d] = text.split("-").map(Number);
  return { y: y ?? 0, m: m ?? 0, d: d ?? 0 };
};
const show = (d: YMD | undefined) => (d ? formatYMD(d) : undefined);

describe("fromSerial (1900 system)", () => {
  test.each<[number, string | undefined]>([
    [1, "1900-01-01"],
    [31, "1900-01-31"],
    [59, "1900-02-28"],
    // Excel's phantom 1900-02-29 (the Lotus leap-year bug) reads as the 28th, not as 1 March.
    [60, "1900-02-28"],
    [61, "1900-03-01"],
    [62, "1900-03-02"],
    [367, "1901-01-01"],
    [36526, "2000-01-01"],
    [45473, "2024-06-30"],
    [45473.75, "2024-06-30"],
    [45472.999, "2024-06-29"],
    [45351, "2024-02-29"],
    [2958465, "9999-12-31"],
    [0, undefined],
    [-1, undefined],
    [0.5, undefined],
    [2958466, undefined],
    [Number.NaN, undefined],
    [Number.POSITIVE_INFINITY, undefined],
  ])("%s → %s", (serial, expected) => {
    expect(show(fromSerial(serial))).toBe(expected);
  });
});

describe("fromSerial (1904 system)", () => {
  test.each<[number, string]>([
    [1, "1904-01-02"],
    [1462, "1908-01-02"],
    [44011, "2024-06-30"],
    [44011.5, "2024-06-30"],
  ])("%s → %s", (serial, expected) => {
    expect(show(fromSerial(serial, true))).toBe(expected);
  });

  test("the two systems differ by 1462 days", () => {
    expect(show(fromSerial(45473 - 1462, true))).toBe(show(fromSerial(45473)));
  });
});

describe("toSerial", () => {
  test.each<[string, number, number]>([
    ["1900-01-01", 1, -1460],
    ["1900-02-28", 59, -1402],
    ["1900-03-01", 61, -1401],
    ["2024-06-30", 45473, 44011],
    ["1904-01-01", 1462, 0],
  ])("%s → %s (1900), %s (1904)", (date, s1900, s1904) => {
    expect(toSerial(ymd(date))).toBe(s1900);
    expect(toSerial(ymd(date), true)).toBe(s1904);
  });
});

describe("parseDate", () => {
  test.each<[string, CellValue, string]>([
    ["ISO", "2024-06-30", "2024-06-30"],
    ["ISO without zero padding", "2024-6-3", "2024-06-03"],
    ["slashes", "2024/6/30", "2024-06-30"],
    ["slashes with padding", "2024/06/30", "2024-06-30"],
    ["dots", "2024.6.30", "2024-06-30"],
    ["Chinese", "2024年6月30日", "2024-06-30"],
    ["Chinese with 号", "2024年6月30号", "2024-06-30"],
    ["Chinese without 日", "2024年6月30", "2024-06-30"],
    ["Chinese with spaces", "2024 年 6 月 30 日", "2024-06-30"],
    ["compact text", "20240630", "2024-06-30"],
    ["compact number", 20240630, "2024-06-30"],
    ["serial", 45473, "2024-06-30"],
    ["serial with a time", 45473.6, "2024-06-30"],
    ["serial as text", "45473", "2024-06-30"],
    ["ISO with a time", "2024-06-30 08:15", "2024-06-30"],
    ["ISO with seconds", "2024-06-30T08:15:00", "2024-06-30"],
    ["full-width ISO", "２０２４－０６－３０", "2024-06-30"],
    ["full-width slashes", "２０２４／６／３０", "2024-06-30"],
    ["full-width dots", "２０２４．６．３０", "2024-06-30"],
    ["full-width Chinese", "２０２４年６月３０日", "2024-06-30"],
    ["full-width compact", "２０２４０６３０", "2024-06-30"],
    ["surrounding spaces", "  2024-06-30\u3000", "2024-06-30"],
    ["leap day", "2024-02-29", "2024-02-29"],
    ["leap day of 2000", "2000-02-29", "2000-02-29"],
  ])("%s: %j → %s", (_, value, expected) => {
    expect(show(parseDate(value))).toBe(expected);
  });

  test.each<[string, CellValue]>([
    ["30 February", "2024-02-30"],
    ["29 February of a common year", "2023-02-29"],
    ["29 February 1900", "1900-02-29"],
    ["31 April", "2024-04-31"],
    ["month 13", "2024-13-01"],
    ["month 0", "2024-00-10"],
    ["day 0", "2024-06-00"],
    ["compact 30 February as text", "20240230"],
    ["compact 30 February as a number", 20240230],
    ["compact month 13", 20241301],
    ["two-digit year", "24-6-30"],
    ["month only", "2024年6月"],
    ["words", "六月三十日"],
    ["a sentence", "已回访"],
    ["empty", ""],
    ["blank", "   "],
    ["null", null],
    ["boolean", true],
    ["error value", { error: "#N/A" }],
    ["zero", 0],
    ["negative", -5],
    ["year before 1900", "1899-12-31"],
  ])("%s: %j is no date", (_, value) => {
    expect(parseDate(value)).toBeUndefined();
  });

  test("serials follow the workbook's date system", () => {
    expect(show(parseDate(44011, true))).toBe("2024-06-30");
    expect(show(parseDate("44011", true))).toBe("2024-06-30");
    // A compact number is a date in either system.
    expect(show(parseDate(20240630, true))).toBe("2024-06-30");
  });
});

describe("minusMonths", () => {
  test.each<[string, number, string]>([
    ["2024-06-30", 6, "2023-12-30"],
    ["2024-06-15", 6, "2023-12-15"],
    ["2024-08-31", 6, "2024-02-29"],
    ["2023-08-31", 6, "2023-02-28"],
    ["2024-03-31", 6, "2023-09-30"],
    ["2024-01-15", 6, "2023-07-15"],
    ["2024-12-31", 12, "2023-12-31"],
    ["2024-02-29", 12, "2023-02-28"],
    ["2024-05-31", 1, "2024-04-30"],
    ["2024-01-31", 0, "2024-01-31"],
    ["2024-01-31", 25, "2021-12-31"],
  ])("%s − %s months = %s", (from, months, expected) => {
    expect(formatYMD(minusMonths(ymd(from), months))).toBe(expected);
  });
});

describe("small helpers", () => {
  test("isValidYMD and daysInMonth", () => {
    expect(isValidYMD(2024, 2, 29)).toBe(true);
    expect(isValidYMD(2023, 2, 29)).toBe(false);
    expect(isValidYMD(1900, 2, 29)).toBe(false);
    expect(isValidYMD(2024, 6, 30.5)).toBe(false);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2024, 12)).toBe(31);
  });

  test("compareYMD orders dates", () => {
    expect(compareYMD(ymd("2023-12-29"), ymd("2023-12-30"))).toBeLessThan(0);
    expect(compareYMD(ymd("2024-01-01"), ymd("2023-12-31"))).toBe(1);
    expect(compareYMD(ymd("2024-06-30"), ymd("2024-06-30"))).toBe(0);
  });

  test("parseIsoDate is strict", () => {
    expect(show(parseIsoDate("2024-07-15"))).toBe("2024-07-15");
    for (const bad of ["2024-7-15", "2024/07/15", "2024-02-30", "20240715", " 2024-07-15", ""])
      expect(parseIsoDate(bad)).toBeUndefined();
  });
});
