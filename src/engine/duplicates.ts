import type { Finding } from "./model/types";
import householdRule, { firstOthers, householdKeys } from "./rules/general/GEN-DUPLICATE";
import type { CheckedTable } from "./table-check";
import { toFinding } from "./table-check";

/**
 * One household in two tables of one workbook: a warning on every copy (SPEC §2.1), copies repeated inside one
 * table included. Each copy is reported once, marking the cells of every key it shares with another table and
 * naming the copies in the other tables (those in its own table have GEN-DUPLICATE's error).
 */
export function crossTableDuplicates(tables: readonly CheckedTable[]): Finding[] {
  if (tables.length < 2) return [];
  type Copy = { readonly t: number; readonly r: number; readonly fields: readonly string[] };
  const where = new Map<string, Copy[]>();
  tables.forEach((t, i) => {
    for (const row of t.rows) {
      for (const k of householdKeys(row.r, t.context)) {
        const list = where.get(k.key) ?? [];
        list.push({ t: i, r: row.r, fields: k.fields });
        where.set(k.key, list);
      }
    }
  });
  // Each copy's key groups (copies in table order, then row order); the other tables' copies are listed from
  // them, the first ten only (see LISTED_COPIES): never one list per copy of every other copy.
  const found = new Map<string, { t: number; r: number; fields: Set<string>; groups: Copy[][] }>();
  const perTable = new Map<Copy[], Map<number, number>>();
  for (const copies of where.values()) {
    if (copies.length < 2 || copies.every((c) => c.t === copies[0]?.t)) continue;
    const count = new Map<number, number>();
    for (const c of copies) count.set(c.t, (count.get(c.t) ?? 0) + 1);
    perTable.set(copies, count);
    for (const copy of copies) {
      const id = `${copy.t}!${copy.r}`;
      const entry = found.get(id) ?? { t: copy.t, r: copy.r, fields: new Set(), groups: [] };
      for (const f of copy.fields) entry.fields.add(f);
      entry.groups.push(copies);
      found.set(id, entry);
    }
  }
  const out: Finding[] = [];
  for (const entry of found.values()) {
    const table = tables[entry.t];
    if (!table) continue;
    const { listed, more } = firstOthers(
      entry.groups.map((g) => ({ items: g, others: g.length - (perTable.get(g)?.get(entry.t) ?? 0) })),
      (g, n) => otherTables(g, entry.t, n),
      (a, b) => a.t - b.t || a.r - b.r,
    );
    const others = `${listed.map((o) => `${tables[o.t]?.info.sheet ?? ""}!${o.r + 1}`).join("、")}${more ? "…" : ""}`;
    out.push(
      toFinding(householdRule, table.table, {
        r: entry.r,
        fields: [...entry.fields],
        severity: "warning",
        params: { rows: others, scope: "workbook" },
      }),
    );
  }
  return out;
}

/** The first `n` copies of a key group (ordered by table, then row) that lie in a table other than `t`. */
function otherTables<T extends { readonly t: number }>(group: readonly T[], t: number, n: number): T[] {
  // t's own copies are contiguous: [lo, hi), found by binary search, so a call costs O(n + log size).
  const bound = (above: boolean) => {
    let lo = 0;
    let hi = group.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const mt = (group[mid] as T).t;
      if (mt < t || (above && mt === t)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const start = bound(false);
  const end = bound(true);
  return [...group.slice(0, Math.min(start, n)), ...group.slice(end, end + Math.max(0, n - start))];
}
