/** Percentiles and formatting for the bench table. */

/** Nearest-rank percentile (p in 0..100) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

export const ms = (v: number): string =>
  Number.isNaN(v)
    ? '—'
    : v >= 10_000
      ? `${(v / 1000).toFixed(1)} s`
      : `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`;

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
