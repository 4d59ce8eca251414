import { isValidPhoneList } from "../../../src/engine/parse/values";

test.each([
  ["+8613812345678", true],
  ["+86 13812345678", true],
  ["008613812345678", true],
  ["86-13812345678", true],
  ["+8612812345678", false],
  ["+86 0523-83412345", false],
])("a mobile with the country code: %s → %s", (text, ok) => {
  expect(isValidPhoneList(text)).toBe(ok);
});
