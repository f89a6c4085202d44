import { numericDefault } from '../../../../knowledge/catalog.js';
import { DOCS, PLANNING } from '../../../../knowledge/planning.js';
import { fmtBytes } from '../../../../model/units.js';
import { type DesignHit, designRule, flowField } from '../types.js';

/** Records near or above the default size limits. */
export const largeRecords = designRule({
  meta: {
    id: 'size/large-records',
    severity: 'warning',
    summary: "Records are near or above Kafka's default size limits.",
    why: 'Producer max.request.size, topic max.message.bytes and consumer fetch sizes all default to about 1 MB; records beyond that are rejected, and large ones slow replication and fetches for every partition on the broker.',
    refs: [DOCS.claimCheck],
    fix: 'Use a claim check (payload in object storage, reference in Kafka), or raise every limit in step: producer max.request.size, topic max.message.bytes, consumer max.partition.fetch.bytes and fetch.max.bytes.',
    messages: {
      recordsExceedTheMaxRequestSize:
        '{{messageBytes}} records exceed the {{limit}} max.request.size default and the topic and fetch limits; the design moves payloads out of Kafka (claim check) and sends references.',
      recordsFitTheDefaults: '{{messageBytes}} records fit the {{limit}} defaults with little headroom: a record that grows by a third will be rejected.',
    },
  },
  check({ facts, flows }) {
    return flows.flatMap(({ flow }): Array<DesignHit<'recordsExceedTheMaxRequestSize' | 'recordsFitTheDefaults'>> => {
      const limit = numericDefault('producer', 'max.request.size', facts.kafkaVersion);
      if (flow.messageBytes > PLANNING.claimCheckAboveBytes) {
        return [
          {
            flow: flow.name,
            dependsOn: [flowField(flow, 'throughput.message_bytes')],
            messageId: 'recordsExceedTheMaxRequestSize',
            data: { messageBytes: fmtBytes(flow.messageBytes), limit: fmtBytes(limit) },
          },
        ];
      }
      if (flow.messageBytes > PLANNING.largeRecordWarningBytes) {
        return [
          {
            flow: flow.name,
            dependsOn: [flowField(flow, 'throughput.message_bytes')],
            severity: 'info',
            messageId: 'recordsFitTheDefaults',
            data: { messageBytes: fmtBytes(flow.messageBytes), limit: fmtBytes(limit) },
          },
        ];
      }
      return [];
    });
  },
});
