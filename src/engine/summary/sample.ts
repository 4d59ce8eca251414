import type { SummaryHousehold } from "./summarize";

/**
 * Spot-check sample (SX 四 "按一定比例抽查", TZ 12.5): p % of the households of each township, rounded up and at
 * least one, drawn at random but reproducibly from a seed. Each township's draw depends only on the seed, the
 * township's name and its own households (sorted by village, file, sheet and row), so the order in which files
 * are given, or another township added, never changes a township's sample.
 */
export interface SampleOptions {
  /** Percentage of households per township, 0 < p ≤ 100. */
  readonly percent: number;
  /** A non-negative whole number; the same seed draws the same sample. */
  readonly seed: number;
}

export interface SampleStratum {
  readonly township: string;
  readonly city: string;
  readonly households: number;
  readonly drawn: number;
}

export interface Sample {
  readonly percent: number;
  readonly seed: number;
  readonly strata: readonly SampleStratum[];
  /** The drawn households, township by township, each township's in sheet order. */
  readonly households: readonly SummaryHousehold[];
}

export const MAX_SEED = Number.MAX_SAFE_INTEGER;

export function isValidPercent(p: number): boolean {
  return Number.isFinite(p) && p > 0 && p <= 100;
}

export function isValidSeed(seed: number): boolean {
  return Number.isSafeInteger(seed) && seed >= 0;
}

/** How many of `n` households a p % sample takes: rounded up, at least one, at most all. */
export function sampleSize(n: number, percent: number): number {
  if (n <= 0) return 0;
  // 1e-9 absorbs binary rounding (30 × 10 / 100 is 3, not 3.0000000000000004 → 4).
  const k = Math.ceil((n * percent) / 100 - 1e-9);
  return Math.min(n, Math.max(1, k));
}

export function drawSample(households: readonly SummaryHousehold[], options: SampleOptions): Sample {
  if (!isValidPercent(options.percent)) throw new RangeError(`percent out of range: ${options.percent}`);
  if (!isValidSeed(options.seed))
    throw new RangeError(`seed must be a non-negative integer: ${options.seed}`);
  const byTownship = new Map<string, SummaryHousehold[]>();
  for (const h of households) {
    const list = byTownship.get(h.township) ?? [];
    list.push(h);
    byTownship.set(h.township, list);
  }
  const strata: SampleStratum[] = [];
  const drawn: SummaryHousehold[] = [];
  for (const [township, list] of byTownship) {
    const ordered = [...list].sort(compareHouseholds);
    const k = sampleSize(ordered.length, options.percent);
    const random = mulberry32(fnv1a(`${options.seed}\u0000${township}`));
    // Partial Fisher–Yates: the first k places end up a uniform random k-subset.
    const pool = [...ordered];
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(random() * (pool.length - i));
      const a = pool[i] as SummaryHousehold;
      pool[i] = pool[j] as SummaryHousehold;
      pool[j] = a;
    }
    const chosen = new Set(pool.slice(0, k));
    drawn.push(...ordered.filter((h) => chosen.has(h)));
    strata.push({ township, city: list[0]?.city ?? "", households: list.length, drawn: k });
  }
  return { percent: options.percent, seed: options.seed, strata, households: drawn };
}

function compareHouseholds(a: SummaryHousehold, b: SummaryHousehold): number {
  return (
    cmp(a.village, b.village) ||
    cmp(a.source.file, b.source.file) ||
    cmp(a.source.sheet, b.source.sheet) ||
    a.row - b.row
  );
}

/** Code-point order: the same on every machine and locale. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** FNV-1a over UTF-16 code units: a 32-bit hash of the seed and stratum, the generator's start state. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: a small, well-mixed 32-bit generator; plenty for drawing a sample, and the same everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
