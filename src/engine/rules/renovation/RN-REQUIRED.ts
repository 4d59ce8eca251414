import { columnName } from "../relocation/row";
import { cellText } from "../../parse/text";
import { defineRule } from "../types";
import { renovationHousehold, type RenovationRow } from "./row";

const REQUIRED = ["head", "persons", "grade", "method"] as const;

/**
 * 户主姓名, 家庭人口, 危房等级 and 改造方式 are filled for every household (SX 三.2). A 家庭人口 that is not a whole
 * number of persons (1 to 20, configurable) is reported here too: the area bands depend on it.
 */
export default defineRule<RenovationRow>({
  id: "RN-REQUIRED",
  severity: "error",
  clause: "SX 三.2",
  kinds: ["renovation"],
  needs: [],
  row(row, ctx) {
    for (const key of REQUIRED) {
      if (!ctx.has(key) || cellText(ctx.value(row.r, key)) !== "") continue;
      ctx.report({ r: row.r, fields: [key], params: { column: columnName(ctx, key) } });
    }
    const max = ctx.config.renovation.maxPersons;
    if (
      ctx.has("persons") &&
      row.persons.text !== "" &&
      !row.errors.has("persons") &&
      renovationHousehold(row, ctx.config.renovation) === undefined
    ) {
      ctx.report({
        r: row.r,
        fields: ["persons"],
        params: { column: columnName(ctx, "persons"), value: row.persons.text, max, problem: "persons" },
      });
    }
  },
});
