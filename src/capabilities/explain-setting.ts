// Explain one Kafka setting (any scope, any client spelling) or one critique rule.
import { z } from 'zod';
import { SCOPES } from '../knowledge/catalog.js';
import { explain } from '../method/reference/explain.js';
import { renderExplain, showDefault } from '../method/reference/render.js';
import { defineCapability } from './capability.js';

export const explainSetting = defineCapability({
  name: 'explain_setting',
  cliName: 'explain',
  title: 'Explain a Kafka setting or rule',
  description: [
    'Everything the specialist knows about one Kafka setting: type, default for a Kafka version and client library, valid values, what it does, when to change it, which settings it interacts with, how its default changed across versions (e.g. linger.ms 0 -> 5 at 4.0), the librdkafka/kafkajs names, and the official doc link.',
    'Call it before stating any default or valid value. Accepts Java names, librdkafka names (queue.buffering.max.ms), kafkajs options (idempotent) and franz-go options (ProducerBatchMaxBytes); an id with a slash (area/name) explains a critique rule. Unknown names come back as an error with did-you-mean suggestions.',
  ].join('\n'),
  input: z.object({
    name: z.string().min(1).max(200).describe('setting name (any client spelling) or rule id area/name'),
    kafka_version: z.string().max(20).optional().describe('Kafka version, e.g. 3.9; default: newest in the catalog'),
    client: z.string().max(60).optional().describe('library id (kafka-clients, confluent-kafka, kafkajs, ...) or family (java, librdkafka, kafkajs)'),
    scope: z.enum(SCOPES).optional().describe('only this scope, for names several scopes share (compression.type)'),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: false, idempotentHint: true },
  run: ({ name, kafka_version, client, scope }) => explain(name, { kafkaVersion: kafka_version, client, scope }),
  render: (result, format: 'text' | 'markdown') => renderExplain(result, format),
  summarize: (result) =>
    result.kind === 'rule'
      ? `${result.rule.id} (${result.rule.severity}): ${result.rule.summary}`
      : result.settings
          .map((s) => {
            const clientPart = s.client ? `; ${s.client.library}: ${s.client.name ?? '(none)'} = ${showDefault(s.client.default)}` : '';
            return `${s.scope} ${s.name} at Kafka ${s.kafkaVersion.requested}: default ${showDefault(s.default)}${clientPart}. ${s.explanation?.what ?? ''}`.trim();
          })
          .join('\n'),
});
