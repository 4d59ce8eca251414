import { daysInMonth } from "../../../src/engine/parse/date";

/** `daysInMonth` counts real months by arithmetic: it must agree with the Date computation it replaced. */
describe("daysInMonth", () => {
  test.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2024, 4, 30],
    [2024, 12, 31],
  ])("%i-%i has %i days", (y, m, days) => {
    expect(daysInMonth(y, m)).toBe(days);
  });

  test("agrees with Date.UTC for every month of years -5…2499, out-of-range months and non-integers included", () => {
    const dateDays = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
    const mismatches: Array<[number, number]> = [];
    for (let y = -5; y < 2500; y++)
      for (let m = -2; m <= 14; m++) if (daysInMonth(y, m) !== dateDays(y, m)) mismatches.push([y, m]);
    for (const [y, m] of [
      [2024.5, 2],
      [2024, 2.5],
      [NaN, 2],
      [2024, NaN],
    ] as const)
      if (String(daysInMonth(y, m)) !== String(dateDays(y, m))) mismatches.push([y, m]);
    expect(mismatches).toEqual([]);
  });
});
