import { describe, expect, it } from 'vitest';
import { busyHandlers, serviceTime } from '../../../src/method/queueing/service-time.js';

describe('serviceTime', () => {
  it.each([
    // p50, p99, expected mean (ms): a long tail pulls the mean above the median
    [10, 10, 10],
    [50, 2000, 175.9],
    [150, 1200, 223.7],
    [0.5, 4, 0.746],
  ])('p50 %s ms, p99 %s ms -> mean ≈ %s ms', (p50, p99, mean) => {
    expect(serviceTime(p50, p99).meanMs).toBeCloseTo(mean, mean < 1 ? 3 : 0);
  });

  it('shows its arithmetic', () => {
    expect(serviceTime(50, 2000).explanation).toMatch(/ln\(2,000\/50\)/);
  });

  it("applies Little's law", () => {
    expect(busyHandlers(100, 176)).toBeCloseTo(17.6);
  });
});
