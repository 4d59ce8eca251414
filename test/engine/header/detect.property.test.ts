import fc from "fast-check";
import type { CellValue } from "../../../src/engine/model/types";
import { sheetFrom } from "../rules/harness";
import { detect, household, META_ONE_CELL, STANDARD_COLUMNS } from "./layouts";

/** Header wordings SPEC §1.1 accepts for each column of the standard layout, in column order. */
const WORDINGS: readonly (readonly string[])[] = [
  ["序号"],
  ["户主姓名", "户主"],
  ["联系方式", "联系电话", "电话"],
  ["房屋地址", "地址", "住址"],
  ["身份证号", "身份证号码"],
  ["未改造"],
  ["维修加固年份", "维修加固(年份)"],
  ["重建安置年份", "重建安置(年份)"],
  ["回访时间"],
  ["房屋安全状况", "房屋安全状况(A/B/C/D)"],
  ["维修加固"],
  ["重建安置"],
];
const GROUPS = ["基本资料", "以往危房改造情况", "回访情况", "处理意见"];

/** How a header was typed: stray spaces and line breaks anywhere, ASCII and brackets maybe full-width. */
interface Typing {
  readonly breaks: ReadonlyArray<{ readonly at: number; readonly ws: string }>;
  readonly fullWidth: boolean;
}
const typing: fc.Arbitrary<Typing> = fc.record({
  breaks: fc.array(
    fc.record({ at: fc.nat(), ws: fc.constantFrom(" ", "  ", "\n", "\r\n", "\u3000", "\t", "\u00a0") }),
    { maxLength: 3 },
  ),
  fullWidth: fc.boolean(),
});

function typed(text: string, how: Typing): string {
  let s = how.fullWidth
    ? text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0))
    : text;
  for (const b of how.breaks) {
    const at = b.at % (s.length + 1);
    s = s.slice(0, at) + b.ws + s.slice(at);
  }
  return s;
}

const headerCase = fc.record({
  words: fc.tuple(...WORDINGS.map((w) => fc.constantFrom(...w))),
  headerTyping: fc.array(typing, { minLength: 12, maxLength: 12 }),
  groupTyping: fc.array(typing, { minLength: 4, maxLength: 4 }),
  yearTyping: fc.array(typing, { minLength: 2, maxLength: 2 }),
});

function groupRow(texts: readonly string[]): CellValue[] {
  return [texts[0], null, null, null, null, texts[1], null, null, texts[2], null, texts[3], null].map(
    (v) => v ?? null,
  );
}

describe("header detection does not depend on how the headers were typed", () => {
  test("2-row header (group row + one header row)", () => {
    fc.assert(
      fc.property(headerCase, ({ words, headerTyping, groupTyping }) => {
        const headers = words.map((w, i) => typed(w, headerTyping[i] ?? { breaks: [], fullWidth: false }));
        const groups = GROUPS.map((g, i) => typed(g, groupTyping[i] ?? { breaks: [], fullWidth: false }));
        const sheet = sheetFrom(
          "村",
          [["评估汇总表"], [META_ONE_CELL], groupRow(groups), headers, household(1), household(2)],
          ["A1:L1", "A2:L2", "A3:E3", "F3:H3", "I3:J3", "K3:L3"],
        );
        const d = detect(sheet);
        expect(d.columns).toEqual(STANDARD_COLUMNS);
        expect(d.info).toMatchObject({
          kind: "revisit",
          headerRows: [3, 4],
          firstDataRow: 5,
          lastDataRow: 6,
        });
        expect(d.findings).toEqual([]);
      }),
    );
  });

  test("3-row header with 维修加固 / 重建安置 over 年份 split across rows", () => {
    fc.assert(
      fc.property(headerCase, ({ words, headerTyping, groupTyping, yearTyping }) => {
        // The history columns carry 年份 on the row below; every other header is merged down over it.
        const upper = words.map((w, i) => (i === 6 || i === 7 ? w.replace(/\(?年份\)?$/, "") : w));
        const headers = upper.map((w, i) => typed(w, headerTyping[i] ?? { breaks: [], fullWidth: false }));
        const groups = GROUPS.map((g, i) => typed(g, groupTyping[i] ?? { breaks: [], fullWidth: false }));
        const years = [0, 1].map((i) => typed("年份", yearTyping[i] ?? { breaks: [], fullWidth: false }));
        const merged = ["A", "B", "C", "D", "E", "F", "I", "J", "K", "L"].map((c) => `${c}4:${c}5`);
        const sheet = sheetFrom(
          "村",
          [
            ["评估汇总表"],
            [META_ONE_CELL],
            groupRow(groups),
            headers,
            [null, null, null, null, null, null, years[0], years[1]],
            household(1),
          ],
          ["A1:L1", "A2:L2", "A3:E3", "F3:H3", "I3:J3", "K3:L3", ...merged],
        );
        const d = detect(sheet);
        expect(d.columns).toEqual(STANDARD_COLUMNS);
        expect(d.info).toMatchObject({
          kind: "revisit",
          headerRows: [3, 4, 5],
          firstDataRow: 6,
          lastDataRow: 6,
        });
        expect(d.findings).toEqual([]);
      }),
    );
  });

  test("one header row in any column order, with any typing", () => {
    const keys = Object.keys(STANDARD_COLUMNS);
    fc.assert(
      fc.property(
        headerCase,
        fc.shuffledSubarray([...keys.keys()], { minLength: 12, maxLength: 12 }),
        ({ words, headerTyping }, order) => {
          const headers = order.map((i) =>
            typed(words[i] ?? "", headerTyping[i] ?? { breaks: [], fullWidth: false }),
          );
          const row = household(1);
          const sheet = sheetFrom("村", [[META_ONE_CELL], headers, order.map((i) => row[i] ?? null)]);
          const d = detect(sheet);
          const expected = Object.fromEntries(order.map((i, c) => [keys[i], String.fromCharCode(65 + c)]));
          expect(d.columns).toEqual(expected);
          expect(d.info).toMatchObject({ kind: "revisit", headerRows: [2], firstDataRow: 3, lastDataRow: 3 });
          expect(d.findings).toEqual([]);
        },
      ),
    );
  });
});
