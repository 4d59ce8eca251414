import type { HeaderChoice } from "../../engine/header/gaps";
import type { HeaderMapping } from "../../engine/header/names";
import { TABLE_KINDS, type TableKind } from "../../engine/model/types";
import type { DocumentSettings } from "./port";

/** The workbook setting that keeps 对应表头 (SPEC §13): JSON of HeaderChoice[]. */
export const HEADER_SETTING = "anju.headers";

/**
 * 对应表头 in the task panes: the header choices in force for the open workbook, read from its settings at start
 * and saved there on each change (Excel's document settings, WPS's very hidden _anju_settings sheet), so that every later check
 * — in this session and after the workbook is opened again — uses them. Without settings they last the session.
 */
export class HeaderChoices {
  private list: HeaderChoice[];

  constructor(private readonly settings: DocumentSettings | undefined) {
    this.list = parseChoices(settings?.get(HEADER_SETTING));
  }

  get keptIn(): "workbook" | "session" {
    return this.settings ? "workbook" : "session";
  }

  choices(): readonly HeaderChoice[] {
    return this.list;
  }

  /** The choices as the check's `map` (field label = header text), each pair once. */
  mapping(): HeaderMapping[] {
    const seen = new Set<string>();
    const out: HeaderMapping[] = [];
    for (const c of this.list) {
      const key = `${c.field}\u0000${c.header}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push({ field: c.field, header: c.header });
      }
    }
    return out;
  }

  /** A later choice for the same kind and field replaces the earlier one. */
  async apply(choices: readonly HeaderChoice[]): Promise<void> {
    const byField = new Map<string, HeaderChoice>();
    for (const c of choices)
      byField.set(`${c.kind}\u0000${c.field}`, { kind: c.kind, field: c.field, header: c.header });
    this.list = [...byField.values()];
    await this.settings?.set(HEADER_SETTING, JSON.stringify(this.list));
  }
}

/** What the setting holds, keeping only well-formed choices (a hand-edited or damaged value is not an error). */
export function parseChoices(text: string | undefined): HeaderChoice[] {
  if (!text) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const out: HeaderChoice[] = [];
  for (const v of value as unknown[]) {
    if (typeof v !== "object" || v === null) continue;
    const { kind, field, header } = v as Record<string, unknown>;
    if (typeof field !== "string" || typeof header !== "string" || field === "" || header === "") continue;
    if (!(TABLE_KINDS as readonly unknown[]).includes(kind)) continue;
    out.push({ kind: kind as TableKind, field, header });
  }
  return out;
}
