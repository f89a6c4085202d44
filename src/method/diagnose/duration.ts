// Durations in the unit a reader thinks in: "45 s", "12.5 min", "3.2 h", "2.1 days".
import { fmt } from '../../model/units.js';

export function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'never';
  const s = Math.abs(seconds);
  const one = (v: number) => fmt(Math.round(v * 10) / 10);
  if (s < 120) return `${one(seconds)} s`;
  if (s < 7200) return `${one(seconds / 60)} min`;
  if (s < 172800) return `${one(seconds / 3600)} h`;
  return `${one(seconds / 86400)} days`;
}
