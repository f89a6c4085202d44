import { DOCS, PLANNING } from '../../../../knowledge/planning.js';
import { fmt, fmtBytes } from '../../../../model/units.js';
import { designRule } from '../types.js';

/** A total order means one partition and one consumer: say what that costs. */
export const globalSinglePartition = designRule({
  meta: {
    id: 'ordering/global-single-partition',
    severity: 'warning',
    summary: 'Global order forces one partition and one consumer: a hard throughput ceiling.',
    why: 'Kafka orders records only within a partition. A total order over all events means a single partition, read by a single consumer, with no way to scale out later without giving up the order.',
    refs: [DOCS.ordering],
    fix: 'Check whether order per entity (per account, per aggregate) is enough: key by that entity and the stream can use many partitions.',
    messages: {
      globalOrderPartitionConsumer: `Global order: 1 partition, 1 consumer. Writes of {{bytes}}/s use {{writeShare}} % of a partition's ~{{partitionWriteBytesPerSecond}}/s; the one consumer handles at most {{capacityPerSecond}}/s against {{designRatePerSecond}}/s at peak. Neither limit can be raised by adding partitions or instances.`,
    },
  },
  check({ flows }) {
    return flows.flatMap(({ flow, plan, topic }) => {
      if (flow.ordering !== 'global') return [];
      const bytes = topic.sizing.peakBytesPerSecond;
      const writeShare = bytes / PLANNING.partitionWriteBytesPerSecond;
      const overWrite = writeShare > 1;
      return [
        {
          flow: flow.name,
          severity: overWrite ? ('error' as const) : ('warning' as const),
          messageId: 'globalOrderPartitionConsumer',
          data: {
            bytes: fmtBytes(bytes),
            writeShare: fmt(writeShare * 100),
            partitionWriteBytesPerSecond: fmtBytes(PLANNING.partitionWriteBytesPerSecond),
            capacityPerSecond: fmt(plan.capacityPerSecond),
            designRatePerSecond: fmt(plan.designRatePerSecond),
          },
        },
      ];
    });
  },
});
