// Consumer groups of a live cluster, read-only: the list (ListGroups), and one group in depth:
// state, protocol, members with their assignments (DescribeGroups), committed offsets and lag per
// partition (OffsetFetch against ListOffsets). A broker that lacks ListGroups or DescribeGroups
// (the local mock) gets that said, and the rest is still read.
import kafkajs from 'kafkajs';
import type { Unavailable } from '../model/cluster-snapshot.js';
import { describeConnection, kafkaClient, type ConnectionOptions } from './connection.js';
import { ensureKafkaReachable } from './probe.js';
import { reasonOf } from './topics.js';

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
}

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
  partitions: GroupPartitionLag[];
  totalLag: number | null;
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

export async function describeGroup(connection: ConnectionOptions, groupId: string, options: { topics?: string[] } = {}): Promise<GroupDetail> {
  await ensureKafkaReachable(connection);
  const admin = kafkaClient(connection).admin();
  await admin.connect();
  const unavailable: Unavailable[] = [];
  try {
    let state: string | null = null;
    let protocolType: string | null = null;
    let assignor: string | null = null;
    let members: GroupMember[] | null = null;
    // DescribeGroups first: the mock drops the connection on it and kafkajs reconnects for the rest.
    try {
      const [g] = (await admin.describeGroups([groupId])).groups;
      if (g) {
        state = g.state;
        protocolType = g.protocolType;
        assignor = g.protocol || null;
        members = g.members.map((m) => ({ memberId: m.memberId, clientId: m.clientId, clientHost: m.clientHost, assignment: decodeAssignment(m.memberAssignment) }));
      }
    } catch (e) {
      unavailable.push({ what: 'group state and members (DescribeGroups)', reason: reasonOf(e) });
    }
    const owner = new Map<string, string>();
    for (const m of members ?? []) for (const [t, ps] of Object.entries(m.assignment ?? {})) for (const p of ps) owner.set(`${t}:${p}`, m.memberId);
    // OffsetFetch naming the topics: the assigned ones, those asked for, or every topic (the
    // "all topics" form is not implemented by every broker, the mock included).
    const assigned = [...new Set([...owner.keys()].map((k) => k.slice(0, k.lastIndexOf(':'))))];
    const topics = options.topics?.length ? options.topics : assigned.length ? assigned : (await admin.listTopics()).filter((t) => !t.startsWith('__'));
    const committed = await admin.fetchOffsets({ groupId, topics });
    const partitions: GroupPartitionLag[] = [];
    for (const t of committed) {
      const held = t.partitions.filter((p) => Number(p.offset) >= 0);
      if (!held.length) continue;
      const ends = new Map((await admin.fetchTopicOffsets(t.topic)).map((o) => [o.partition, Number(o.high)]));
      for (const p of held) {
        const logEnd = ends.get(p.partition) ?? null;
        const offset = Number(p.offset);
        partitions.push({ topic: t.topic, partition: p.partition, committed: offset, logEnd, lag: logEnd === null ? null : Math.max(0, logEnd - offset), member: owner.get(`${t.topic}:${p.partition}`) ?? null });
      }
    }
    partitions.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
    const lags = partitions.map((p) => p.lag);
    return {
      cluster: describeConnection(connection),
      id: groupId, state, protocolType, assignor, members, partitions,
      totalLag: lags.length && lags.every((l) => l !== null) ? lags.reduce((s, l) => s + l!, 0) : null,
      unavailable,
    };
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}
