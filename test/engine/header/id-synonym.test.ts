import { REVISIT_FIELDS } from "../../../src/engine/header/fields";

test("公民身份号码, the standard's own term, names the ID column", () => {
  const id = REVISIT_FIELDS.find((f) => f.key === "idNumber");
  expect(id?.match("公民身份号码", "公民身份号码")).toBe(true);
  expect(id?.match("身份证号码", "身份证号码")).toBe(true);
  expect(id?.match("房屋地址", "房屋地址")).toBe(false);
});
