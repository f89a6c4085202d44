// Reads a live cluster into a ClusterSnapshot with batched requests: one Metadata request for
// every topic, one ListOffsets request per leader broker for all partitions (twice: log start and
// end), one DescribeConfigs for all topics, one FindCoordinator and one OffsetFetch per group
// naming only the topics its members subscribe to (for a group without members, OffsetFetch's
// "all topics" form; see readGroupOffsets), a bounded number of groups at once. What a broker refuses
// (the local mock has no DescribeConfigs, ListGroups or DescribeGroups) is recorded as
// unavailable and the snapshot goes on with the rest.
import kafkajs, { type Kafka } from 'kafkajs';
import type { BrokerInfo, ClusterSnapshot, GroupInfo, GroupPartitionOffset, PartitionInfo, TopicInfo, Unavailable } from '../model/cluster-snapshot.js';
import { describeConnection, kafkaClient, type ConnectionOptions } from './connection.js';
import { encodeOffsetFetchTopics, offsetFetch, type CommittedOffset, type OffsetFetchAnswer, type OffsetFetchBroker } from './offset-fetch.js';
import { ensureKafkaReachable } from './probe.js';

export interface SnapshotOptions {
  /** Groups to inspect besides those ListGroups returns (the only source when it is refused). */
  groups?: string[];
  /** Read group offsets a second time this many ms later, to tell stuck groups from slow ones. */
  sampleMs?: number;
  includeInternal?: boolean;
  /** Told how long of sampleMs it has waited, every second of the wait (a long wait must not look like a hang). */
  onWait?: (waitedMs: number, sampleMs: number) => void;
}

/** The slice of kafkajs's internal Cluster the batched reads use. */
export interface KafkajsCluster {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  metadata(args: { topics: string[] }): Promise<RawMetadata>;
  addMultipleTargetTopics(topics: string[]): Promise<void>;
  fetchTopicsOffset(
    topics: Array<{ topic: string; partitions: Array<{ partition: number }>; fromBeginning: boolean }>,
  ): Promise<Array<{ topic: string; partitions: Array<{ partition: number; offset: string }> }>>;
}

/** A kafkajs Broker (2.2.x), as the snapshot uses it. */
export interface SnapshotBroker extends OffsetFetchBroker {
  listOffsets(args: {
    isolationLevel: number;
    topics: Array<{ topic: string; partitions: Array<{ partition: number; timestamp: number }> }>;
  }): Promise<{ responses: Array<{ topic: string; partitions: Array<{ partition: number; offset: string }> }> }>;
  describeGroups(args: { groupIds: string[] }): Promise<{ groups: Array<{ groupId: string; errorCode: number; state: string; members: Array<{ memberMetadata: Buffer }> }> }>;
}

type SnapshotCluster = KafkajsCluster & {
  findBroker(args: { nodeId: number }): Promise<SnapshotBroker>;
  findGroupCoordinatorMetadata(args: { groupId: string }): Promise<{ coordinator: { nodeId: number } }>;
};

interface RawMetadata {
  clusterId?: string;
  controllerId?: number;
  brokers: Array<{ nodeId: number; host: string; port: number; rack?: string | null }>;
  topicMetadata: Array<{
    topic: string;
    isInternal?: boolean;
    partitionMetadata: Array<{ partitionId: number; leader: number; replicas: number[]; isr: number[]; offlineReplicas?: number[] }>;
  }>;
}

// kafkajs is CommonJS and Node cannot see this export by name.
const { ConfigResourceTypes } = kafkajs;

type RequestCounts = Record<string, Record<string, number>>;

/** Log end offsets are the high watermark: what consumers can read, whatever their isolation. */
const READ_UNCOMMITTED = 0;

function count(requests: RequestCounts, broker: string, apiName: string): void {
  const byApi = (requests[broker] ??= {});
  byApi[apiName] = (byApi[apiName] ?? 0) + 1;
}

/**
 * kafkajs's admin reads offsets one topic at a time; its internal Cluster batches all topics per
 * leader broker. The Kafka object keeps the Cluster factory under a private symbol (kafkajs
 * 2.2.x), which this reaches so that 2,000 topics cost a handful of requests, not thousands.
 */
export function internalCluster(kafka: Kafka, requests: RequestCounts = {}): KafkajsCluster {
  const key = Object.getOwnPropertySymbols(kafka).find((s) => s.description === 'private:Kafka:createCluster');
  const create = key ? (kafka as unknown as Record<symbol, unknown>)[key] : undefined;
  if (typeof create !== 'function') throw new Error('kafkajs internals changed: no Cluster factory on the Kafka object (expected kafkajs 2.2.x)');
  const instrumentationEmitter = {
    emit(name: string, payload: { broker?: string; apiName?: string }) {
      if (name === 'network.request' && payload.broker && payload.apiName) count(requests, payload.broker, payload.apiName);
    },
  };
  return (create as (o: object) => KafkajsCluster)({ allowAutoTopicCreation: false, instrumentationEmitter, isolationLevel: READ_UNCOMMITTED });
}

/** A partition from kafkajs's metadata, with its log start and end offsets when known. */
export function partitionFromMetadata(
  p: { partitionId: number; leader: number; replicas: number[]; isr: number[]; offlineReplicas?: number[] },
  earliest: number | null,
  latest: number | null,
): PartitionInfo {
  return { id: p.partitionId, leader: p.leader, replicas: p.replicas, isr: p.isr, offlineReplicas: p.offlineReplicas ?? [], earliest, latest };
}

const reasonOf = (e: unknown): string => {
  const err = e as { message?: string; type?: string };
  return err.type ? `${err.type}: ${err.message ?? ''}` : String(err.message ?? e);
};

/** ListOffsets's timestamps for the earliest and the latest offset. */
const EARLIEST = -2;
const LATEST = -1;

/**
 * Log start or end offsets of every partition with a leader: one ListOffsets per leader broker, sent
 * together. (kafkajs's Cluster.fetchTopicsOffset merges the answers by copying an object per topic
 * answered: quadratic, a second and a half of CPU at 2,000 topics.)
 */
async function readOffsets(cluster: SnapshotCluster, topics: readonly TopicInfo[], fromBeginning: boolean): Promise<Map<string, number>> {
  const byLeader = new Map<number, Map<string, Array<{ partition: number; timestamp: number }>>>();
  for (const t of topics) {
    for (const p of t.partitions) {
      if (p.leader < 0) continue;
      let ofLeader = byLeader.get(p.leader);
      if (!ofLeader) byLeader.set(p.leader, (ofLeader = new Map()));
      let partitions = ofLeader.get(t.name);
      if (!partitions) ofLeader.set(t.name, (partitions = []));
      partitions.push({ partition: p.id, timestamp: fromBeginning ? EARLIEST : LATEST });
    }
  }
  const out = new Map<string, number>();
  await Promise.all(
    [...byLeader].map(async ([nodeId, ofLeader]) => {
      const broker = await cluster.findBroker({ nodeId });
      const { responses } = await broker.listOffsets({ isolationLevel: READ_UNCOMMITTED, topics: [...ofLeader].map(([topic, partitions]) => ({ topic, partitions })) });
      for (const t of responses) for (const p of t.partitions) out.set(`${t.topic}:${p.partition}`, Number(p.offset));
    }),
  );
  return out;
}

/** Groups read at once: enough to hide round trips, few enough not to flood a coordinator. */
const GROUP_READS_AT_ONCE = 16;

/** Runs `fn` over `items` with at most `limit` calls in flight; results keep the items' order. */
async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** The topics a consumer group's members subscribe to, from their DescribeGroups metadata. */
function subscribedTopics(members: Array<{ memberMetadata: Buffer }>): string[] | null {
  const topics = new Set<string>();
  for (const m of members) {
    try {
      for (const t of kafkajs.AssignerProtocol.MemberMetadata.decode(m.memberMetadata)?.topics ?? []) topics.add(t);
    } catch {
      return null; // not the consumer protocol's metadata: name every topic
    }
  }
  return topics.size ? [...topics] : null;
}

/** Sends one OffsetFetch for a group: naming the encoded `topics`, or, with null, asking for all it committed. */
export type FetchCommitted = (groupId: string, topics: Buffer | null) => Promise<OffsetFetchAnswer>;

/**
 * Reads groups' committed offsets, one OffsetFetch per group. A group whose subscribed topics are
 * known names their partitions. Otherwise (no members, or no DescribeGroups) it asks with the "all
 * topics" form (OffsetFetch v2+, a null topic list), what a real broker answers with the group's own
 * commits, kept to `topics`. A broker that answers that form with a null list (Kafka never does; the
 * local mock does) has not taken it: from then on each group names every partition of `topics`,
 * with the list encoded once for all groups.
 */
export class GroupOffsetReader {
  private allTopicsAnswered = true;
  private readonly encoded = new WeakMap<readonly TopicInfo[], Buffer>();

  constructor(private readonly fetch: FetchCommitted) {}

  /** The partitions of `topics`, encoded once per list (the same list serves every group). */
  private named(topics: readonly TopicInfo[]): Buffer {
    let body = this.encoded.get(topics);
    if (!body) this.encoded.set(topics, (body = encodeOffsetFetchTopics(topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => p.id) })))));
    return body;
  }

  async read(groupId: string, ends: ReadonlyMap<string, number>, topics: readonly TopicInfo[], subscribed: boolean): Promise<GroupPartitionOffset[]> {
    let committed: CommittedOffset[] | null = null;
    if (!subscribed && this.allTopicsAnswered) {
      committed = (await this.fetch(groupId, null)).committed;
      if (committed === null) this.allTopicsAnswered = false;
      else {
        const named = new Set(topics.map((t) => t.name));
        committed = committed.filter((c) => named.has(c.topic));
      }
    }
    committed ??= (await this.fetch(groupId, this.named(topics))).committed ?? [];
    const out: GroupPartitionOffset[] = committed.map(({ topic, partition, committed: offset }) => {
      const end = ends.get(`${topic}:${partition}`) ?? null;
      return { topic, partition, committed: offset, end, lag: end !== null ? Math.max(0, end - offset) : null };
    });
    return out.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
  }
}

/** How often a wait between group samples reports itself. */
const WAIT_REPORT_MS = 1000;

export async function takeSnapshot(connection: ConnectionOptions, options: SnapshotOptions = {}): Promise<ClusterSnapshot> {
  await ensureKafkaReachable(connection);
  const started = Date.now();
  const requests: RequestCounts = {};
  const unavailable: Unavailable[] = [];
  const kafka = kafkaClient(connection);
  const cluster = internalCluster(kafka, requests) as SnapshotCluster;
  const admin = kafka.admin();
  admin.on(admin.events.REQUEST, (e) => count(requests, e.payload.broker, e.payload.apiName));
  try {
    await cluster.connect();
    await admin.connect();

    // Brokers, racks, controller, every topic with its partitions: one Metadata request.
    const md = await cluster.metadata({ topics: [] });
    const brokers: BrokerInfo[] = md.brokers.map((b) => ({ id: b.nodeId, host: b.host, port: b.port, rack: b.rack ?? null })).sort((a, b) => a.id - b.id);
    const topics: TopicInfo[] = md.topicMetadata
      .filter((t) => options.includeInternal || !(t.isInternal || t.topic.startsWith('__')))
      .map((t) => ({
        name: t.topic,
        internal: Boolean(t.isInternal),
        config: null,
        partitions: t.partitionMetadata.map((p) => partitionFromMetadata(p, null, null)).sort((a, b) => a.id - b.id),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));

    // Log start and end offsets: one ListOffsets per leader broker for each.
    let ends = new Map<string, number>();
    try {
      ends = await readOffsets(cluster, topics, false);
      const starts = await readOffsets(cluster, topics, true);
      for (const t of topics) {
        for (const p of t.partitions) {
          p.latest = ends.get(`${t.name}:${p.id}`) ?? null;
          p.earliest = starts.get(`${t.name}:${p.id}`) ?? null;
        }
      }
    } catch (e) {
      unavailable.push({ what: 'partition offsets (ListOffsets)', reason: reasonOf(e) });
    }

    // Groups: all of them when ListGroups answers, plus those named.
    let groupIds = [...new Set(options.groups ?? [])];
    let groupsComplete = false;
    try {
      const listed = await admin.listGroups();
      groupIds = [...new Set([...listed.groups.filter((g) => g.protocolType === 'consumer' || g.protocolType === '').map((g) => g.groupId), ...groupIds])];
      groupsComplete = true;
    } catch (e) {
      unavailable.push({ what: 'the list of consumer groups (ListGroups)', reason: `${reasonOf(e)}; only groups named with --group were inspected` });
    }
    // Each group's coordinator, found once (a bounded number at once) for DescribeGroups and both offset readings.
    const coordinators = new Map<string, number>();
    const coordinatorErrors = new Map<string, string>();
    await mapBounded(groupIds, GROUP_READS_AT_ONCE, async (id) => {
      try {
        coordinators.set(id, (await cluster.findGroupCoordinatorMetadata({ groupId: id })).coordinator.nodeId);
      } catch (e) {
        coordinatorErrors.set(id, reasonOf(e));
      }
    });
    const coordinatorOf = async (id: string) => {
      const nodeId = coordinators.get(id);
      if (nodeId === undefined) throw new Error(`no coordinator: ${coordinatorErrors.get(id) ?? 'not found'}`);
      return cluster.findBroker({ nodeId });
    };
    // States and members: one DescribeGroups per coordinator for all of its groups.
    const described = new Map<string, { state: string; members: number; topics: string[] | null }>();
    const byCoordinator = new Map<number, string[]>();
    for (const [id, nodeId] of coordinators) byCoordinator.set(nodeId, [...(byCoordinator.get(nodeId) ?? []), id]);
    const describeErrors = await Promise.all(
      [...byCoordinator].map(async ([nodeId, ids]) => {
        try {
          const d = await (await cluster.findBroker({ nodeId })).describeGroups({ groupIds: ids });
          for (const g of d.groups) if (g.errorCode === 0) described.set(g.groupId, { state: g.state, members: g.members.length, topics: subscribedTopics(g.members) });
          return undefined;
        } catch (e) {
          return reasonOf(e);
        }
      }),
    );
    const describeError = describeErrors.find((e) => e !== undefined);
    if (describeError !== undefined) unavailable.push({ what: 'group states and members (DescribeGroups)', reason: describeError });
    const reader = new GroupOffsetReader(async (id, named) => offsetFetch(await coordinatorOf(id), id, named));
    const subscriptionsOf = (id: string) => {
      const subscribed = described.get(id)?.topics;
      if (!subscribed) return undefined;
      const names = new Set(subscribed);
      return topics.filter((t) => names.has(t.name));
    };
    type GroupRead = { id: string; offsets: GroupPartitionOffset[]; error?: undefined } | { id: string; offsets?: undefined; error: string };
    const read = await mapBounded(groupIds, GROUP_READS_AT_ONCE, async (id): Promise<GroupRead> => {
      try {
        const subscribed = subscriptionsOf(id);
        return { id, offsets: await reader.read(id, ends, subscribed ?? topics, subscribed !== undefined) };
      } catch (e) {
        return { id, error: reasonOf(e) };
      }
    });
    const groups: GroupInfo[] = [];
    for (const r of read) {
      if (r.offsets === undefined) unavailable.push({ what: `committed offsets of group ${r.id} (OffsetFetch)`, reason: r.error });
      else groups.push({ id: r.id, state: described.get(r.id)?.state ?? null, members: described.get(r.id)?.members ?? null, offsets: r.offsets, later: null });
    }
    const sampleMs = options.sampleMs ?? 0;
    if (sampleMs > 0 && groups.length) {
      for (let waited = 0; waited < sampleMs; waited += WAIT_REPORT_MS) {
        options.onWait?.(waited, sampleMs);
        await new Promise((r) => setTimeout(r, Math.min(WAIT_REPORT_MS, sampleMs - waited)));
      }
      const touched = new Set(groups.flatMap((g) => g.offsets.map((o) => o.topic)));
      const touchedTopics = topics.filter((t) => touched.has(t.name));
      const topicByName = new Map(touchedTopics.map((t) => [t.name, t]));
      const laterEnds = await readOffsets(cluster, touchedTopics, false).catch(() => ends);
      await mapBounded(groups, GROUP_READS_AT_ONCE, async (g) => {
        g.later = await reader
          .read(
            g.id,
            laterEnds,
            [...new Set(g.offsets.map((o) => o.topic))].map((name) => topicByName.get(name)!),
            true,
          )
          .catch(() => null);
      });
    }

    // Configs last: a broker without DescribeConfigs (the mock) drops the connection on it.
    let brokerConfig: Record<string, string> | null = null;
    try {
      const resources = [
        ...topics.map((t) => ({ type: ConfigResourceTypes.TOPIC, name: t.name })),
        ...(md.controllerId !== undefined && md.controllerId >= 0 ? [{ type: ConfigResourceTypes.BROKER, name: String(md.controllerId) }] : []),
      ];
      const configs = await admin.describeConfigs({ resources, includeSynonyms: false });
      const byTopic = new Map(topics.map((t) => [t.name, t]));
      for (const r of configs.resources) {
        const entries = Object.fromEntries(r.configEntries.map((c) => [c.configName, c.configValue]));
        if (r.resourceType === ConfigResourceTypes.BROKER) brokerConfig = entries;
        else {
          const t = byTopic.get(r.resourceName);
          if (t) t.config = entries;
        }
      }
    } catch (e) {
      unavailable.push({ what: 'topic and broker configs (DescribeConfigs)', reason: reasonOf(e) });
    }

    return {
      takenAt: new Date(started).toISOString(),
      cluster: describeConnection(connection),
      clusterId: md.clusterId ?? null,
      controller: md.controllerId ?? null,
      brokers,
      topics,
      groups,
      groupsComplete,
      brokerConfig,
      sampleMs: sampleMs > 0 && groups.length ? sampleMs : 0,
      unavailable,
      requests,
      durationMs: Date.now() - started,
    };
  } finally {
    await admin.disconnect().catch(() => undefined);
    await cluster.disconnect().catch(() => undefined);
  }
}
