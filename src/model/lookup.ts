// Indexes built once per pass, so that looking up a flow's topics, connectors or patterns costs the
// same at 3,000 flows as at 3 (bench/design-scale.bench.mjs): a scan per flow makes a design quadratic.

/** The first item for each key, in order. */
export function firstBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const out = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    if (!out.has(k)) out.set(k, item);
  }
  return out;
}

/** The items under each of their keys, in order (an item listed once per key, however often it names it). */
export function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    for (const k of new Set(keys(item))) {
      const list = out.get(k);
      if (list) list.push(item);
      else out.set(k, [item]);
    }
  }
  return out;
}
