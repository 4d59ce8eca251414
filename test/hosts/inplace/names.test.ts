import { freeSheetName } from "../../../src/hosts/inplace/names";

test.each<[string, string[], string]>([
  ["张庄村", ["说明"], "张庄村"],
  ["张庄村", ["说明", "张庄村"], "张庄村 (2)"],
  ["张庄村", ["张庄村", "张庄村 (2)"], "张庄村 (3)"],
  ["Sheet1", ["SHEET1"], "Sheet1 (2)"],
  ["a".repeat(31), ["a".repeat(31)], `${"a".repeat(27)} (2)`],
  ["b".repeat(40), [], "b".repeat(31)],
])("freeSheetName(%s, %j) = %s", (wanted, taken, name) => {
  expect(freeSheetName(wanted, taken)).toBe(name);
  expect(name.length).toBeLessThanOrEqual(31);
});
