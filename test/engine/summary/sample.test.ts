import type { TownshipSpec } from "../../../scripts/samples/city";
import { drawSample, sampleSize, summarizeCity, type Sample } from "../../../src/engine/summary";
import { loadCityTownships, today, type Loaded } from "./load";

let loaded: Loaded;
beforeAll(async () => {
  loaded = await loadCityTownships();
});

const ids = (s: Sample) => s.households.map((h) => `${h.source.file}/${h.source.sheet}!${h.row}`);

describe("spot-check sample (SX 四, TZ 12.5)", () => {
  test.each<[number, number, number]>([
    [0, 10, 0],
    [1, 10, 1],
    [9, 10, 1],
    [10, 10, 1],
    [11, 10, 2],
    [30, 10, 3],
    [31, 10, 4],
    [5, 100, 5],
    [7, 0.5, 1],
    [200, 12.5, 25],
  ])("%i households at %s %% → %i", (n, p, k) => {
    expect(sampleSize(n, p)).toBe(k);
  });

  test("p % of each township, rounded up, at least one each, drawn from that township", () => {
    const summary = summarizeCity([...loaded.inputs.values()], { today });
    const sample = drawSample(summary.households, { percent: 10, seed: 20240701 });
    const households = (t: TownshipSpec) =>
      t.files.flatMap((f) => f.villages).flatMap((v) => v.households).length;
    const got = sample.strata.map((s) => [s.township, s.households, s.drawn]);
    const want = loaded.townships.map((t) => [
      t.township,
      households(t),
      Math.max(1, Math.ceil(households(t) / 10)),
    ]);
    expect(got.sort()).toEqual(want.sort());
    for (const s of sample.strata) {
      const drawn = sample.households.filter((h) => h.township === s.township);
      expect(drawn).toHaveLength(s.drawn);
      expect(drawn.length).toBeGreaterThanOrEqual(1);
    }
    expect(new Set(ids(sample)).size).toBe(sample.households.length);
  });

  test("the same seed draws the same sample, whatever the order of the files; another seed another one", () => {
    const inputs = [...loaded.inputs.values()];
    const a = drawSample(summarizeCity(inputs, { today }).households, { percent: 20, seed: 20240701 });
    const b = drawSample(summarizeCity([...inputs].reverse(), { today }).households, {
      percent: 20,
      seed: 20240701,
    });
    expect(ids(b).sort()).toEqual(ids(a).sort());
    const c = drawSample(summarizeCity(inputs, { today }).households, { percent: 20, seed: 20240702 });
    expect(ids(c).sort()).not.toEqual(ids(a).sort());
    expect(c.strata).toEqual(a.strata);
  });

  test("every household of a township is about equally likely to be drawn", () => {
    const summary = summarizeCity([...loaded.inputs.values()], { today });
    const township = summary.households.filter((h) => h.township === "戴窑镇");
    const counts = new Map<string, number>();
    const runs = 3000;
    for (let seed = 0; seed < runs; seed++) {
      for (const h of drawSample(township, { percent: 1, seed }).households) {
        const k = `${h.source.sheet}!${h.row}`;
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
    }
    const expected = runs / township.length;
    expect(counts.size).toBe(township.length);
    for (const n of counts.values()) {
      expect(n).toBeGreaterThan(expected * 0.6);
      expect(n).toBeLessThan(expected * 1.4);
    }
  });

  test.each<[number, number]>([
    [0, 1],
    [101, 1],
    [Number.NaN, 1],
    [10, -1],
    [10, 1.5],
  ])("percent %s with seed %s is refused", (percent, seed) => {
    expect(() => drawSample([], { percent, seed })).toThrow(RangeError);
  });
});
