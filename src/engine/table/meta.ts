import type { CellValue } from "../model/types";
import { a1 } from "../model/address";
import type { Grid } from "../model/grid";
import { cellText } from "../parse/text";
import { nfkc } from "../parse/nfkc";

export type MetaKey = "township" | "village" | "fillDate";

export interface MetaEntry {
  /** The value as written: text, or a number for a date typed as an Excel serial. */
  readonly value: CellValue;
  /** A1 address of the label cell, and of the value cell when the value sits in its own cell. */
  readonly labelCell: string;
  readonly valueCell: string;
  readonly row: number;
}

export type MetaEntries = Partial<Record<MetaKey, MetaEntry>>;

const LABELS: ReadonlyArray<[MetaKey, string]> = [
  ["township", "乡镇\\(街道\\)|镇\\(街道\\)|乡\\(镇\\)|乡镇|街道"],
  ["village", "村\\(社区\\)|村\\(居\\)|行政村|社区|村"],
  // 填报时间 is how many printed forms word 填报日期.
  ["fillDate", "填报日期|填表日期|报送日期|填报时间|填表时间|报送时间|日期"],
];
const ANY_LABEL = new RegExp(`(${LABELS.map(([, re]) => re).join("|")})\\s*[:：]`, "g");
const HAS_LABEL = new RegExp(ANY_LABEL.source);
const LABEL_ONLY = LABELS.map(([k, re]) => [k, new RegExp(`^(?:${re})\\s*[:：]?$`)] as const);

function normalise(text: string): string {
  return nfkc(text).replace(/\s+/g, " ").trim();
}

function labelOnly(text: string): MetaKey | undefined {
  const t = normalise(text).replace(/\s/g, "");
  return LABEL_ONLY.find(([, re]) => re.test(t))?.[0];
}

/**
 * Underlines and blanks left in a printed form (`填报日期：______`) are no value, nor is the form's own
 * `____年__月__日` left unfilled.
 */
function cleanValue(text: string): string {
  const value = text.replace(/[_＿\s]+/g, " ").trim();
  return /^年\s*月\s*日$/.test(value) ? "" : value;
}

/**
 * Reads the meta row(s) of a table (乡镇（街道）/村（社区）/填报日期), in one cell or spread over several.
 * A label's value is the text after its colon in the same cell, else the next non-empty cell that is not itself a
 * label (SPEC §1). Rows are searched in the given order and the first occurrence of each label wins.
 */
export function readMeta(grid: Grid, rows: readonly number[]): MetaEntries {
  const out: MetaEntries = {};
  for (const r of rows) {
    const cells: Array<{ c: number; v: CellValue; t: string }> = [];
    for (let c = 0; c < grid.colCount; c++) {
      const v = grid.raw(r, c);
      const t = cellText(v);
      if (t !== "") cells.push({ c, v, t });
    }
    cells.forEach((cell, i) => {
      const next = () => {
        const n = cells[i + 1];
        return n && labelOnly(n.t) === undefined && !HAS_LABEL.test(normalise(n.t)) ? n : undefined;
      };

      const only = labelOnly(cell.t);
      if (only) {
        if (out[only]) return;
        const n = next();
        out[only] = {
          value: n ? (typeof n.v === "number" ? n.v : cleanValue(n.t)) : "",
          labelCell: a1(r, cell.c),
          valueCell: a1(r, n ? n.c : cell.c),
          row: r,
        };
        return;
      }
      if (typeof cell.v !== "string") return;
      const text = normalise(cell.t);
      const found: Array<{ key: MetaKey; start: number; end: number }> = [];
      for (const m of text.matchAll(ANY_LABEL)) {
        const label = m[1] ?? "";
        const key = LABEL_ONLY.find(([, re]) => re.test(label))?.[0];
        if (key) found.push({ key, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
      }
      found.forEach((f, j) => {
        if (out[f.key]) return;
        const after = found[j + 1];
        let value = cleanValue(text.slice(f.end, after ? after.start : undefined));
        let valueCell = a1(r, cell.c);
        let raw: CellValue = value;
        if (value === "" && !after) {
          const n = next();
          if (n) {
            value = cleanValue(n.t);
            raw = typeof n.v === "number" ? n.v : value;
            valueCell = a1(r, n.c);
          }
        }
        out[f.key] = { value: raw, labelCell: a1(r, cell.c), valueCell, row: r };
      });
    });
  }
  return out;
}
