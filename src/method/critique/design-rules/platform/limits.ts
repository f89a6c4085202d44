import { platformFacts } from '../../../../knowledge/platforms.js';
import { fmtBytes } from '../../../../model/units.js';
import { designRule, type DesignHit } from '../types.js';

/** A design that needs what the platform forbids or does differently. */
export const platformLimits = designRule({
  meta: {
    id: 'platform/limits',
    severity: 'error',
    summary: 'The design needs a limit or a setting the platform does not allow, or sets one the platform handles its own way.',
    why: 'Managed platforms cap some topic limits, own the broker configuration and bring their own storage tiering; a design written for self-managed Kafka fails there at topic creation or silently does nothing.',
    fix: 'Fit the design to the platform (claim check for large records, the platform\'s own tiering) or choose a platform tier that allows it.',
    refs: ['https://docs.confluent.io/cloud/current/topics/overview.html', 'https://docs.aws.amazon.com/msk/latest/developerguide/bestpractices.html'],
    messages: {
      maxMessageBytes: '{{topic}} needs max.message.bytes {{wanted}}, above what {{platform}} allows: {{note}}.',
      ownTiering: '{{topic}} sets remote.storage.enable, but {{platform}} tiers storage its own way: {{note}}',
      noBrokerConfigs: 'client.rack needs replica.selector.class on the brokers, and {{platform}} allows no broker configuration: check whether the service enables follower fetching itself.',
    },
  },
  check({ facts, design }) {
    const platform = platformFacts(facts.platform);
    const hits: DesignHit<'maxMessageBytes' | 'ownTiering' | 'noBrokerConfigs'>[] = [];
    for (const t of design.topics) {
      const wanted = Number(t.config['max.message.bytes'] ?? 0);
      if (platform.maxMessageBytes && wanted > platform.maxMessageBytes.bytes) {
        hits.push({ flow: t.flows[0]!, messageId: 'maxMessageBytes', data: { topic: t.name, wanted: fmtBytes(wanted), platform: platform.name, note: platform.maxMessageBytes.note }, fix: 'Send large payloads through a claim check (object storage plus a reference record), or use a cluster type with a higher cap.' });
      }
      if (t.config['remote.storage.enable'] === 'true' && platform.tieredStorage !== 'kip-405' && platform.tieredStorage !== 'managed') {
        hits.push({ flow: t.flows[0]!, severity: 'warning', messageId: 'ownTiering', data: { topic: t.name, platform: platform.name, note: platform.notes.find((n) => /[Tt]iered/.test(n)) ?? '' } });
      }
    }
    if (platform.brokerConfigs === 'none' && facts.racks !== null && facts.racks > 1 && design.consumers.some((c) => c.config['client.rack'])) {
      hits.push({ flow: design.consumers[0]!.flow, severity: 'warning', messageId: 'noBrokerConfigs', data: { platform: platform.name } });
    }
    return hits;
  },
});
