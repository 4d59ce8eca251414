import { TABLE_KINDS, type TableKind } from "../model/types";
import { fold } from "../parse/text";
import { FIELDS } from "./fields";

/**
 * A county's own header words for the fields (SPEC §13): `--map 竣工验收=完工核验` and the config's `headers`.
 *
 * A field is named by its SPEC label as SPEC §1 writes it (户主姓名, 竣工验收, 补助资金, 处理意见 维修加固), its
 * key (`acceptance`), or — for the grouped revisit columns — by the label without its group when that names one
 * field of the kind only (`维修加固` = 处理意见 维修加固, since the history column is 维修加固年份), or with the group
 * written as the SPEC's table writes it (`以往危房改造情况 › 维修加固年份`). A header is compared folded (full
 * width, whitespace and line breaks ignored) with a column's lowest header cell and with its whole header path
 * (`以往危房改造情况维修加固年份`; `›`, `>` and `/` between the parts are ignored).
 */
export interface FieldRef {
  readonly kind: TableKind;
  readonly key: string;
}

/** One `字段=表头` pair as given. */
export interface HeaderMapping {
  readonly field: string;
  readonly header: string;
}

/** kind → field key → folded header texts that name it. */
export type HeaderSynonyms = Partial<Record<TableKind, ReadonlyMap<string, readonly string[]>>>;

/** Group headers of the grouped revisit columns, as SPEC §1.1 writes them. */
const GROUPS: Readonly<Record<string, string>> = {
  notRenovated: "以往危房改造情况",
  reinforcedYear: "以往危房改造情况",
  rebuiltYear: "以往危房改造情况",
  actReinforce: "处理意见",
  actRebuild: "处理意见",
};

const SEPARATORS = /[›>/／|]/g;

/** Folded forms a header (or field name) is compared by. */
export function headerForms(text: string): string[] {
  const f = fold(text);
  const bare = f.replace(SEPARATORS, "");
  return bare === f ? [f] : [f, bare];
}

function namesOf(key: string, label: string): string[] {
  const out = new Set<string>([fold(label), key.toLowerCase()]);
  const group = GROUPS[key];
  const space = label.indexOf(" ");
  if (space > 0) out.add(fold(label.slice(space + 1)));
  if (group) out.add(fold(group + label.slice(space + 1)));
  return [...out];
}

/** The fields a name denotes, one per kind that has it (户主姓名 is a field of every kind). */
export function resolveField(name: string, kinds: readonly TableKind[] = TABLE_KINDS): FieldRef[] {
  const wanted = headerForms(name).map((n) => n.toLowerCase());
  const out: FieldRef[] = [];
  for (const kind of kinds) {
    const hits = FIELDS[kind].filter((f) =>
      namesOf(f.key, f.label).some((n) => wanted.includes(n.toLowerCase())),
    );
    // The full label or key first; a short name (维修加固) only when it names one field of the kind.
    const exact = hits.filter(
      (f) => wanted.includes(fold(f.label).toLowerCase()) || wanted.includes(f.key.toLowerCase()),
    );
    const pick = exact.length > 0 ? exact : hits.length === 1 ? hits : [];
    for (const f of pick) out.push({ kind, key: f.key });
  }
  return out;
}

/** `字段=表头` (an ASCII or full-width `=`; the header may itself hold `=`). Undefined when malformed. */
export function parseMapping(arg: string): HeaderMapping | undefined {
  const m = /^([^=＝]*)[=＝](.*)$/.exec(arg);
  if (!m) return undefined;
  const field = (m[1] ?? "").trim();
  const header = (m[2] ?? "").trim();
  if (field === "" || header === "") return undefined;
  return { field, header };
}

/** The config's `headers` (kind → field name → texts) and the mappings given, by kind and field key. */
export function headerSynonyms(
  config: Partial<Record<TableKind, Readonly<Record<string, string | readonly string[]>>>> | undefined,
  mappings: readonly HeaderMapping[] = [],
): HeaderSynonyms {
  const acc: Partial<Record<TableKind, Map<string, string[]>>> = {};
  const add = (ref: FieldRef, header: string) => {
    const byKey = (acc[ref.kind] ??= new Map());
    const list = byKey.get(ref.key) ?? [];
    for (const f of headerForms(header)) if (!list.includes(f)) list.push(f);
    byKey.set(ref.key, list);
  };
  for (const kind of TABLE_KINDS) {
    for (const [name, texts] of Object.entries(config?.[kind] ?? {})) {
      for (const ref of resolveField(name, [kind]))
        for (const text of typeof texts === "string" ? [texts] : texts) add(ref, text);
    }
  }
  for (const m of mappings) for (const ref of resolveField(m.field)) add(ref, m.header);
  return acc;
}

/** True when the texts name the column (its folded lowest header cell or its folded path). */
export function namesColumn(texts: readonly string[], path: string, leaf: string): boolean {
  return texts.includes(leaf) || texts.includes(path);
}
