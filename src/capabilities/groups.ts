// Consumer groups of a live cluster, read-only: the list, or one group's state, members,
// assignments and lag per partition.
import { z } from 'zod';
import type { GroupDetail, GroupList } from '../cluster/groups.js';
import { fmt } from '../model/units.js';
import { defineCapability, READS_LIVE } from './capability.js';
import { count, unavailableSchema, variantsOf } from './documents.js';
import { clusterName } from './limits.js';

const offset = z.number().int().nonnegative();

const groupsDocument = variantsOf(
  [
    z.object({
      cluster: z.string().describe('the bootstrap servers read'),
      groups: z
        .array(z.object({ id: z.string(), protocolType: z.string() }))
        .nullable()
        .describe('null when the broker cannot list groups (then name the group to describe it)'),
      unavailable: z.array(unavailableSchema),
    }),
    z.object({
      cluster: z.string().describe('the bootstrap servers read'),
      id: z.string(),
      state: z.string().nullable().describe('Stable, Empty, PreparingRebalance, Dead, ...; null when unavailable'),
      protocolType: z.string().nullable(),
      assignor: z.string().nullable(),
      members: z
        .array(
          z.object({
            memberId: z.string(),
            clientId: z.string(),
            clientHost: z.string(),
            assignment: z.record(z.string(), z.array(count)).nullable().describe("partitions per topic; null when the assignment is not the consumer protocol's"),
          }),
        )
        .nullable(),
      protocol: z.enum(['classic', 'consumer', 'unknown']),
      protocolReason: z.string().describe('what the protocol answer rests on'),
      partitions: z.array(
        z.object({
          topic: z.string(),
          partition: count,
          committed: offset,
          logEnd: offset.nullable(),
          lag: count.nullable(),
          member: z.string().nullable(),
          timeLagSeconds: z.number().nonnegative().nullable(),
          timeLagReason: z.string().describe('the arithmetic behind timeLagSeconds, or why there is none'),
        }),
      ),
      totalLag: count.nullable(),
      sampledMs: z.number().nonnegative().describe('the window between the two offset samples; 0 for one sample'),
      unavailable: z.array(unavailableSchema),
    }),
  ],
  'without group: { cluster, groups }; with group: that group in detail',
);

/** The longest sampling window a call may wait (MCP clients time out after about 60 s). */
const MAX_SAMPLE_MS = 30_000;

type GroupsResult = GroupList | GroupDetail;

function render(result: GroupsResult): string {
  const unavailable = result.unavailable.map((u) => `unavailable: ${u.what}: ${u.reason}`);
  if (!('id' in result)) {
    return (
      [
        ...(result.groups ?? []).map((g) => `${g.id}  (${g.protocolType || 'no protocol type'})`),
        ...(result.groups ? [`${result.groups.length} group(s) on ${result.cluster}.`] : []),
        ...unavailable,
      ].join('\n') + '\n'
    );
  }
  const lines = [
    `group ${result.id}: protocol ${result.protocol} (${result.protocolReason}), state ${result.state ?? 'unknown'}, protocol type ${result.protocolType ?? 'unknown'}, assignor ${result.assignor ?? 'unknown'}, ${result.members?.length ?? 'unknown'} member(s), total lag ${result.totalLag ?? 'unknown'}`,
  ];
  for (const m of result.members ?? [])
    lines.push(
      `  member ${m.memberId} (${m.clientId} at ${m.clientHost}): ${
        m.assignment
          ? Object.entries(m.assignment)
              .map(([t, ps]) => `${t}[${ps.join(',')}]`)
              .join(' ') || 'nothing assigned'
          : 'assignment not readable'
      }`,
    );
  lines.push(
    '',
    'partition  committed  log end  lag  time lag  member',
    ...result.partitions.map(
      (p) => `${p.topic}[${p.partition}]  ${p.committed}  ${p.logEnd ?? '-'}  ${p.lag ?? '-'}  ${p.timeLagSeconds === null ? '-' : `${fmt(p.timeLagSeconds)} s`}  ${p.member ?? '-'}`,
    ),
  );
  const reasons = [...new Set(result.partitions.map((p) => p.timeLagReason))];
  if (result.partitions.length) lines.push(...(result.sampledMs ? result.partitions.map((p) => `  time lag ${p.topic}[${p.partition}]: ${p.timeLagReason}`) : reasons.map((r) => `time lag: ${r}`)));
  return [...lines, ...unavailable].join('\n') + '\n';
}

export const groups = defineCapability({
  name: 'groups',
  cliName: 'groups',
  title: 'Consumer groups of a live cluster',
  description: [
    'Read-only look at consumer groups on a configured cluster. Without group: every group (ListGroups). With group: its group protocol (classic, or consumer for KIP-848 groups, or unknown, with the evidence), state, protocol type, assignor, members with the partitions assigned to each (DescribeGroups), and per partition the committed offset, log end, lag and owning member; with sample_ms, the log ends are read twice that far apart and each partition gets its time lag (records behind divided by the production rate, arithmetic shown; null with the reason when the log end did not move). What the broker cannot answer (no ListGroups or DescribeGroups) is said in `unavailable`, and the rest is still read, so name the group where listing is unavailable.',
    'Call it when a user asks who consumes what, why a group lags, or which member owns a partition. lag_status adds Burrow status and time lag from repeated samples.',
  ].join('\n'),
  input: z.object({
    cluster: clusterName,
    group: z.string().min(1).max(255).optional().describe('describe this group; omit to list groups'),
    topics: z.array(z.string().min(1).max(249)).max(1000).optional().describe('with group: read committed offsets of these topics only (default: the assigned topics, else every topic)'),
    sample_ms: z
      .number()
      .int()
      .min(0)
      .max(MAX_SAMPLE_MS)
      .default(0)
      .describe(`with group: read offsets twice, this many ms apart, to turn lag into seconds (0: one read, time lag unknown; at most ${MAX_SAMPLE_MS})`),
  }),
  annotations: READS_LIVE,
  output: groupsDocument,
  async run({ cluster, group, topics, sample_ms }, io): Promise<GroupsResult> {
    const connection = io.cluster(cluster);
    const { describeGroup, listGroups } = await import('../cluster/groups.js');
    const { readingCluster } = await import('../cluster/read-errors.js');
    return readingCluster<GroupsResult>(() => (group !== undefined ? describeGroup(connection, group, { ...(topics ? { topics } : {}), sampleMs: sample_ms }) : listGroups(connection)));
  },
  render: (result, _format: 'text') => render(result),
  summarize(result) {
    const unavailable = result.unavailable.length ? ` Unavailable: ${result.unavailable.map((u) => `${u.what} (${u.reason})`).join('; ')}.` : '';
    if (!('id' in result))
      return (
        (result.groups
          ? `${result.groups.length} group(s): ${result.groups
              .slice(0, 50)
              .map((g) => g.id)
              .join(', ')}.`
          : 'The cluster cannot list groups.') + unavailable
      );
    if (!result.partitions.length && result.state === null) return `Group ${result.id} has no committed offsets on the topics read.${unavailable}`;
    const lagging = result.partitions.filter((p) => (p.lag ?? 0) > 0).sort((a, b) => (b.lag ?? 0) - (a.lag ?? 0));
    const timeLags = result.partitions.map((p) => p.timeLagSeconds).filter((t): t is number => t !== null);
    const timeLag = timeLags.length ? `, max time lag ${fmt(Math.max(...timeLags))} s` : result.sampledMs ? ', time lag unknown (no log end moved while sampling)' : '';
    return (
      `Group ${result.id} (${result.protocol} protocol): ${result.state ?? 'state unknown'}, ${result.members ? `${result.members.length} member(s)` : 'members unknown'}, total lag ${result.totalLag ?? 'unknown'}${timeLag} over ${result.partitions.length} partition(s)` +
      (lagging.length
        ? `; most behind: ${lagging
            .slice(0, 5)
            .map((p) => `${p.topic}[${p.partition}] ${p.lag}`)
            .join(', ')}`
        : '') +
      `.${unavailable}`
    );
  },
});
