// Consumer groups of a live cluster, read-only: the list (ListGroups), and one group in depth:
// state, protocol, members with their assignments (DescribeGroups), committed offsets and lag per
// partition (OffsetFetch against ListOffsets). A broker that lacks ListGroups or DescribeGroups
// (the local mock) gets that said, and the rest is still read.
import kafkajs from 'kafkajs';
import type { Unavailable } from '../model/cluster-snapshot.js';
import { describeConnection, kafkaClient, type ConnectionOptions } from './connection.js';
import { ensureKafkaReachable } from './probe.js';
import { reasonOf } from './topics.js';
import { OffsetTimeTable, partitionTimeLag } from '../method/diagnose/time-lag.js';
import { fmt } from '../model/units.js';

export interface GroupList {
  cluster: string;
  /** null when the broker cannot list groups (then name the group to describe it). */
  groups: Array<{ id: string; protocolType: string }> | null;
  unavailable: Unavailable[];
}

export interface GroupMember {
  memberId: string;
  clientId: string;
  clientHost: string;
  /** Partitions assigned to it, per topic; null when the assignment is not the consumer protocol's. */
  assignment: Record<string, number[]> | null;
}

export interface GroupPartitionLag {
  topic: string;
  partition: number;
  committed: number;
  logEnd: number | null;
  lag: number | null;
  /** The member the partition is assigned to, when members are known. */
  member: string | null;
  /** Seconds behind, from the log end's growth over the sampling window; null when it cannot be known (see timeLagReason). */
  timeLagSeconds: number | null;
  /** The arithmetic behind timeLagSeconds, or why there is none. */
  timeLagReason: string;
}

/** Which group protocol the group runs: the classic one (JoinGroup/SyncGroup), the consumer one (KIP-848), or unknown. */
export type GroupProtocol = 'classic' | 'consumer' | 'unknown';

export interface GroupDetail {
  cluster: string;
  id: string;
  /** DescribeGroups state (Stable, Empty, PreparingRebalance, Dead, ...); null when unavailable. */
  state: string | null;
  /** "consumer" for consumer groups (the classic protocol's DescribeGroups); null when unavailable. */
  protocolType: string | null;
  /** The assignor the members agreed on (range, cooperative-sticky, ...). */
  assignor: string | null;
  members: GroupMember[] | null;
  /** classic when DescribeGroups (the classic protocol's API) knows it; consumer when it has offsets but is no classic group. */
  protocol: GroupProtocol;
  /** What the protocol answer rests on. */
  protocolReason: string;
  partitions: GroupPartitionLag[];
  totalLag: number | null;
  /** The window between the two offset samples time lag is computed from, in ms; 0 for one sample. */
  sampledMs: number;
  unavailable: Unavailable[];
}

export async function listGroups(connection: ConnectionOptions): Promise<GroupList> {
  await ensureKafkaReachable(connection);
  const admin = kafkaClient(connection).admin();
  await admin.connect();
  try {
    const { groups } = await admin.listGroups();
    return { cluster: describeConnection(connection), groups: groups.map((g) => ({ id: g.groupId, protocolType: g.protocolType })).sort((a, b) => a.id.localeCompare(b.id)), unavailable: [] };
  } catch (e) {
    return { cluster: describeConnection(connection), groups: null, unavailable: [{ what: 'the list of consumer groups (ListGroups)', reason: `${reasonOf(e)}; name a group to describe it` }] };
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

function decodeAssignment(buffer: Buffer): Record<string, number[]> | null {
  try {
    const decoded = kafkajs.AssignerProtocol.MemberAssignment.decode(buffer);
    return decoded ? Object.fromEntries(Object.entries(decoded.assignment).map(([t, ps]) => [t, [...ps].sort((a, b) => a - b)])) : null;
  } catch {
    return null;
  }
}

/** Time lag from two log-end samples, as kafka-lag-exporter interpolates it (method/diagnose/time-lag.ts). */
function timeLagOf(committed: number, first: { logEnd: number; at: number }, last: { logEnd: number; at: number } | null): Pick<GroupPartitionLag, 'timeLagSeconds' | 'timeLagReason'> {
  if (!last) return { timeLagSeconds: null, timeLagReason: 'unknown from one sample: give a sampling window (sample_ms) to measure the production rate' };
  const lag = Math.max(0, last.logEnd - committed);
  if (lag === 0) return { timeLagSeconds: 0, timeLagReason: 'no records behind' };
  const table = new OffsetTimeTable(2);
  table.add({ offset: first.logEnd, timestamp: first.at });
  table.add({ offset: last.logEnd, timestamp: last.at });
  const seconds = partitionTimeLag(table, committed, last.logEnd, last.at).timeLagSeconds;
  const window = (last.at - first.at) / 1000;
  const produced = last.logEnd - first.logEnd;
  if (!Number.isFinite(seconds) || produced <= 0)
    return { timeLagSeconds: null, timeLagReason: `unknown: the log end did not move in the ${fmt(window)} s window, so there is no production rate to turn ${lag} records into time` };
  return { timeLagSeconds: seconds, timeLagReason: `${lag} records behind / (${produced} records produced in ${fmt(window)} s = ${fmt(produced / window)}/s) = ${fmt(seconds)} s` };
}

export async function describeGroup(connection: ConnectionOptions, groupId: string, options: { topics?: string[]; sampleMs?: number } = {}): Promise<GroupDetail> {
  await ensureKafkaReachable(connection);
  const admin = kafkaClient(connection).admin();
  await admin.connect();
  const unavailable: Unavailable[] = [];
  try {
    let state: string | null = null;
    let protocolType: string | null = null;
    let assignor: string | null = null;
    let members: GroupMember[] | null = null;
    // classic: DescribeGroups knows it; notClassic: it answered that no classic group has this id.
    let described: 'classic' | 'notClassic' | 'unavailable' = 'unavailable';
    // DescribeGroups first: the mock drops the connection on it and kafkajs reconnects for the rest.
    try {
      const [g] = (await admin.describeGroups([groupId])).groups;
      if (g) {
        state = g.state;
        protocolType = g.protocolType;
        assignor = g.protocol || null;
        members = g.members.map((m) => ({ memberId: m.memberId, clientId: m.clientId, clientHost: m.clientHost, assignment: decodeAssignment(m.memberAssignment) }));
        // Brokers before Kafka 4.0 answer an unknown id with an empty Dead group rather than an error.
        described = g.state === 'Dead' && !g.members.length ? 'notClassic' : 'classic';
      }
    } catch (e) {
      if ((e as { type?: string }).type === 'GROUP_ID_NOT_FOUND') described = 'notClassic';
      else unavailable.push({ what: 'group state and members (DescribeGroups)', reason: reasonOf(e) });
    }
    const owner = new Map<string, string>();
    for (const m of members ?? []) for (const [t, ps] of Object.entries(m.assignment ?? {})) for (const p of ps) owner.set(`${t}:${p}`, m.memberId);
    // OffsetFetch naming the topics: the assigned ones, those asked for, or every topic (the
    // "all topics" form is not implemented by every broker, librdkafka's mock among them).
    const assigned = [...new Set([...owner.keys()].map((k) => k.slice(0, k.lastIndexOf(':'))))];
    const topics = options.topics?.length ? options.topics : assigned.length ? assigned : (await admin.listTopics()).filter((t) => !t.startsWith('__'));
    // Committed offsets, then log ends (a sample never shows a commit beyond the log end it pairs with).
    const sample = async () => {
      const committed = (await admin.fetchOffsets({ groupId, topics })).map((t) => ({ topic: t.topic, held: t.partitions.filter((p) => Number(p.offset) >= 0) })).filter((t) => t.held.length);
      const ends = new Map<string, number>();
      for (const t of committed) for (const o of await admin.fetchTopicOffsets(t.topic)) ends.set(`${t.topic}:${o.partition}`, Number(o.high));
      return { committed, ends, at: Date.now() };
    };
    const first = await sample();
    const sampleMs = options.sampleMs ?? 0;
    if (sampleMs > 0) await new Promise((resolve) => setTimeout(resolve, sampleMs));
    const last = sampleMs > 0 ? await sample() : null;
    const partitions: GroupPartitionLag[] = [];
    for (const t of (last ?? first).committed) {
      for (const p of t.held) {
        const key = `${t.topic}:${p.partition}`;
        const logEnd = (last ?? first).ends.get(key) ?? null;
        const offset = Number(p.offset);
        const before = first.ends.get(key);
        const timeLag =
          logEnd === null || before === undefined
            ? { timeLagSeconds: null, timeLagReason: 'unknown: no log end offset' }
            : timeLagOf(offset, { logEnd: before, at: first.at }, last && { logEnd, at: last.at });
        partitions.push({ topic: t.topic, partition: p.partition, committed: offset, logEnd, lag: logEnd === null ? null : Math.max(0, logEnd - offset), member: owner.get(key) ?? null, ...timeLag });
      }
    }
    partitions.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
    const lags = partitions.map((p) => p.lag);
    const protocol: Pick<GroupDetail, 'protocol' | 'protocolReason'> =
      described === 'classic'
        ? { protocol: 'classic', protocolReason: "DescribeGroups, the classic protocol's API, describes it" }
        : described === 'notClassic' && partitions.length
          ? {
              protocol: 'consumer',
              protocolReason:
                'it has committed offsets but DescribeGroups knows no classic group by this id: a consumer-protocol (KIP-848) group, whose members ConsumerGroupDescribe would list (this client cannot send it)',
            }
          : { protocol: 'unknown', protocolReason: described === 'unavailable' ? 'the broker did not answer DescribeGroups' : 'no classic group by this id and no committed offsets' };
    return {
      cluster: describeConnection(connection),
      id: groupId,
      state,
      protocolType,
      assignor,
      members,
      ...protocol,
      partitions,
      totalLag: lags.length && lags.every((l) => l !== null) ? lags.reduce((s, l) => s + l!, 0) : null,
      sampledMs: last ? last.at - first.at : 0,
      unavailable,
    };
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}
