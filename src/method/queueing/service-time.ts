// How long the consumer's work takes, in the numbers capacity planning needs. Users give p50 and
// p99; throughput depends on the mean, which a long tail pulls above the median. A log-normal fit
// through both percentiles gives that mean, and the arithmetic is shown wherever it is used.
import { PLANNING } from '../../knowledge/planning.js';
import { fmt } from '../../model/units.js';

/**
 * When only one of median and p99 handling time is known, the other is taken at this ratio: a modest
 * tail, always said as an assumption. Design and the lag what-if share it, so one figure means the same.
 */
export const ASSUMED_TAIL_RATIO = 4;

export interface ServiceTime {
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  /** One sequential handler's throughput at 100 % utilization. */
  perHandlerPerSecond: number;
  /** How the mean was obtained, for rationale text. */
  explanation: string;
}

export function serviceTime(p50Ms: number, p99Ms: number): ServiceTime {
  const sigma = Math.log(p99Ms / p50Ms) / PLANNING.zP99;
  const meanMs = p50Ms * Math.exp((sigma * sigma) / 2);
  const explanation =
    p99Ms === p50Ms
      ? `processing takes ${fmt(p50Ms)} ms per message`
      : `mean processing time ≈ ${fmt(meanMs)} ms (log-normal through p50 ${fmt(p50Ms)} ms and p99 ${fmt(p99Ms)} ms: σ = ln(${fmt(p99Ms)}/${fmt(p50Ms)})/${PLANNING.zP99} = ${fmt(sigma)}, mean = p50·e^(σ²/2))`;
  return { p50Ms, p99Ms, meanMs, perHandlerPerSecond: 1000 / meanMs, explanation };
}

/** Little's law: handlers busy at once = arrival rate x time in service. */
export function busyHandlers(ratePerSecond: number, meanMs: number): number {
  return (ratePerSecond * meanMs) / 1000;
}
