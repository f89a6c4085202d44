// Watches a consumer group's lag: samples offsets at an interval and evaluates the window after
// every sample once it is full (Burrow's status and kafka-lag-exporter's time lag). The CLI's
// `lag status` and the MCP tool `lag_status` both run this loop.
import type { EvaluatorConfig } from '../method/diagnose/burrow.js';
import { LagTracker, type LiveEvaluation, type OffsetSample } from '../method/diagnose/live.js';
import { DEFAULT_TABLE_SIZE } from '../method/diagnose/time-lag.js';
import type { ConnectionOptions } from './connection.js';
import { openOffsetSampler } from './offset-sampler.js';

export interface GroupLagOptions {
  groupId: string;
  topics?: string[];
  /** Samples per window (Burrow's ring size); the first evaluation comes after this many. */
  samples: number;
  intervalMs: number;
  evaluator: EvaluatorConfig;
  /** Keep sampling (sliding window) until the signal aborts; otherwise stop after one evaluation. */
  watch?: boolean;
  signal?: AbortSignal;
  onSample?: (sample: OffsetSample, index: number) => void;
  onEvaluation?: (evaluation: LiveEvaluation) => void;
}

/** Samples and evaluates; resolves with the last evaluation (made from what was sampled if stopped early). */
export async function watchGroupLag(connection: ConnectionOptions, options: GroupLagOptions): Promise<LiveEvaluation> {
  const tracker = new LagTracker({ intervals: options.samples, tableSize: DEFAULT_TABLE_SIZE, evaluator: options.evaluator });
  const sampler = await openOffsetSampler(connection, { groupId: options.groupId, ...(options.topics ? { topics: options.topics } : {}) });
  let last: LiveEvaluation | undefined;
  try {
    for (let i = 0; !options.signal?.aborted; i++) {
      if (i > 0) await sleep(options.intervalMs, options.signal);
      if (options.signal?.aborted) break;
      const sample = await sampler.sample();
      tracker.add(sample);
      options.onSample?.(sample, i);
      if (i + 1 < options.samples) continue;
      last = tracker.evaluate();
      options.onEvaluation?.(last);
      if (!options.watch) break;
    }
  } finally {
    await sampler.close();
  }
  return last ?? tracker.evaluate();
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
