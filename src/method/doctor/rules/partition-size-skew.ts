import { clusterRule } from '../rule.js';

/** Topics smaller than this are too small for skew to matter. */
const MIN_RECORDS = 1000;

export const partitionSizeSkew = clusterRule({
  meta: {
    id: 'cluster/partition-size-skew',
    severity: 'warning',
    summary: 'A partition holding far more records than its siblings',
    why: 'A hot key or a custom partitioner sends most traffic to one partition; its consumer falls behind while the others idle, and adding consumers does not help.',
    refs: ['https://kafka.apache.org/documentation/#intro_concepts_and_terms'],
    fix: 'Find the hot key (e.g. consume the partition and count keys); spread it with a compound key, or give that entity its own topic.',
    messages: {
      holdsRecordsXThe: '{{name}}[{{id}}] holds {{n}} records, {{n2}}x the median partition ({{median}}); sizes are record counts (log end - log start)',
    },
  },
  check(ctx) {
    const hits = [];
    for (const t of ctx.snapshot.topics) {
      const sizes = t.partitions.filter((p) => p.latest !== null && p.earliest !== null).map((p) => ({ id: p.id, n: p.latest! - p.earliest! }));
      if (sizes.length < 2) continue;
      const total = sizes.reduce((s, x) => s + x.n, 0);
      if (total < MIN_RECORDS) continue;
      const sorted = [...sizes].sort((a, b) => a.n - b.n);
      const median = sorted[Math.floor((sorted.length - 1) / 2)]!.n;
      const largest = sorted[sorted.length - 1]!;
      if (largest.n >= ctx.thresholds.sizeSkewRatio * Math.max(1, median)) {
        hits.push({ messageId: 'holdsRecordsXThe', data: { name: t.name, id: largest.id, n: largest.n, n2: (largest.n / Math.max(1, median)).toFixed(1), median } });
      }
    }
    return hits;
  },
});
