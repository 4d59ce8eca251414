import { MARK_COLORS } from "../marks";
import { columnLetter } from "../model/address";
import { EMPTY_BOXES, TICK_NO_WORDS } from "../parse/values";
import type { CellRange, Severity } from "../model/types";
import type { SheetConditionalFormat } from "../summary/sheets/layout";
import type { TemplateKind } from "./columns";

/**
 * Conditional formats that colour the cross-field violations of a row as they are typed (SPEC §12), in the
 * colours of SPEC §3, on exactly the cells the rule marks. They mirror the rules, so a blank table warns even in
 * an Excel or WPS without Anju:
 *
 * - RV-D-NOT-REBUILD: grade D and 重建安置 not ticked — grade and 重建安置 (and 维修加固 when it is ticked);
 * - RV-C-NO-ACTION: grade C and neither disposition ticked — grade and both dispositions;
 * - RV-ACTION-BOTH: both dispositions ticked — both;
 * - RV-HISTORY-CONFLICT: 未改造 ticked and a year filled — 未改造 and each filled year;
 * - RV-AB-ACTION (warning): grade A or B with a disposition ticked — grade and the ticked disposition;
 * - RN-D-REINFORCE (renovation ledger): 危房等级 D renovated by 维修加固 — both.
 *
 * A tick is read as the engine reads it (SPEC §1.1): empty, 否, 无, ×, N, 0 … (the engine's own list) are no tick;
 * a year cell holding one of them is empty.
 */
export function templateFormats(
  kind: TemplateKind,
  columns: ReadonlyMap<string, number>,
  first: number,
  last: number,
): SheetConditionalFormat[] {
  const col = (key: string) => {
    const c = columns.get(key);
    if (c === undefined) throw new Error(`template has no ${key} column`);
    return c;
  };
  const ref = (key: string) => `$${columnLetter(col(key))}${first + 1}`;
  const range = (...keys: string[]): CellRange[] =>
    keys.map((k) => ({ top: first, bottom: last, left: col(k), right: col(k) }));
  const out: SheetConditionalFormat[] = [];
  const add = (ruleId: string, severity: Severity, keys: string[], formula: string) =>
    out.push({ ruleId, ranges: range(...keys), formula, fill: `#${MARK_COLORS[severity]}` });

  if (kind === "revisit") {
    const grade = (g: string) => `TRIM(${ref("grade")})="${g}"`;
    const reinforce = ticked(ref("actReinforce"));
    const rebuild = ticked(ref("actRebuild"));
    const noReinforce = notTicked(ref("actReinforce"));
    const noRebuild = notTicked(ref("actRebuild"));
    const history = ticked(ref("notRenovated"));
    const filled = (key: string) => ticked(ref(key));
    add("RV-D-NOT-REBUILD", "error", ["grade", "actRebuild"], `AND(${grade("D")},${noRebuild})`);
    add("RV-D-NOT-REBUILD", "error", ["actReinforce"], `AND(${grade("D")},${noRebuild},${reinforce})`);
    add(
      "RV-C-NO-ACTION",
      "error",
      ["grade", "actReinforce", "actRebuild"],
      `AND(${grade("C")},${noReinforce},${noRebuild})`,
    );
    add("RV-ACTION-BOTH", "error", ["actReinforce", "actRebuild"], `AND(${reinforce},${rebuild})`);
    add(
      "RV-HISTORY-CONFLICT",
      "error",
      ["notRenovated"],
      `AND(${history},OR(${filled("reinforcedYear")},${filled("rebuiltYear")}))`,
    );
    for (const year of ["reinforcedYear", "rebuiltYear"])
      add("RV-HISTORY-CONFLICT", "error", [year], `AND(${history},${filled(year)})`);
    const ab = `OR(${grade("A")},${grade("B")})`;
    add("RV-AB-ACTION", "warning", ["grade"], `AND(${ab},OR(${reinforce},${rebuild}))`);
    add("RV-AB-ACTION", "warning", ["actReinforce"], `AND(${ab},${reinforce})`);
    add("RV-AB-ACTION", "warning", ["actRebuild"], `AND(${ab},${rebuild})`);
  }
  if (kind === "renovation") {
    add(
      "RN-D-REINFORCE",
      "error",
      ["grade", "method"],
      `AND(LEFT(TRIM(${ref("grade")}),1)="D",ISNUMBER(SEARCH("加固",${ref("method")})))`,
    );
  }
  return out;
}

/** `{"","否","无",…}`: the words that leave a box empty, as an Excel array constant. */
const NO_TICK = `{${[...TICK_NO_WORDS, ...EMPTY_BOXES].map((w) => `"${w}"`).join(",")}}`;

/** True when the cell holds no tick (Excel compares text without case, as the engine folds it). */
function notTicked(cell: string): string {
  return `OR(TRIM(${cell})=${NO_TICK})`;
}

function ticked(cell: string): string {
  return `NOT(${notTicked(cell)})`;
}
