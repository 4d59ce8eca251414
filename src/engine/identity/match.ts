import { householdKeyParts, sameTownship, type HouseholdKeyParts, type HouseholdRecord } from "./key";

/** How two records were matched: rule 1 (the valid ID) or rule 2 (户主姓名 + 村). */
export type MatchedBy = "id" | "name";

export interface HouseholdPair<L, R> {
  readonly left: HouseholdRecord<L>;
  readonly right: HouseholdRecord<R>;
  readonly by: MatchedBy;
  /** Matched by 户主姓名 + 村 while both IDs are valid and differ (DF-ID-CHANGED). */
  readonly idChanged: boolean;
  readonly leftKey: HouseholdKeyParts;
  readonly rightKey: HouseholdKeyParts;
}

export interface HouseholdMatch<L, R> {
  /** In the order of the right-hand records. */
  readonly pairs: readonly HouseholdPair<L, R>[];
  /** Unmatched records of each side, in their input order. */
  readonly leftOnly: readonly HouseholdRecord<L>[];
  readonly rightOnly: readonly HouseholdRecord<R>[];
  /** Of those, the ones rule 2 left unmatched because it found two or more candidates (on either side). */
  readonly ambiguous: {
    readonly left: readonly HouseholdRecord<L>[];
    readonly right: readonly HouseholdRecord<R>[];
  };
}

interface Entry<T> {
  readonly i: number;
  readonly record: HouseholdRecord<T>;
  readonly key: HouseholdKeyParts;
}

/** One rule-2 key's records of one side, by township (so a candidate count is O(1)). */
class Side<T> {
  readonly all: Entry<T>[] = [];
  /** Records without 乡镇 / with one, by 乡镇: made only when a record has a 乡镇 (most tables give none). */
  private none: Entry<T>[] | undefined;
  private byTownship: Map<string, Entry<T>[]> | undefined;
  add(e: Entry<T>): void {
    this.all.push(e);
    if (e.key.township === "") {
      if (this.byTownship) (this.none ??= []).push(e);
      return;
    }
    if (!this.byTownship) {
      // The records added so far had no 乡镇.
      this.none = [...this.all.slice(0, -1)];
      this.byTownship = new Map();
    }
    const list = this.byTownship.get(e.key.township);
    if (list) list.push(e);
    else this.byTownship.set(e.key.township, [e]);
  }
  /** How many of this side's records are candidates for `key`, and the first of them. */
  candidates(key: HouseholdKeyParts): { count: number; first: Entry<T> | undefined } {
    if (key.township === "" || !this.byTownship) return { count: this.all.length, first: this.all[0] };
    const same = this.byTownship.get(key.township) ?? [];
    const none = this.none ?? [];
    return { count: same.length + none.length, first: same[0] ?? none[0] };
  }
}

/**
 * Matches two sets of households (SPEC §9) in linear time: first rows with valid IDs by ID (rows sharing one ID
 * pair up in order), then the rows still unmatched by 户主姓名 + 村 (乡镇 too where both sides have it). A row with
 * a valid ID can match a row without one, and two rows whose valid IDs differ can match by name + 村
 * (`idChanged`). Where rule 2 finds two or more candidates, on either side, neither is matched.
 */
export function matchHouseholds<L, R>(
  left: readonly HouseholdRecord<L>[],
  right: readonly HouseholdRecord<R>[],
): HouseholdMatch<L, R> {
  const lefts: Entry<L>[] = left.map((record, i) => ({ i, record, key: householdKeyParts(record) }));
  const rights: Entry<R>[] = right.map((record, i) => ({ i, record, key: householdKeyParts(record) }));
  const pairOf: Array<HouseholdPair<L, R> | undefined> = new Array<HouseholdPair<L, R> | undefined>(
    rights.length,
  );
  const leftDone = new Uint8Array(lefts.length);
  const pair = (l: Entry<L>, r: Entry<R>, by: MatchedBy) => {
    leftDone[l.i] = 1;
    const idChanged =
      by === "name" && l.key.id !== undefined && r.key.id !== undefined && l.key.id !== r.key.id;
    pairOf[r.i] = { left: l.record, right: r.record, by, idChanged, leftKey: l.key, rightKey: r.key };
  };

  // Pass 1: by valid ID.
  const rightById = new Map<string, Entry<R>[]>();
  for (const r of rights) {
    if (r.key.id === undefined) continue;
    const list = rightById.get(r.key.id);
    if (list) list.push(r);
    else rightById.set(r.key.id, [r]);
  }
  const taken = new Map<string, number>();
  for (const l of lefts) {
    if (l.key.id === undefined) continue;
    const list = rightById.get(l.key.id);
    if (!list) continue;
    const n = taken.get(l.key.id) ?? 0;
    const r = list[n];
    if (!r) continue;
    taken.set(l.key.id, n + 1);
    pair(l, r, "id");
  }

  // Pass 2: the rows still unmatched, by 户主姓名 + 村.
  const groups = new Map<string, { l: Side<L>; r: Side<R> }>();
  const group = (k: string) => {
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { l: new Side<L>(), r: new Side<R>() }));
    return g;
  };
  for (const l of lefts) if (!leftDone[l.i] && l.key.nameKey !== undefined) group(l.key.nameKey).l.add(l);
  for (const r of rights) if (!pairOf[r.i] && r.key.nameKey !== undefined) group(r.key.nameKey).r.add(r);
  const ambiguousLeft = new Uint8Array(lefts.length);
  const ambiguousRight = new Uint8Array(rights.length);
  for (const g of groups.values()) {
    if (g.l.all.length === 0 || g.r.all.length === 0) continue;
    for (const l of g.l.all) {
      const c = g.r.candidates(l.key);
      if (c.count === 0 || !c.first) continue;
      if (c.count > 1) {
        ambiguousLeft[l.i] = 1;
        continue;
      }
      const r = c.first;
      if (g.l.candidates(r.key).count !== 1) {
        ambiguousLeft[l.i] = 1;
        continue;
      }
      pair(l, r, "name");
    }
    // An unmatched record with a candidate was left out by rule 2's two-candidate clause (its own or its
    // candidate's).
    for (const r of g.r.all) if (!pairOf[r.i] && g.l.candidates(r.key).count > 0) ambiguousRight[r.i] = 1;
  }

  const pairs: HouseholdPair<L, R>[] = [];
  const rightOnly: HouseholdRecord<R>[] = [];
  const ambiguousR: HouseholdRecord<R>[] = [];
  for (const r of rights) {
    const p = pairOf[r.i];
    if (p) pairs.push(p);
    else {
      rightOnly.push(r.record);
      if (ambiguousRight[r.i]) ambiguousR.push(r.record);
    }
  }
  const leftOnly: HouseholdRecord<L>[] = [];
  const ambiguousL: HouseholdRecord<L>[] = [];
  for (const l of lefts) {
    if (leftDone[l.i]) continue;
    leftOnly.push(l.record);
    if (ambiguousLeft[l.i]) ambiguousL.push(l.record);
  }
  return { pairs, leftOnly, rightOnly, ambiguous: { left: ambiguousL, right: ambiguousR } };
}

/** What `HouseholdIndex.lookup` found. */
export interface HouseholdLookup<T> {
  /** `ambiguous`: rule 2 found two or more candidates (listed), none of which counts as a match. */
  readonly by: MatchedBy | "ambiguous";
  /** By ID: every record with that ID (a household can be in several tables); by name: the one candidate. */
  readonly records: readonly HouseholdRecord<T>[];
  /** By name, both IDs valid and different. */
  readonly idChanged: boolean;
}

/**
 * An index over the households of many tables at once (revisit tables, ledgers, a roster, several files), for
 * lookups by the same two rules: a valid ID finds every record with that ID; otherwise 户主姓名 + 村 (乡镇 where
 * both sides have it) finds exactly one record, or reports the candidates as ambiguous.
 */
export class HouseholdIndex<T> {
  private readonly byId = new Map<string, HouseholdRecord<T>[]>();
  private readonly byName = new Map<string, Side<T>>();
  private count = 0;

  constructor(records: Iterable<HouseholdRecord<T>> = []) {
    this.addAll(records);
  }

  addAll(records: Iterable<HouseholdRecord<T>>): this {
    for (const record of records) this.add(record);
    return this;
  }

  add(record: HouseholdRecord<T>): this {
    const key = householdKeyParts(record);
    const e: Entry<T> = { i: this.count++, record, key };
    if (key.id !== undefined) {
      const list = this.byId.get(key.id);
      if (list) list.push(record);
      else this.byId.set(key.id, [record]);
    }
    if (key.nameKey !== undefined) {
      let side = this.byName.get(key.nameKey);
      if (!side) this.byName.set(key.nameKey, (side = new Side<T>()));
      side.add(e);
    }
    return this;
  }

  get size(): number {
    return this.count;
  }

  /** The records of this index that are the household `query` (SPEC §9), or undefined when none is. */
  lookup(
    query: Pick<HouseholdRecord<unknown>, "id" | "name" | "village" | "township">,
  ): HouseholdLookup<T> | undefined {
    const key = householdKeyParts(query);
    if (key.id !== undefined) {
      const hit = this.byId.get(key.id);
      if (hit) return { by: "id", records: hit, idChanged: false };
    }
    if (key.nameKey === undefined) return undefined;
    const side = this.byName.get(key.nameKey);
    if (!side) return undefined;
    const candidates = side.all.filter((e) => sameTownship(e.key, key));
    const only = candidates[0];
    if (!only) return undefined;
    if (candidates.length > 1)
      return { by: "ambiguous", records: candidates.map((e) => e.record), idChanged: false };
    const idChanged = key.id !== undefined && only.key.id !== undefined && only.key.id !== key.id;
    return { by: "name", records: [only.record], idChanged };
  }
}
