import { compareVersions } from '../../../../knowledge/catalog.js';
import { TIERED_STORAGE_EARLY_ACCESS, TIERED_STORAGE_GA } from '../../../strategy/storage.js';
import { designRule, type DesignHit } from '../types.js';

/** Tiered storage asked for or designed where the version or the topic cannot have it, or only as early access. */
export const tieredStorage = designRule({
  meta: {
    id: 'storage/tiered-storage',
    severity: 'warning',
    summary: `Tiered storage on a Kafka version without it (before ${TIERED_STORAGE_EARLY_ACCESS}) or where it is early access (${TIERED_STORAGE_EARLY_ACCESS} to before ${TIERED_STORAGE_GA}), or on compacted topics.`,
    why: `Tiered storage (KIP-405) arrived as early access in ${TIERED_STORAGE_EARLY_ACCESS} (not for production: no upgrade path guaranteed, features missing) and is production-ready from ${TIERED_STORAGE_GA}. It never applies to compacted topics, whose whole log stays on broker disks.`,
    refs: ['https://kafka.apache.org/documentation/#tiered_storage', 'https://cwiki.apache.org/confluence/display/KAFKA/KIP-405%3A+Kafka+Tiered+Storage'],
    fix: `Run Kafka ${TIERED_STORAGE_GA} or later for tiered storage in production; size broker disks for compacted topics.`,
    messages: {
      noTieredStorage:
        'cluster.tiered_storage is true, but Kafka {{version}} has no tiered storage (early access from {{earlyAccess}}, production-ready from {{ga}}): every byte of retention stays on broker disks.',
      earlyAccess: '{{topics}} use tiered storage on Kafka {{version}}, where it is early access, not for production (production-ready from {{ga}}).',
      compacted: 'Flow "{{flow}}" is compacted: tiered storage does not apply to compacted topics, so its whole log stays on broker disks.',
    },
  },
  check({ facts, design }) {
    if (facts.tieredStorage !== true) return [];
    const hits: DesignHit<'noTieredStorage' | 'earlyAccess' | 'compacted'>[] = [];
    const first = facts.flows[0]?.name ?? '';
    if (compareVersions(facts.kafkaVersion, TIERED_STORAGE_EARLY_ACCESS) < 0) {
      hits.push({ flow: first, severity: 'error', messageId: 'noTieredStorage', data: { version: facts.kafkaVersion, earlyAccess: TIERED_STORAGE_EARLY_ACCESS, ga: TIERED_STORAGE_GA } });
    } else {
      const tiered = design.topics.filter((t) => t.config['remote.storage.enable'] === 'true');
      if (tiered.length > 0 && compareVersions(facts.kafkaVersion, TIERED_STORAGE_GA) < 0) {
        hits.push({ flow: tiered[0]!.flows[0]!, messageId: 'earlyAccess', data: { topics: tiered.map((t) => t.name).join(', '), version: facts.kafkaVersion, ga: TIERED_STORAGE_GA } });
      }
    }
    for (const f of facts.flows.filter((x) => x.state)) {
      hits.push({ flow: f.name, severity: 'info', messageId: 'compacted', data: { flow: f.name } });
    }
    return hits;
  },
});
