import type { CheckedTable } from "../check";
import type { TableKind } from "../model/types";
import type { HeaderMapping } from "./names";

/**
 * 对应表头 (SPEC §13): what a front end offers for a table with missing columns — each missing field by its SPEC
 * label, and the header texts of its band that named no field as the choices — and the county config a choice
 * is kept in. Plain data, so it crosses a worker boundary and is shared by the task pane, the WPS pane and the page.
 */
export interface HeaderGap {
  readonly sheet: string;
  readonly kind: TableKind;
  /** Missing required columns: field key and SPEC label (the name a mapping uses). */
  readonly missing: ReadonlyArray<{ readonly key: string; readonly label: string }>;
  /** Header texts of the band that name no field, as written. */
  readonly candidates: readonly string[];
}

export function headerGaps(tables: readonly CheckedTable[]): HeaderGap[] {
  return tables
    .filter((t) => t.table.header.missing.length > 0)
    .map((t) => ({
      sheet: t.info.sheet,
      kind: t.table.kind,
      missing: t.table.header.missing.map((f) => ({ key: f.key, label: f.label })),
      candidates: [...t.table.header.unmatched],
    }));
}

/** A mapping chosen for a kind's field (a table of that kind had it missing). */
export interface HeaderChoice extends HeaderMapping {
  readonly kind: TableKind;
}

/**
 * The county configuration holding the choices for good: `{ "headers": { kind: { label: [header, …] } } }`, the
 * shape `--config` reads (and validates against the kind's fields).
 */
export function countyHeadersConfig(choices: readonly HeaderChoice[]): {
  headers: Partial<Record<TableKind, Record<string, string[]>>>;
} {
  const headers: Partial<Record<TableKind, Record<string, string[]>>> = {};
  for (const c of choices) {
    const byField = (headers[c.kind] ??= {});
    const list = (byField[c.field] ??= []);
    if (!list.includes(c.header)) list.push(c.header);
  }
  return { headers };
}
