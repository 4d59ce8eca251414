import { METHOD_NAMES, type RenovationMethod } from "../../parse/ledger";
import { parseYear } from "../../parse/values";
import type { CrossPlace, Place, RenovationHousehold, RevisitHousehold } from "./types";

/** A renovation ledger row is completed when its 竣工验收 is 是 or a report number (SPEC §11). */
export function completed(h: RenovationHousehold): boolean {
  return h.row.acceptance.answer === "yes";
}

/** The ledger row's 改造年度, when it is a readable year. */
export function renovationYear(h: RenovationHousehold): number | undefined {
  const { context } = h.at.table;
  return parseYear(context.value(h.at.r, "year"), h.at.table.table.date1904);
}

/** 维修加固 / 拆除重建 as messages say it; 改造 when the ledger's 改造方式 names neither. */
export function methodName(method: RenovationMethod | undefined): string {
  return method ? METHOD_NAMES[method] : "改造";
}

/** The disposition a revisit row ticks, when it ticks exactly one. */
export function tickedAction(h: RevisitHousehold): RenovationMethod | undefined {
  const { actReinforce, actRebuild } = h.row;
  if (actReinforce === actRebuild) return undefined;
  return actReinforce ? "reinforce" : "rebuild";
}

/** The revisit history year column that records a renovation of this method. */
export function yearField(method: RenovationMethod): "reinforcedYear" | "rebuiltYear" {
  return method === "reinforce" ? "reinforcedYear" : "rebuiltYear";
}

/** `file sheet!row` of another place, the file left out when it is the finding's own (messages name both places). */
export function where(other: Place, from: Place): string {
  const at = `${other.table.info.sheet}!${other.r + 1}`;
  return other.file === from.file ? at : `${other.file} ${at}`;
}

/** A related place: the row of another table and the cells of `fields` in it. */
export function related(at: Place, ...fields: string[]): CrossPlace {
  return { at, fields };
}
