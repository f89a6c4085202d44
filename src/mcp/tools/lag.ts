import { z } from 'zod';
import { lagAnalyze } from '../../capabilities/lag-analyze.js';
import { nonFiniteAsString } from '../../method/diagnose/live.js';
import { fmt } from '../../model/units.js';
import { clusterNamed, defineTool, toMcpTool } from '../tool.js';

export const lagAnalyzeTool = toMcpTool(lagAnalyze);

export const lagStatusTool = defineTool({
  name: 'lag_status',
  title: 'Live consumer group lag status',
  description: [
    "Samples a consumer group's committed offsets and its topics' log-end offsets on a configured cluster, then evaluates every partition with Burrow's rules (OK, WARN, STOP, STALL, REWIND; the group takes the worst, as ERR) and estimates lag in seconds by interpolating offset-time points the way kafka-lag-exporter does.",
    'Call it when a configured cluster is available and the user names a group that falls behind. It takes samples × interval_ms to run (default 10 × 3 s). Each partition that is not OK comes with the rule that fired and its numbers.',
    'Returns the same document as `kafka-specialist lag status --format json`.',
  ].join('\n'),
  input: z.object({
    cluster: z.string().min(1).describe('name of a cluster configured when the server started'),
    group: z.string().min(1),
    topics: z.array(z.string().min(1)).optional().describe('topics to read; default every topic the group committed to'),
    samples: z.number().int().min(2).max(60).default(10),
    interval_ms: z.number().int().min(100).max(60_000).default(3000),
    minimum_complete: z.number().min(0).max(1).default(0),
    allowed_lag: z.number().int().nonnegative().default(0),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true, idempotentHint: false },
  async run(input, options) {
    const connection = clusterNamed(options, input.cluster);
    // Loaded on use: the server starts without a Kafka client until a cluster tool runs.
    const { watchGroupLag } = await import('../../cluster/group-lag.js');
    const e = await watchGroupLag(connection, {
      groupId: input.group, ...(input.topics ? { topics: input.topics } : {}),
      samples: input.samples, intervalMs: input.interval_ms, evaluator: { minimumComplete: input.minimum_complete, allowedLag: input.allowed_lag },
    });
    const notOk = e.partitions.filter((p) => p.status !== 'OK');
    return {
      json: JSON.parse(JSON.stringify(e, nonFiniteAsString)) as Record<string, unknown>,
      summary: `Group ${input.group}: ${e.group.status}, ${e.group.totalPartitions} partition(s), total lag ${fmt(e.group.totalLag)} messages`
        + (e.timeLag.maxTimeLagSeconds !== null ? `, max time lag ${fmt(e.timeLag.maxTimeLagSeconds)} s` : '')
        + (notOk.length ? `. ${notOk.slice(0, 5).map((p) => `${p.topic}[${p.partition}] ${p.status}: ${p.reason}`).join('; ')}${notOk.length > 5 ? `; and ${notOk.length - 5} more` : ''}` : '.'),
    };
  },
});
