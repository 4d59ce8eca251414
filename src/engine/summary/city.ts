import type { Config } from "../config";
import { fold } from "../parse/text";

/** Shown (and counted) for a township whose 市（区） neither the configuration nor its addresses give. */
export const UNSPECIFIED_CITY = "未指定";

/** Where a township's 市（区） came from; the summary states it, so a city is never guessed silently. */
export type CitySource = "config" | "township" | "address" | "none";

export interface CityAssignment {
  readonly city: string;
  readonly from: CitySource;
  /** 市（区） read from the households' 房屋地址, with how many addresses start with each, most first. */
  readonly votes: ReadonlyArray<readonly [string, number]>;
  /** Households whose address was looked at. */
  readonly addresses: number;
}

/**
 * The 市（区） an address starts with (`兴化市戴窑镇…` → 兴化市), also after a province and prefecture
 * (`江苏省泰州市姜堰区…` → 姜堰区). Undefined when it starts with none of the configured 市（区）.
 */
export function cityOfAddress(address: string, cities: readonly string[]): string | undefined {
  const text = fold(address);
  if (text === "") return undefined;
  const afterProvince = text.replace(/^[^省市区县镇乡村]{2,7}省/, "");
  const candidates = [text, afterProvince, afterProvince.replace(/^[^省市区县镇乡村]{2,5}市/, "")];
  for (const t of candidates) {
    const found = cities.find((c) => t.startsWith(fold(c)));
    if (found) return found;
  }
  return undefined;
}

/**
 * A township's 市（区）: the configuration's `townshipCity` first, then a township name that itself starts with a
 * 市（区） (`兴化市戴窑镇`), then the prefix most of its households' 房屋地址 share; else 未指定 (SPEC §4).
 */
export function inferCity(township: string, addresses: readonly string[], config: Config): CityAssignment {
  const configured = config.townshipCity[township] ?? findFolded(config.townshipCity, township);
  if (configured !== undefined && configured.trim() !== "") {
    return { city: configured.trim(), from: "config", votes: [], addresses: 0 };
  }
  const own = cityOfAddress(township, config.cities);
  if (own) return { city: own, from: "township", votes: [], addresses: 0 };
  const counts = new Map<string, number>();
  for (const a of addresses) {
    const c = cityOfAddress(a, config.cities);
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  // Most addresses first; a tie goes to the 市（区） listed first in the configuration (stable, never random).
  const votes = [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || config.cities.indexOf(a[0]) - config.cities.indexOf(b[0]),
  );
  const top = votes[0];
  if (!top) return { city: UNSPECIFIED_CITY, from: "none", votes: [], addresses: addresses.length };
  return { city: top[0], from: "address", votes, addresses: addresses.length };
}

function findFolded(map: Readonly<Record<string, string>>, key: string): string | undefined {
  const k = fold(key);
  for (const [name, city] of Object.entries(map)) if (fold(name) === k) return city;
  return undefined;
}
