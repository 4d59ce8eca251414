import fc from "fast-check";
import {
  formatYMD,
  fromSerial,
  isValidYMD,
  parseDate,
  toSerial,
  type YMD,
} from "../../../src/engine/parse/date";
import { parseYear } from "../../../src/engine/parse/values";

/** Any real calendar date parseDate accepts (1900–2200). */
const anyDate: fc.Arbitrary<YMD> = fc
  .record({
    y: fc.integer({ min: 1900, max: 2200 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ y, m, d }) => isValidYMD(y, m, d));

const pad = (n: number) => String(n).padStart(2, "0");
const fullWidth = (s: string) =>
  s.replace(/[0-9\-/.]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

/** Every written form SPEC §1 lists, with and without zero padding. */
const FORMS: ReadonlyArray<[string, (d: YMD, padded: boolean) => string | number]> = [
  ["YYYY-MM-DD", (d, p) => `${d.y}-${p ? pad(d.m) : d.m}-${p ? pad(d.d) : d.d}`],
  ["YYYY/M/D", (d, p) => `${d.y}/${p ? pad(d.m) : d.m}/${p ? pad(d.d) : d.d}`],
  ["YYYY.M.D", (d, p) => `${d.y}.${p ? pad(d.m) : d.m}.${p ? pad(d.d) : d.d}`],
  ["YYYY年M月D日", (d, p) => `${d.y}年${p ? pad(d.m) : d.m}月${p ? pad(d.d) : d.d}日`],
  ["YYYYMMDD as text", (d) => `${d.y}${pad(d.m)}${pad(d.d)}`],
  ["YYYYMMDD as a number", (d) => Number(`${d.y}${pad(d.m)}${pad(d.d)}`)],
];

describe("parseDate reads back every written form of any valid date", () => {
  test.each(FORMS)("%s", (_, write) => {
    fc.assert(
      fc.property(anyDate, fc.boolean(), (date, padded) => {
        expect(parseDate(write(date, padded))).toEqual(date);
      }),
    );
  });

  test.each(FORMS.filter(([name]) => name !== "YYYYMMDD as a number"))(
    "%s in full-width digits",
    (_, write) => {
      fc.assert(
        fc.property(anyDate, fc.boolean(), (date, padded) => {
          expect(parseDate(fullWidth(String(write(date, padded))))).toEqual(date);
        }),
      );
    },
  );

  test("an Excel serial, in either date system, with any time of day", () => {
    const after1900Bug = anyDate.filter((d) => d.y > 1900 || d.m > 2);
    fc.assert(
      fc.property(
        after1900Bug,
        fc.boolean(),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (date, d1904, time) => {
          const serial = toSerial(date, d1904);
          fc.pre(serial >= 1);
          expect(parseDate(serial + time, d1904)).toEqual(date);
          expect(fromSerial(serial, d1904)).toEqual(date);
        },
      ),
    );
  });

  test("a history year is the year of the date in any form", () => {
    fc.assert(
      fc.property(anyDate, fc.constantFrom(...FORMS), (date, [, write]) => {
        expect(parseYear(write(date, true))).toBe(date.y);
      }),
    );
  });
});

describe("parseDate never accepts an impossible day", () => {
  test("day beyond the month's end in every form", () => {
    const impossible = fc
      .record({
        y: fc.integer({ min: 1900, max: 2200 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 29, max: 31 }),
      })
      .filter(({ y, m, d }) => !isValidYMD(y, m, d));
    fc.assert(
      fc.property(impossible, fc.constantFrom(...FORMS), (date, [, write]) => {
        expect(parseDate(write(date, true))).toBeUndefined();
      }),
    );
  });

  test("formatYMD output is always read back", () => {
    fc.assert(fc.property(anyDate, (date) => expect(parseDate(formatYMD(date))).toEqual(date)));
  });
});
