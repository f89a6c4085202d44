// Field paths as the requirements contract writes them ("flows[0].throughput.peak_per_second"),
// set on plain objects.

function parts(field: string): string[] {
  return field.replace(/\[(\d+)\]/g, '.$1').split('.');
}

/** Sets the value at `field`, creating the objects and arrays on the way. */
export function setField(target: Record<string, unknown>, field: string, value: unknown): void {
  const p = parts(field);
  let cur = target;
  p.slice(0, -1).forEach((part, i) => {
    cur[part] ??= /^\d+$/.test(p[i + 1]!) ? [] : {};
    cur = cur[part] as Record<string, unknown>;
  });
  cur[p.at(-1)!] = value;
}
