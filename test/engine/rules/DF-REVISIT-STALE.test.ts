import { renderMessage } from "../../../src/engine/messages";
import { cur, diffMarks, diffRun } from "./diff-harness";
import type { Household } from "./harness";

const RULE = "DF-REVISIT-STALE";

describe(`${RULE}: 回访时间 later than last time's`, () => {
  test.each<[string, Household, Household]>([
    ["revisited since", {}, {}],
    ["one day later", { revisitDate: "2024-05-19" }, { revisitDate: "2024-05-20" }],
    ["written differently, later", {}, { revisitDate: "2024年5月20日" }],
    ["last time unreadable", { revisitDate: "不详" }, { revisitDate: "2023-12-10" }],
    ["now unreadable (RV-REVISIT-DATE's business)", {}, { revisitDate: "上周" }],
    ["now empty", {}, { revisitDate: null }],
  ])("%s: no finding", (_, before, now) => {
    expect(diffMarks(RULE, [before], [now])).toEqual([]);
  });

  test.each<[string, Household, Household, string]>([
    [
      "copied unchanged",
      {},
      { revisitDate: "2023-12-10" },
      "户主1：回访时间 2023-12-10 与上次报送相同，本半年似未重新回访（TZ 12.2 每半年回访一次）。",
    ],
    [
      "the same date written another way",
      {},
      { revisitDate: "2023.12.10" },
      "户主1：回访时间 2023-12-10 与上次报送相同，本半年似未重新回访（TZ 12.2 每半年回访一次）。",
    ],
    [
      "earlier than last time",
      {},
      { revisitDate: "2023-11-30" },
      "户主1：回访时间 2023-11-30 早于上次报送的回访时间 2023-12-10，本半年似未重新回访。",
    ],
  ])("%s: warning on 回访时间", (_, before, now, message) => {
    const found = diffRun(RULE, [before], [now]);
    expect(found.map((f) => cur(f.row, f.cells, f.severity))).toEqual([cur(5, ["I5"], "warning")]);
    expect(found.map((f) => renderMessage(f))).toEqual([message]);
  });
});
