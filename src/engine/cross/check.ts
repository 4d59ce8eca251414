import { FindingsLimitError } from "../check";
import { DEFAULT_CONFIG, type Config } from "../config";
import { a1 } from "../model/address";
import type { Finding, RelatedPlace } from "../model/types";
import { cellText } from "../parse/text";
import { CROSS_RULES } from "../rules/cross";
import type { CrossPlace, CrossReport, CrossRule } from "../rules/cross/types";
import { buildCrossIndex, type CrossInput } from "./households";

/** An XT finding and the index of the input file it sits in. */
export interface CrossFinding {
  readonly fileIndex: number;
  readonly finding: Finding;
}

/**
 * The cross-table rules of SPEC §11 over all tables of all the checked files: one index of their households
 * (SPEC §9), then each XT rule once over it. Every finding names its file and lists the other places in `related`.
 */
export function crossCheck(inputs: readonly CrossInput[], config: Config = DEFAULT_CONFIG): CrossFinding[] {
  const index = buildCrossIndex(inputs);
  const out: CrossFinding[] = [];
  const max = config.limits.maxFindings;
  for (const rule of CROSS_RULES) {
    rule.check(index, (r) => {
      if (out.length >= max) throw new FindingsLimitError(max);
      out.push({ fileIndex: r.at.fileIndex, finding: toFinding(rule, r) });
    });
  }
  return out;
}

function toFinding(rule: CrossRule, r: CrossReport): Finding {
  const { context, info } = r.at.table;
  return {
    ruleId: rule.id,
    severity: r.severity ?? rule.severity,
    sheet: info.sheet,
    row: r.row ?? r.at.r + 1,
    cells: cellsOf(r),
    params: { name: cellText(context.value(r.at.r, "head")), ...r.params },
    clause: rule.clause,
    file: r.at.file,
    related: r.related.map(relatedPlace),
  };
}

function relatedPlace(p: CrossPlace): RelatedPlace {
  return { file: p.at.file, sheet: p.at.table.info.sheet, row: p.row ?? p.at.r + 1, cells: cellsOf(p) };
}

/** The A1 addresses of a place's fields in its row, left to right (absent columns left out). */
function cellsOf(p: CrossPlace): string[] {
  const columns = p.at.table.table.header.columns;
  const cols: number[] = [];
  for (const key of p.fields) {
    const c = columns.get(key);
    if (c !== undefined && !cols.includes(c)) cols.push(c);
  }
  return cols.sort((a, b) => a - b).map((c) => a1(p.at.r, c));
}
