// How the diagnosis writes numbers in its explanations: grouped digits, few decimals, durations in
// the unit a reader thinks in. The exact values stay in the JSON output.

// One formatter per precision: creating one per call (toLocaleString) is slow across many partitions.
const formatters = new Map<number, Intl.NumberFormat>();

/** 12345.678 -> "12,345.7"; integers keep no decimals. */
export function num(n: number, decimals = 1): string {
  if (!Number.isFinite(n)) return n > 0 ? '∞' : n < 0 ? '-∞' : 'n/a';
  let f = formatters.get(decimals);
  if (!f) formatters.set(decimals, (f = new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals })));
  return f.format(Number(n.toFixed(decimals)));
}

/** Seconds as "45 s", "12.5 min", "3.2 h" or "2.1 days". */
export function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'never';
  const s = Math.abs(seconds);
  if (s < 120) return `${num(seconds)} s`;
  if (s < 7200) return `${num(seconds / 60)} min`;
  if (s < 172800) return `${num(seconds / 3600)} h`;
  return `${num(seconds / 86400)} days`;
}
