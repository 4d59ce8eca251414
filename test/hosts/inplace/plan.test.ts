import { noteText } from "../../../src/engine/messages";
import type { Finding } from "../../../src/engine/model/types";
import { freshMarks, interimState, markKey, scopeMarks } from "../../../src/hosts/inplace/plan";
import { NO_FILL, textHash, type MarkEntry } from "../../../src/hosts/inplace/state";

/** Which cells get which mark (shared by the Excel and WPS hosts): the pure part of a marking run. */
const finding = (sheet: string, cells: string[], severity: Finding["severity"] = "error"): Finding => ({
  ruleId: "RV-PHONE",
  severity,
  sheet,
  row: 5,
  cells,
  params: { value: "123" },
  clause: "TZ 附录A",
});
const entry = (sheet: string, address: string, extra: Partial<MarkEntry> = {}): MarkEntry => ({
  sheet,
  address,
  fill: { color: "#FFC000", pattern: "Solid", patternColor: null },
  mark: "FFC7CE",
  note: "note",
  commentId: "",
  noteHash: "",
  ...extra,
});
const sheets = [
  { name: "张庄", protected: false },
  { name: "李庄", protected: true },
  { name: "王庄", protected: false },
];

test("scope: deleted sheets' entries dropped; a protected sheet named and left whole; leaving cells found", () => {
  const previous = [entry("张庄", "B5"), entry("张庄", "C5"), entry("李庄", "B5"), entry("已删除", "A1")];
  const scope = scopeMarks(sheets, {
    previous,
    findings: [finding("张庄", ["B5"]), finding("李庄", ["D5"]), finding("王庄", ["E5"])],
    scope: new Set(["张庄", "李庄"]),
  });
  expect(scope.previous.map(markKey)).toEqual(previous.slice(0, 3).map(markKey));
  expect(scope.protectedSheets).toEqual(["李庄"]);
  expect(scope.plan.map((m) => `${m.sheet}!${m.address}`)).toEqual(["张庄!B5"]);
  expect(scope.keep.map(markKey)).toEqual([markKey(entry("李庄", "B5"))]);
  expect(scope.leaving.map((e) => e.address)).toEqual(["C5"]);
  expect(scope.anything).toBe(true);
  expect(scopeMarks(sheets, { previous: [], findings: [], scope: new Set(["张庄"]) }).anything).toBe(false);
});

test("fresh marks: an unchanged cell is left alone (its comment id kept); a new, foreign or unlisted one is written", () => {
  const f = finding("张庄", ["B5", "C5", "D5", "E5"]);
  const text = noteText([f], "zh-CN");
  const previous = [
    entry("张庄", "B5", { note: "comment", noteHash: textHash(text), commentId: "{C-1}" }),
    entry("张庄", "E5"),
  ];
  const scope = scopeMarks(sheets, { previous, findings: [f], scope: new Set(["张庄"]) });
  const marks = freshMarks(
    scope,
    {
      fills: new Map([
        [
          markKey({ sheet: "张庄", address: "C5" }),
          { color: "#00FF00", pattern: "Solid", patternColor: null },
        ],
      ]),
      foreign: new Set([markKey({ sheet: "张庄", address: "D5" })]),
      isOurs: (k) => k === markKey({ sheet: "张庄", address: "E5" }),
    },
    "comment",
    "zh-CN",
  );
  const got = (a: string) => marks.fresh.get(markKey({ sheet: "张庄", address: a }));
  expect(got("B5")).toMatchObject({
    note: "comment",
    commentId: "{C-1}",
    fill: previous[0]?.fill,
    mark: "FFC7CE",
  });
  expect(got("C5")).toMatchObject({
    note: "comment",
    commentId: "",
    fill: { color: "#00FF00" },
    noteHash: textHash(text),
  });
  expect(got("D5")).toMatchObject({ note: "", noteHash: "", fill: NO_FILL });
  expect(marks.texts.get(markKey({ sheet: "张庄", address: "D5" }))).toBe("");
  // E5: listed with an old hash and also found as an unlisted note of Anju's: written again.
  expect(marks.changed.map((m) => m.address)).toEqual(["C5", "D5", "E5"]);
  // The interim state: unchanged B5 as it was, the changed ones without a colour.
  const interim = Object.fromEntries(
    interimState(scope, marks).map((e) => [e.address, [e.mark, e.noteHash]]),
  );
  expect(interim).toEqual({ B5: ["FFC7CE", textHash(text)], C5: ["", ""], D5: ["", ""], E5: ["", ""] });
  // No notes on this host (Excel before 1.10): no text, findings go to 校验结果.
  const plain = freshMarks(scope, { fills: new Map(), foreign: new Set(), isOurs: () => false }, "", "zh-CN");
  expect([...plain.fresh.values()].every((e) => e.note === "" && e.noteHash === "")).toBe(true);
});
