import { compareVersions } from '../../../../knowledge/catalog.js';
import { DOCS, PLANNING } from '../../../../knowledge/planning.js';
import { fmt, fmtBytes } from '../../../../model/units.js';
import { TIERED_STORAGE_EARLY_ACCESS } from '../../../strategy/storage.js';
import { designRule, type DesignHit, flowField } from '../types.js';

const pct = (share: number) => `${fmt(Math.round(share * 1000) / 10)} %`;

/** The topics' retained bytes per broker against the usable disk, with room to spare. */
export const diskPerBroker = designRule({
  meta: {
    id: 'capacity/disk-per-broker',
    severity: 'warning',
    summary: `The retained data per broker (all replicas, after compression) exceeds ${Math.round(PLANNING.diskSafeFill * 100)} % of the usable disk.`,
    why: `Keep a broker's log disk at most ~${Math.round(PLANNING.diskSafeFill * 100)} % full: a partition reassignment or a replaced broker copies whole partitions onto the others before the old copies go; retention deletes only closed segments (and only at the next retention check), so the disk holds more than the retention; page cache and bursts (a stuck consumer, a replay) need room. A full disk takes the broker offline.`,
    refs: [DOCS.replication, 'https://kafka.apache.org/documentation/#tiered_storage'],
    fix: 'Add brokers, shorten retention, compress with zstd, or move older segments to tiered storage (Kafka 3.9+, not for compacted topics).',
    messages: {
      doesNotFit: '{{parts}}{{total}} per broker on {{disk}} disks = {{fill}} full: it does not fit. Options: {{options}}.',
      aboveSafeFill: '{{parts}}{{total}} per broker on {{disk}} disks = {{fill}} full, above the ~{{safe}} to keep for reassignment, segments awaiting deletion and bursts. Options: {{options}}.',
    },
  },
  check({ facts, design }) {
    const sized = design.topics.filter((t) => typeof t.sizing.diskBytesPerBroker === 'number');
    if (sized.length === 0) return [];
    const total = sized.reduce((sum, t) => sum + t.sizing.diskBytesPerBroker!, 0);
    const largest = [...sized].sort((a, b) => b.sizing.diskBytesPerBroker! - a.sizing.diskBytesPerBroker!)[0]!;
    const flow = largest.flows[0]!;
    const parts = sized.length > 1 ? `${sized.map((t) => `${t.name} ${fmtBytes(t.sizing.diskBytesPerBroker!)}`).join(' + ')} = ` : '';
    const disk = facts.diskPerBrokerBytes;
    if (disk === null) return [];
    const fill = total / disk;
    if (fill <= PLANNING.diskSafeFill) return [];
    const brokersNeeded = Math.ceil((total * facts.brokers) / (disk * PLANNING.diskSafeFill));
    const tierable =
      compareVersions(facts.kafkaVersion, TIERED_STORAGE_EARLY_ACCESS) >= 0 && design.topics.some((t) => t.config['cleanup.policy'] === 'delete' && t.config['remote.storage.enable'] !== 'true');
    const options = [
      `${brokersNeeded} brokers (${fmtBytes(total * facts.brokers)} / (${fmtBytes(disk)} x ${pct(PLANNING.diskSafeFill)}))`,
      'a shorter retention',
      ...(design.topics.some((t) => t.sizing.compression !== 'zstd' && (t.sizing.compressionRatio ?? 1) < PLANNING.alreadyCompressedRatio) ? ['zstd compression'] : []),
      ...(tierable ? [facts.tieredStorage === null ? 'tiered storage, if remote storage is available (cluster.tiered_storage)' : 'tiered storage'] : []),
    ];
    const hit: DesignHit<'doesNotFit' | 'aboveSafeFill'> = {
      flow,
      severity: fill > 1 ? 'error' : 'warning',
      messageId: fill > 1 ? 'doesNotFit' : 'aboveSafeFill',
      // Disk is the average rate x record size x retention of every flow, over the brokers.
      dependsOn: ['cluster.brokers', ...facts.flows.flatMap((f) => ['throughput.average_per_second', 'throughput.message_bytes', 'retention'].map((p) => flowField(f, p)))],
      data: { parts, total: fmtBytes(total), disk: fmtBytes(disk), fill: pct(fill), safe: pct(PLANNING.diskSafeFill), options: options.join('; ') },
    };
    return [hit];
  },
});
