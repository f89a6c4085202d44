import { compareVersions } from '../../../../knowledge/catalog.js';
import { TIERED_STORAGE_EARLY_ACCESS, TIERED_STORAGE_GA } from '../../../strategy/storage.js';
import type { DesignHit, DesignRule } from '../types.js';

/** Tiered storage asked for or designed where the version or the topic cannot have it, or only as early access. */
export const tieredStorage: DesignRule = {
  id: 'storage/tiered-storage',
  severity: 'warning',
  summary: `Tiered storage on a Kafka version without it (before ${TIERED_STORAGE_EARLY_ACCESS}) or where it is early access (${TIERED_STORAGE_EARLY_ACCESS} to before ${TIERED_STORAGE_GA}), or on compacted topics.`,
  why: `Tiered storage (KIP-405) arrived as early access in ${TIERED_STORAGE_EARLY_ACCESS} (not for production: no upgrade path guaranteed, features missing) and is production-ready from ${TIERED_STORAGE_GA}. It never applies to compacted topics, whose whole log stays on broker disks.`,
  fix: `Run Kafka ${TIERED_STORAGE_GA} or later for tiered storage in production; size broker disks for compacted topics.`,
  refs: ['https://kafka.apache.org/documentation/#tiered_storage', 'https://cwiki.apache.org/confluence/display/KAFKA/KIP-405%3A+Kafka+Tiered+Storage'],
  check({ facts, design }) {
    if (facts.tieredStorage !== true) return [];
    const hits: DesignHit[] = [];
    const first = facts.flows[0]?.name ?? '';
    if (compareVersions(facts.kafkaVersion, TIERED_STORAGE_EARLY_ACCESS) < 0) {
      hits.push({ flow: first, severity: 'error', message: `cluster.tiered_storage is true, but Kafka ${facts.kafkaVersion} has no tiered storage (early access from ${TIERED_STORAGE_EARLY_ACCESS}, production-ready from ${TIERED_STORAGE_GA}): every byte of retention stays on broker disks.` });
    } else {
      const tiered = design.topics.filter((t) => t.config['remote.storage.enable'] === 'true');
      if (tiered.length > 0 && compareVersions(facts.kafkaVersion, TIERED_STORAGE_GA) < 0) {
        hits.push({ flow: tiered[0]!.flows[0]!, message: `${tiered.map((t) => t.name).join(', ')} use tiered storage on Kafka ${facts.kafkaVersion}, where it is early access, not for production (production-ready from ${TIERED_STORAGE_GA}).` });
      }
    }
    for (const f of facts.flows.filter((x) => x.state)) {
      hits.push({ flow: f.name, severity: 'info', message: `Flow "${f.name}" is compacted: tiered storage does not apply to compacted topics, so its whole log stays on broker disks.` });
    }
    return hits;
  },
};
