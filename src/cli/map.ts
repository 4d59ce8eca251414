import type { CheckedTable } from "../engine/check";
import { headerForms, parseMapping, resolveField, type HeaderMapping } from "../engine/header/names";
import { CliError } from "./errors";

/**
 * `--map 字段=表头` (repeatable, SPEC §13): each pair parsed and its field resolved before any file is read; a
 * malformed pair or a field no table kind has is a usage error naming it.
 */
export function parseMapArgs(args: readonly string[] | undefined): HeaderMapping[] {
  const out: HeaderMapping[] = [];
  for (const arg of args ?? []) {
    const m = parseMapping(arg);
    if (!m) throw new CliError("mapBad", { arg });
    if (resolveField(m.field).length === 0) {
      throw new CliError("mapUnknownField", { field: m.field });
    }
    out.push(m);
  }
  return out;
}

/**
 * Every mapping must have named a column of some table checked (of a kind that has its field); one whose header
 * matches nothing is a usage error naming it, so a typo is not silently a GEN-MISSING-COLUMN.
 */
export function assertMappingsUsed(maps: readonly HeaderMapping[], tables: readonly CheckedTable[]): void {
  for (const m of maps) {
    const forms = headerForms(m.header);
    const used = resolveField(m.field).some((ref) =>
      tables.some((x) => {
        if (x.table.kind !== ref.kind) return false;
        const col = x.table.header.mapped.get(ref.key);
        return col !== undefined && (forms.includes(col.leaf) || forms.includes(col.path));
      }),
    );
    if (!used) {
      const params = { field: m.field, header: m.header };
      throw new CliError("mapNoHeader", params);
    }
  }
}
