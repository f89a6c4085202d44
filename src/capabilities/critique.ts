// Critique the configurations people already run: findings with rule, severity, numbers, fix,
// file and line. The intent (what the flow needs) is mapped here once, for both doors.
import { findingsDigest } from '../method/report/findings-digest.js';
import { z } from 'zod';
import { critique as critiqueFiles, intentFromRequirements } from '../method/critique/critique.js';
import { CONFIG_KINDS } from '../method/critique/config-model.js';
import type { Intent } from '../method/critique/engine.js';
import { ALL_RULES } from '../method/critique/rules/index.js';
import { toSarif } from '../method/critique/sarif.js';
import { findingSchema, type Finding } from '../model/design.js';
import { UserError } from '../model/errors.js';
import { MSK_BROKER_SIZES } from '../knowledge/msk-brokers.js';
import { DELIVERIES, ENVIRONMENTS, JAVA_INT_MAX, ORDERINGS, PLATFORMS } from '../model/requirements.js';
import { defineCapability, SPECIALIST_VERSION } from './capability.js';
import { clientLibraryId } from './client-input.js';
import { count } from './documents.js';
import { namedText } from './limits.js';

/** The findings, worst first, and each configuration reviewed as it was read. */
export const critiqueDocument = z.object({
  findings: z.array(findingSchema),
  reviewed: z.array(
    z.object({
      file: z.string().optional(),
      kind: z.enum(CONFIG_KINDS).describe('what the configuration configures, as detected or given'),
      label: z.string().optional().describe('which part of the file, when it holds several configurations'),
      library: z.string(),
      kafkaVersion: z.string(),
      settings: count.describe('settings read'),
    }),
  ),
});

function renderText(findings: readonly Finding[], reviewed: number): string {
  if (findings.length === 0) return `${reviewed} configuration(s) reviewed: no findings.\n`;
  const lines: string[] = [];
  let file: string | undefined;
  for (const f of findings) {
    if (f.file !== file) {
      file = f.file;
      lines.push('', file ?? '<input>');
    }
    lines.push(`  ${f.line !== undefined ? String(f.line).padStart(4) : '   -'}  ${f.severity.padEnd(7)}  ${f.message}  [${f.rule}]`, `        fix: ${f.fix}`);
  }
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  lines.push('', `${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info in ${reviewed} configuration(s).`);
  return lines.join('\n').replace(/^\n/, '') + '\n';
}

export const critique = defineCapability({
  name: 'critique',
  cliName: 'critique',
  title: 'Critique existing Kafka configs',
  description: [
    'Finds what will bite in Kafka configuration people already run: settings the client or broker rejects, combinations that break a delivery guarantee, durability gaps (min.insync.replicas vs replication factor, internal topics), poll-loop and group timing, size limits, client-library quirks and version changes. Every finding has a rule id, severity, message with the numbers, fix, file and line, and official references.',
    "Call it on any config the user shares instead of reviewing it from memory. Input: the files as text with their names (Java .properties for producer/consumer/admin/streams/Connect/broker, Confluent .config, librdkafka or kafkajs JSON/YAML objects, Strimzi Kafka/KafkaTopic/KafkaNodePool YAML, Kubernetes ConfigMaps, docker-compose files, kafka-topics command lines); files given together are paired (a topic sees its cluster's min.insync.replicas). Add what the flow needs when known (delivery, ordering, environment, processing_p99_ms, message_bytes, brokers, whether the input is written transactionally, an external side effect of the handler, the configured batch) so rules can judge intent.",
    'Returns { findings, reviewed } (structured content), the same JSON as `kafka-specialist critique --format json`. Secret values never appear in it. Explain each finding most severe first; `kafka://rules/{id}` explains a rule.',
  ].join('\n'),
  input: z.object({
    files: z.array(namedText).min(1).max(100).describe('the configuration files, each with its name (the name helps detect the format)'),
    kind: z.enum(CONFIG_KINDS).optional().describe('what the files configure, when detection should be overridden'),
    client: clientLibraryId.optional().describe('the client library the configs are for (detected when omitted)'),
    kafka_version: z.string().max(20).optional().describe('Kafka version to judge against, e.g. 3.9'),
    requirements: namedText.optional().describe('a requirements file whose flow states the intent (stated values only); the fields below override it'),
    flow: z.string().min(1).max(200).optional().describe('the flow of requirements these configs serve (needed when it has several)'),
    delivery: z.enum(DELIVERIES).optional().describe('the delivery guarantee the flow needs'),
    ordering: z.enum(ORDERINGS).optional().describe('the ordering the flow needs'),
    environment: z.enum(ENVIRONMENTS).optional().describe('severity follows it: replication factor 1 is an error in production'),
    processing_p99_ms: z.number().positive().max(JAVA_INT_MAX).optional().describe('p99 processing time per record, in ms'),
    message_bytes: z.number().positive().max(JAVA_INT_MAX).optional().describe('largest record, in bytes'),
    brokers: z.number().int().positive().optional().describe('brokers in the cluster'),
    platform: z
      .enum(PLATFORMS)
      .optional()
      .describe("where the cluster runs: a broker configuration is then held to what the platform accepts (Amazon MSK's configuration properties, Strimzi's operator-owned settings)"),
    broker_type: z
      .enum(MSK_BROKER_SIZES.map((b) => b.id) as [string, ...string[]])
      .optional()
      .describe('the Amazon MSK broker size, e.g. kafka.m7g.large or express.m7g.large (Express brokers accept fewer properties); needs platform msk'),
    input_transactional: z.boolean().optional().describe('the consumed topic is written by transactional producers (read_uncommitted is then flagged)'),
    external_side_effect: z
      .string()
      .max(200)
      .optional()
      .describe('what the handler does outside Kafka, e.g. "card charge", "email", "HTTP call": auto-commit becomes an error, and exactly-once needs an idempotency key'),
    batch_records: z.number().int().positive().optional().describe('records taken per poll as configured: max.poll.records, or N of consume(num_messages=N) for librdkafka'),
    strict: z.boolean().optional().describe('warnings fail too (the CLI exits 1 on them)'),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: false, idempotentHint: true },
  output: critiqueDocument,
  run(input) {
    if (input.flow !== undefined && !input.requirements) throw new UserError({ field: '--flow', message: '--flow needs --requirements', suggestion: 'pass --requirements req.yaml --flow <name>' });
    const stated = input.requirements ? intentFromRequirements(input.requirements.content, input.requirements.name, input.flow) : { intent: {} };
    const intent: Intent = {
      ...stated.intent,
      ...(input.delivery ? { delivery: input.delivery } : {}),
      ...(input.ordering ? { ordering: input.ordering } : {}),
      ...(input.environment ? { environment: input.environment } : {}),
      ...(input.processing_p99_ms !== undefined ? { processingP99Ms: input.processing_p99_ms } : {}),
      ...(input.message_bytes !== undefined ? { messageBytes: input.message_bytes } : {}),
      ...(input.brokers !== undefined ? { brokers: input.brokers } : {}),
      ...(input.platform ? { platform: input.platform } : {}),
      ...(input.broker_type ? { brokerType: input.broker_type } : {}),
      ...(input.input_transactional ? { upstreamTransactional: true } : {}),
      ...(input.external_side_effect ? { externalSideEffect: input.external_side_effect } : {}),
      ...(input.batch_records !== undefined ? { batchRecords: input.batch_records } : {}),
    };
    // The schema knows the sizes; a size means Amazon MSK, whose properties the size narrows.
    if (intent.brokerType !== undefined && intent.platform !== 'msk')
      throw new UserError({ field: '--broker-type', message: 'a broker type names an Amazon MSK broker size', expected: '--platform msk with it', found: intent.brokerType });
    const library = input.client ?? stated.library;
    const kafkaVersion = input.kafka_version ?? stated.kafkaVersion;
    const result = critiqueFiles(
      input.files.map((f) => ({ text: f.content, file: f.name })),
      {
        intent,
        ...(input.kind ? { kind: input.kind } : {}),
        ...(library ? { library } : {}),
        ...(kafkaVersion ? { kafkaVersion } : {}),
      },
    );
    return { findings: result.findings, reviewed: result.reviewed };
  },
  render: (result, format: 'text' | 'sarif') =>
    format === 'sarif' ? JSON.stringify(toSarif(result.findings, ALL_RULES, SPECIALIST_VERSION), null, 2) + '\n' : renderText(result.findings, result.reviewed.length),
  summarize: (result) => [`${result.reviewed.length} configuration(s) reviewed.`, ...findingsDigest(result.findings)].join('\n'),
  exitCode: (result, input) => (result.findings.some((f) => f.severity === 'error' || (input.strict && f.severity === 'warning')) ? 1 : 0),
});
