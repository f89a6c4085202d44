// Per-message processing time as a distribution. Users know percentiles (p50, p99); capacity needs
// the mean. A log-normal through both percentiles is the usual shape of service latencies and gives
// the mean in closed form: sigma = ln(p99/p50) / z(0.99), mean = p50 · exp(sigma²/2).
import { UserError } from '../../model/errors.js';
import { num } from './numbers.js';

/** The standard normal quantile at 0.99. */
export const Z_99 = 2.3263478740408408;

export interface ServiceTime {
  p50Ms: number;
  p99Ms: number;
  /** Log-normal parameters: ln(ms). */
  mu: number;
  sigma: number;
  meanMs: number;
  /** How the mean was derived, with the numbers. */
  why: string;
}

export function serviceTimeFromPercentiles(p50Ms: number, p99Ms: number): ServiceTime {
  if (!(p50Ms > 0) || !(p99Ms > 0)) {
    throw new UserError({ field: '--processing-ms', message: 'processing times must be positive milliseconds', found: `p50=${p50Ms},p99=${p99Ms}` });
  }
  if (p99Ms < p50Ms) {
    throw new UserError({ field: '--processing-ms', message: 'p99 is below p50', found: `p50=${p50Ms},p99=${p99Ms}`, suggestion: 'p99 is the slow tail: at least p50' });
  }
  const sigma = Math.log(p99Ms / p50Ms) / Z_99;
  const meanMs = p50Ms * Math.exp((sigma * sigma) / 2);
  const why = sigma === 0
    ? `p50 = p99 = ${num(p50Ms)} ms, so every message is taken to take ${num(meanMs)} ms`
    : `log-normal through p50 ${num(p50Ms)} ms and p99 ${num(p99Ms)} ms: sigma = ln(${num(p99Ms)}/${num(p50Ms)}) / ${Z_99.toFixed(3)} = ${sigma.toFixed(3)}; `
      + `mean = ${num(p50Ms)} × exp(${sigma.toFixed(3)}²/2) = ${num(meanMs)} ms (the mean, not the p50, sets throughput)`;
  return { p50Ms, p99Ms, mu: Math.log(p50Ms), sigma, meanMs, why };
}
