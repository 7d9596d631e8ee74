// Summaries of repeated measurements: the median is what tables report; min and max show how
// noisy the runs were.

export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** How many measurements. */
  readonly n: number;
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new Error("quantile of no values");
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), min: sorted[0]!, max: sorted.at(-1)!, n: sorted.length };
}

/** Half the min..max range relative to the median, as a percentage ("±4%"). */
export function noisePercent(s: Spread): number {
  return s.median === 0 ? 0 : ((s.max - s.min) / 2 / s.median) * 100;
}

/** "12.3 [11.9–13.0]" with the given number of decimals. */
export function formatSpread(s: Spread, decimals = 1, unit = ""): string {
  const f = (v: number): string => v.toFixed(decimals);
  return s.n === 1 ? `${f(s.median)}${unit}` : `${f(s.median)}${unit} [${f(s.min)}–${f(s.max)}]`;
}

export function formatRatio(s: Spread): string {
  return formatSpread(s, 2, "x");
}

/** Rotates a list by `by` places, so each round measures the peers in another order. */
export function rotate<T>(items: readonly T[], by: number): T[] {
  const k = items.length === 0 ? 0 : by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}
