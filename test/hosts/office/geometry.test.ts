import { parseA1 } from "../../../src/engine/model/address";
import {
  addressBatches,
  cellsOf,
  parseAddressList,
  parseRangeAddress,
  rangeAddress,
  toRects,
} from "../../../src/hosts/office/geometry";

const cells = (...addresses: string[]) => addresses.map((a) => parseA1(a) as { row: number; col: number });

test.each([
  ["one cell", ["B7"], ["B7"]],
  ["a run in a row", ["B7", "C7", "D7", "F7"], ["B7:D7", "F7"]],
  ["a column of rows", ["C5", "C6", "C7", "C9"], ["C5:C7", "C9"]],
  ["a block", ["J5", "L5", "J6", "L6", "K6"], ["J5", "L5", "J6:L6"]],
  ["two blocks", ["J5", "K5", "J6", "K6", "J8", "K8"], ["J5:K6", "J8:K8"]],
  ["duplicates", ["A1", "A1", "B1"], ["A1:B1"]],
])("toRects: %s", (_name, input, expected) => {
  const rects = toRects(cells(...input));
  expect(rects.map(rangeAddress)).toEqual(expected);
  // Every input cell is covered exactly once, and nothing else.
  const covered = rects.flatMap((r) => [...cellsOf(r)].map((c) => `${c.row}:${c.col}`)).sort();
  expect(covered).toEqual([...new Set(cells(...input).map((c) => `${c.row}:${c.col}`))].sort());
});

test("addressBatches keeps every list within the area and character limits and loses no area", () => {
  const rects = toRects(Array.from({ length: 3_001 }, (_, i) => ({ row: i * 2, col: i % 5 })));
  for (const [maxAreas, maxChars] of [
    [500, 8_000],
    [7, 60],
    [1_000, 100],
  ] as const) {
    const batches = addressBatches(rects, maxAreas, maxChars);
    for (const b of batches) {
      expect(b.split(", ").length).toBeLessThanOrEqual(maxAreas);
      expect(b.length).toBeLessThanOrEqual(maxChars);
    }
    expect(batches.flatMap((b) => b.split(", "))).toEqual(rects.map(rangeAddress));
  }
});

test.each([
  ["B7", { top: 6, left: 1, bottom: 6, right: 1 }],
  ["$B$7:$C$9", { top: 6, left: 1, bottom: 8, right: 2 }],
  ["张庄村!A1:L24", { top: 0, left: 0, bottom: 23, right: 11 }],
  ["'张 庄''村'!C3", { top: 2, left: 2, bottom: 2, right: 2 }],
  ["A:C", undefined],
])("parseRangeAddress(%s)", (address, expected) => {
  expect(parseRangeAddress(address)).toEqual(expected);
});

test("parseAddressList splits Excel's lists, quoted sheet names with commas included", () => {
  expect(parseAddressList("'a, b'!A1:B2, 'a, b'!D4, Sheet1!$C$3").map(rangeAddress)).toEqual([
    "A1:B2",
    "D4",
    "C3",
  ]);
});
