import { platformFacts, type PlatformTier } from '../../../../knowledge/platforms.js';
import { fmt } from '../../../../model/units.js';
import { designRule, type DesignHit } from '../types.js';

type Message = 'partitions' | 'tierForPartitions' | 'ownTiering' | 'noBrokerConfigs';

const names = (tiers: readonly PlatformTier[]) => tiers.map((t) => t.name).join(', ');

/** A design that needs what the platform forbids or does differently. */
export const platformLimits = designRule({
  meta: {
    id: 'platform/limits',
    severity: 'error',
    summary: 'The design needs more than the platform (or some of its cluster types) holds, or sets what the platform handles its own way.',
    why: 'Managed platforms cap partitions per cluster type, own the broker configuration and bring their own storage tiering; a design written for self-managed Kafka fails there at topic creation or silently does nothing. (Records above 1 MB already go through a claim check, so no design needs the per-type max.message.bytes caps; critique checks topic files against them.)',
    refs: [
      'https://docs.confluent.io/cloud/current/clusters/cluster-types.html',
      'https://docs.confluent.io/cloud/current/topics/manage.html',
      'https://docs.aws.amazon.com/msk/latest/developerguide/bestpractices.html',
    ],
    fix: "Fit the design to the platform (fewer partitions, the platform's own tiering) or choose a cluster type that allows it.",
    messages: {
      partitions: 'The design has {{partitions}} partitions (before replication), above what any {{platform}} cluster type holds (at most {{largest}}).',
      tierForPartitions: 'The design has {{partitions}} partitions (before replication): on {{platform}} only {{allowing}} clusters hold that many ({{capping}} stop at {{cap}}).',
      ownTiering: '{{topic}} sets remote.storage.enable, but {{platform}} tiers storage its own way: {{note}}',
      noBrokerConfigs: 'client.rack needs replica.selector.class on the brokers, and {{platform}} allows no broker configuration: check whether the service enables follower fetching itself.',
    },
  },
  check({ facts, design }) {
    const platform = platformFacts(facts.platform);
    const tiers = platform.tiers ?? [];
    const hits: DesignHit<Message>[] = [];
    for (const t of design.topics) {
      if (t.config['remote.storage.enable'] === 'true' && platform.tieredStorage === 'own') {
        hits.push({ flow: t.flows[0]!, severity: 'warning', messageId: 'ownTiering', data: { topic: t.name, platform: platform.name, note: platform.notes.find((n) => /[Tt]iered/.test(n)) ?? '' } });
      }
    }
    const partitions = design.topics.reduce((n, t) => n + t.partitions, 0);
    const held = { allowing: tiers.filter((t) => t.partitions >= partitions), capping: tiers.filter((t) => t.partitions < partitions) };
    const flow = design.topics[0]?.flows[0] ?? '';
    if (tiers.length > 0 && held.allowing.length === 0) {
      hits.push({
        flow,
        messageId: 'partitions',
        data: { partitions: fmt(partitions), platform: platform.name, largest: `${fmt(Math.max(...tiers.map((t) => t.partitions)))}` },
        fix: 'Use fewer partitions per topic (each consumer instance needs one, not more), or split the topics over several clusters.',
      });
    } else if (held.capping.length > 0) {
      hits.push({
        flow,
        severity: 'warning',
        messageId: 'tierForPartitions',
        data: { partitions: fmt(partitions), platform: platform.name, allowing: names(held.allowing), capping: names(held.capping), cap: fmt(Math.max(...held.capping.map((c) => c.partitions))) },
        fix: `Run the design on a ${held.allowing[0]!.name} cluster, or use fewer partitions.`,
      });
    }
    if (platform.brokerConfigs === 'none' && facts.racks !== null && facts.racks > 1 && design.consumers.some((c) => c.config['client.rack'])) {
      hits.push({ flow: design.consumers[0]!.flow, severity: 'warning', messageId: 'noBrokerConfigs', data: { platform: platform.name } });
    }
    return hits;
  },
});
