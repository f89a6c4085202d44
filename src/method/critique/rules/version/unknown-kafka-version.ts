import { resolveVersion } from '../../../../knowledge/catalog.js';
import { configRule } from '../../engine.js';
import { KAFKA_FILE_KINDS } from '../support.js';

export const unknownKafkaVersion = configRule({
  meta: {
    id: 'version/unknown-kafka-version',
    severity: 'info',
    summary: 'A Kafka version outside the reference catalog; the nearest documented version answers for it.',
    why: 'Defaults and valid values are judged against the documented version nearest below the one stated; settings added or changed since then are not known to the critique.',
    refs: ['https://kafka.apache.org/downloads'],
    fix: 'Nothing to change in the file; pass --kafka-version with a documented version to compare, and check the release notes of the newer version.',
    messages: {
      kafkaIsThanThe: 'Kafka {{kafkaVersion}} is {{relation}} than the documented versions; judged with the {{documented}} reference',
    },
    kinds: KAFKA_FILE_KINDS,
  },
  check(ctx) {
    const r = resolveVersion(ctx.kafkaVersion);
    if (r.relation === 'documented' || r.relation === 'between') return [];
    return [{ messageId: 'kafkaIsThanThe', data: { kafkaVersion: ctx.kafkaVersion, relation: r.relation, documented: r.documented } }];
  },
});
