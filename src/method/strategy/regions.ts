// Several regions: which topics are mirrored where, how topics are named in the other region,
// how consumer offsets follow, and what a failover loses. MirrorMaker 2 unless the platform has
// its own link.
import { MM2_REPLICATION_FACTORS, MM2_SOURCES } from '../../knowledge/mirror-maker.js';
import type { RegionReplication, TopicDesign } from '../../model/design.js';
import type { Facts } from '../deconstruct/normalize.js';

const MM2_DOCS = MM2_SOURCES.georeplication;

/** The link that copies topics between regions on each platform. */
function linkFor(platform: string): { tool: string; note: string } {
  if (platform === 'confluent-cloud') return { tool: 'Cluster Linking', note: 'Confluent Cloud links clusters natively (mirror topics keep their names and offsets); MirrorMaker 2 also works.' };
  if (platform === 'msk') return { tool: 'MSK Replicator', note: 'MSK Replicator is the managed link (it can keep topic names); MirrorMaker 2 on MSK Connect also works.' };
  return { tool: 'MirrorMaker 2', note: 'MirrorMaker 2 runs as Kafka Connect connectors (MirrorSourceConnector, MirrorCheckpointConnector, MirrorHeartbeatConnector).' };
}

export function designRegions(facts: Facts, topics: TopicDesign[]): RegionReplication[] {
  if (facts.regions === null || facts.regions.count < 2) return [];
  const { count, mode } = facts.regions;
  const regions = Array.from({ length: count }, (_, i) => `region-${i + 1}`);
  const pairs = mode === 'active-active' ? regions.flatMap((a) => regions.filter((b) => b !== a).map((b) => [a, b] as const)) : regions.slice(1).map((b) => [regions[0]!, b] as const);
  const link = linkFor(facts.platform);
  const mirrored = topics.filter((t) => t.role === 'events' || t.role === 'dead-letter');
  const exactlyOnce = facts.flows.some((f) => f.delivery === 'exactly-once');
  return pairs.map(([source, target]) => {
    // Active-active must prefix (the default policy) so a record never loops back; active-passive
    // prefixes too by default, which keeps failback unambiguous.
    const remoteTopics = mirrored.map((t) => `${source}.${t.name}`);
    // Every topic MirrorMaker creates in the target takes the replication the cluster's own topics have.
    const rf = Math.max(...mirrored.map((t) => t.replicationFactor), 1);
    const config: Record<string, string> = {
      clusters: `${source}, ${target}`,
      [`${source}->${target}.enabled`]: 'true',
      [`${source}->${target}.topics`]: mirrored.map((t) => t.name.replace(/\./g, '\\.')).join('|'),
      'replication.policy.class': 'org.apache.kafka.connect.mirror.DefaultReplicationPolicy',
      ...Object.fromEntries(MM2_REPLICATION_FACTORS.map((f) => [f.name, String(rf)])),
      'emit.checkpoints.enabled': 'true',
      'emit.checkpoints.interval.seconds': '60',
      'sync.group.offsets.enabled': mode === 'active-passive' ? 'true' : 'false',
      'emit.heartbeats.enabled': 'true',
    };
    const rationale = [
      { setting: 'tool', why: link.note, refs: [MM2_DOCS] },
      {
        setting: 'topics',
        why: `${mode}: ${mode === 'active-active' ? 'every region writes its own topics and mirrors them to the others' : `${source} serves all traffic and ${target} is the standby`}. The default replication policy names a mirrored topic <source alias>.<topic> (e.g. ${remoteTopics[0] ?? `${source}.<topic>`}), so mirrored and local records never mix and a record is never copied back${mode === 'active-active' ? '; consumers that need all regions subscribe to the local topic and its prefixed copies (a pattern such as .*\\.?<topic>)' : ''}.`,
        refs: [MM2_DOCS],
      },
      {
        setting: 'replication factors',
        why: `Every topic MirrorMaker 2 creates in ${target} gets ${rf} replicas, as the cluster's own topics: left unset, the mirrored topics would take MirrorMaker's default ${MM2_REPLICATION_FACTORS[0]!.default} (with min.insync.replicas 2, one broker down would stop mirroring) and its internal topics 3 (${MM2_REPLICATION_FACTORS.slice(
          1,
        )
          .map((f) => f.name)
          .join(', ')}); Kafka's example file sets them all to 1.`,
        refs: [MM2_DOCS, MM2_SOURCES.source],
      },
      {
        setting: 'offsets',
        why: `The checkpoint connector translates committed consumer offsets into ${target}'s offsets every 60 s (emit.checkpoints.interval.seconds)${mode === 'active-passive' ? '; sync.group.offsets.enabled writes them to the standby groups, so consumers started there resume near where they stopped' : '; groups are per region, so they are not synced'}. Offsets differ between clusters: never copy them as numbers.`,
        refs: [MM2_DOCS],
      },
      {
        setting: 'failover',
        why: `A failover loses what was written in ${source} but not yet mirrored (the replication lag: watch MirrorSourceConnector's replication-latency-ms and record-age metrics), and consumers re-read up to one checkpoint interval (60 s) of records: duplicates for at-least-once consumers, so they must stay idempotent.${exactlyOnce ? ' Exactly-once does not cross regions: MirrorMaker 2 copies with at-least-once unless Connect runs exactly-once source support (KIP-618, Kafka 3.3+), and transactions never span clusters.' : ''}`,
        refs: [MM2_DOCS],
      },
    ];
    return { source, target, mode, tool: link.tool, topics: mirrored.map((t) => t.name), remoteTopics, config, rationale };
  });
}
