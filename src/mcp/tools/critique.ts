import { z } from 'zod';
import { critique } from '../../method/critique/critique.js';
import { CONFIG_KINDS } from '../../method/critique/engine.js';
import { findingsDigest } from '../../method/report/findings-digest.js';
import { DELIVERIES, ENVIRONMENTS, ORDERINGS } from '../../model/requirements.js';
import { defineTool, MAX_TEXT } from '../tool.js';

export const critiqueTool = defineTool({
  name: 'critique',
  title: 'Critique existing Kafka configs',
  description: [
    'Finds what will bite in Kafka configuration people already run: settings the client or broker rejects, combinations that break a delivery guarantee, durability gaps (min.insync.replicas vs replication factor, internal topics), poll-loop and group timing, size limits, client-library quirks and version changes. Every finding has a rule id, severity, message with the numbers, fix, file and line, and official references.',
    'Call it on any config the user shares instead of reviewing it from memory. Input: the files as text with their names (Java .properties for producer/consumer/admin/streams/Connect/broker, Confluent .config, librdkafka or kafkajs JSON/YAML objects, Strimzi Kafka/KafkaTopic/KafkaNodePool YAML, Kubernetes ConfigMaps, docker-compose files, kafka-topics command lines); files given together are paired (a topic sees its cluster\'s min.insync.replicas). Add what the flow needs when known (delivery, ordering, environment, processing_p99_ms, message_bytes, brokers, whether the input is written transactionally, an external side effect of the handler, the configured batch) so rules can judge intent.',
    'Returns { findings, reviewed } (structured content), the same JSON as `kafka-specialist critique --format json`. Secret values never appear in it. Explain each finding most severe first; `kafka://rules/{id}` explains a rule.',
  ].join('\n'),
  input: z.object({
    files: z.array(z.object({
      name: z.string().min(1).max(500).describe('file name, e.g. server.properties or kafka.yaml (the extension helps detect the format)'),
      content: z.string().max(MAX_TEXT).describe('the file text'),
    })).min(1).max(100),
    kind: z.enum(CONFIG_KINDS).optional().describe('what the files configure, when detection should be overridden'),
    client: z.string().max(100).optional().describe('client library: kafka-clients, confluent-kafka, librdkafka, kafkajs, ...'),
    kafka_version: z.string().max(20).optional().describe('Kafka version to judge against, e.g. 3.9'),
    delivery: z.enum(DELIVERIES).optional(),
    ordering: z.enum(ORDERINGS).optional(),
    environment: z.enum(ENVIRONMENTS).optional().describe('severity follows it: replication factor 1 is an error in production'),
    processing_p99_ms: z.number().positive().optional().describe('p99 processing time per record, in ms'),
    message_bytes: z.number().positive().optional().describe('largest record, in bytes'),
    brokers: z.number().int().positive().optional(),
    input_transactional: z.boolean().optional().describe('the consumed topic is written by transactional producers (read_uncommitted is then flagged)'),
    external_side_effect: z.string().max(200).optional().describe('what the handler does outside Kafka, e.g. "card charge", "email", "HTTP call": auto-commit becomes an error, and exactly-once needs an idempotency key'),
    batch_records: z.number().int().positive().optional().describe('records taken per poll as configured: max.poll.records, or N of consume(num_messages=N) for librdkafka'),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: false, idempotentHint: true },
  run(input) {
    const result = critique(input.files.map((f) => ({ text: f.content, file: f.name })), {
      ...(input.kind ? { kind: input.kind } : {}),
      ...(input.client ? { library: input.client } : {}),
      ...(input.kafka_version ? { kafkaVersion: input.kafka_version } : {}),
      intent: {
        ...(input.delivery ? { delivery: input.delivery } : {}),
        ...(input.ordering ? { ordering: input.ordering } : {}),
        ...(input.environment ? { environment: input.environment } : {}),
        ...(input.processing_p99_ms !== undefined ? { processingP99Ms: input.processing_p99_ms } : {}),
        ...(input.message_bytes !== undefined ? { messageBytes: input.message_bytes } : {}),
        ...(input.brokers !== undefined ? { brokers: input.brokers } : {}),
        ...(input.input_transactional ? { upstreamTransactional: true } : {}),
        ...(input.external_side_effect ? { externalSideEffect: input.external_side_effect } : {}),
        ...(input.batch_records !== undefined ? { batchRecords: input.batch_records } : {}),
      },
    });
    return {
      json: { findings: result.findings, reviewed: result.reviewed },
      summary: [`${result.reviewed.length} configuration(s) reviewed.`, ...findingsDigest(result.findings)].join('\n'),
    };
  },
});
