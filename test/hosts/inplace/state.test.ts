import { decodeState, encodeState, textHash, type MarkEntry } from "../../../src/hosts/inplace/state";
import { decodeState as decodeWpsState } from "../../../src/hosts/wps/state";

const entries: MarkEntry[] = [
  {
    sheet: "张庄村",
    address: "C5",
    fill: { color: "#FFC000", pattern: "Solid", patternColor: "#000000" },
    mark: "FFEB9C",
    note: "note",
    commentId: "",
    noteHash: textHash("【RV-PHONE】警告"),
  },
  {
    sheet: "=cmd|' /C calc'!A0",
    address: "J8",
    fill: { color: null, pattern: "None", patternColor: null },
    mark: "FFC7CE",
    note: "comment",
    commentId: "{ABC-1}",
    noteHash: "",
  },
];

test("the state round-trips through the sheet's column A, every cell starting with {", () => {
  const rows = encodeState(entries, "请勿修改");
  expect(rows).toHaveLength(3);
  for (const [cell] of rows) expect(cell?.startsWith("{")).toBe(true);
  expect(decodeState(rows.map((r) => r[0]))).toEqual({ entries, damaged: 0 });
});

test("rows edited by hand are counted as damaged, not trusted", () => {
  const rows: unknown[][] = encodeState(entries, "x");
  rows[1] = ["改过了"];
  rows.push([""], ['{"s":"x"}']);
  const decoded = decodeState(rows.map((r) => r[0]));
  expect(decoded.entries).toEqual([entries[1]]);
  expect(decoded.damaged).toBe(2);
});

test("a sheet that is not Anju's state reads as no entries", () => {
  expect(decodeState(["随便什么", "{}", null, ""])).toEqual({ entries: [], damaged: 2 });
});

test("WPS reads the Office host's state: a threaded comment counts as Anju's note, no comment id kept", () => {
  const column = encodeState(entries, "x").map((r) => r[0]);
  const wps = decodeWpsState(column);
  expect(wps.entries.map((e) => [e.address, e.note, e.commentId])).toEqual([
    ["C5", "note", ""],
    ["J8", "note", ""],
  ]);
  // Written back by WPS, the state is the same but for the id.
  expect(decodeState(encodeState(wps.entries, "x").map((r) => r[0])).entries).toEqual(
    entries.map((e) => ({ ...e, note: "note", commentId: "" })),
  );
});
