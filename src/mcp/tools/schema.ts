// Avro event schema tools: scaffold, lint and compatibility check, the same functions and JSON as
// `kafka-specialist schema scaffold|lint|check --format json`, with schemas passed as text.
import { z } from 'zod';
import { findingsDigest } from '../../method/report/findings-digest.js';
import { labelCheck, scaffoldDocument } from '../../method/report/schema-report.js';
import { lintParsedSchema } from '../../method/schema/lint.js';
import { checkCompatibility, COMPATIBILITY_MODES } from '../../method/schema/modes.js';
import { parseSchema } from '../../method/schema/parse.js';
import { PARTIAL_UPDATE_STYLES, scaffoldEventSchema } from '../../method/schema/scaffold.js';
import { defineTool, MAX_TEXT } from '../tool.js';

const avsc = z.string().min(1).max(MAX_TEXT);

export const schemaScaffoldTool = defineTool({
  name: 'schema_scaffold',
  title: 'Scaffold an Avro event schema',
  description: [
    'Writes an Avro event schema that evolves safely: an envelope (event_id uuid, event_type enum with an UNKNOWN default, occurred_at timestamp-millis, correlation_id, causation_id, producer, schema_version), the entity as a nested record, optional fields as ["null", T] with null defaults, enum defaults, and a doc on every field.',
    'Call it instead of writing an .avsc by hand. Fields: "title:string,due:timestamp-millis?,priority:enum(LOW,HIGH)" ("?" = optional; types: primitives, timestamp-millis/micros, date, uuid, decimal(p,s), enum(...), array(T), map(T)).',
    'Returns { results: [{ schema (the .avsc JSON), idl (.avdl text), notes, partialUpdateOptions }] }. Tell the user which partial-update style was used and what the others would trade.',
  ].join('\n'),
  input: z.object({
    name: z.string().min(1).describe('event record name, e.g. TaskEvent'),
    namespace: z.string().min(1).describe('Avro namespace, e.g. com.acme.tasks'),
    entity: z.string().min(1).describe('what the events are about, e.g. task'),
    fields: z.string().max(MAX_TEXT).default('').describe('payload fields, e.g. "title:string,due:timestamp-millis?"'),
    key: z.string().optional().describe('the entity key field (the Kafka message key)'),
    event_types: z.array(z.string().min(1)).optional().describe('what can happen to the entity; default created, updated, deleted'),
    producer: z.string().optional().describe('the service that writes the events'),
    partial_updates: z.enum(PARTIAL_UPDATE_STYLES).default('none').describe('none (full state), all-optional, or changed-fields'),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: false, idempotentHint: true },
  run(input) {
    const result = scaffoldEventSchema({
      name: input.name,
      namespace: input.namespace,
      entity: input.entity,
      fields: input.fields,
      key: input.key,
      eventTypes: input.event_types,
      producer: input.producer,
      partialUpdates: input.partial_updates,
    });
    const fullName = 'fullName' in result.parsed ? result.parsed.fullName : input.name;
    return { json: { results: [scaffoldDocument(result)] }, summary: `Avro schema ${fullName} scaffolded (partial updates: ${input.partial_updates}). ${result.notes.length} notes.` };
  },
});

export const schemaLintTool = defineTool({
  name: 'schema_lint',
  title: 'Find evolution hazards in an Avro schema',
  description: [
    'Checks one Avro schema (.avsc text) for evolution hazards: required fields without defaults, nullable fields without "default": null, enums without a default symbol, union defaults that do not fit the first branch, missing namespace or docs, misplaced or invalid logical types, non-portable names.',
    'Returns { file, findings: [{ rule, severity, message, why, fix, refs, location (JSON pointer), line, column }] }. A schema Avro itself rejects is a tool error naming the line, column and JSON path.',
  ].join('\n'),
  input: z.object({ schema: avsc.describe('the .avsc text') }),
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: false, idempotentHint: true },
  run({ schema }) {
    const file = 'schema.avsc';
    const findings = lintParsedSchema(parseSchema(schema, file), { text: schema, file });
    return { json: { file, findings }, summary: findingsDigest(findings).join('\n') };
  },
});

export const schemaCheckTool = defineTool({
  name: 'schema_check',
  title: 'Check Avro schema compatibility',
  description: [
    'Decides whether a Schema Registry at a compatibility mode would accept a new Avro schema after the previous versions, exactly as Avro Java 1.12 / Confluent Schema Registry do (non-transitive modes compare with the latest version only).',
    'Call it before registering any schema change. Returns { mode, compatible, checks: [{ previous, direction, reader, writer, compatible, incompatibilities: [{ type, location, message, fix, line, column }] }] }; report every incompatibility with its fix.',
  ].join('\n'),
  input: z.object({
    schema: avsc.describe('the new .avsc text'),
    previous: z.array(avsc).min(1).max(1000).describe('earlier versions, oldest first (the last is the latest)'),
    mode: z.enum(COMPATIBILITY_MODES).default('BACKWARD').describe('the subject\'s compatibility level'),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: false, idempotentHint: true },
  run({ schema, previous, mode }) {
    const labels = previous.map((_, i) => `v${i + 1}`);
    const next = parseSchema(schema, 'new');
    const old = previous.map((text, i) => parseSchema(text, labels[i]));
    const result = labelCheck(checkCompatibility(next, old, mode), { next: 'new', previous: labels, nextText: schema, previousTexts: previous });
    const failed = result.checks.filter((c) => !c.compatible);
    const count = failed.reduce((n, c) => n + c.incompatibilities.length, 0);
    return {
      json: result,
      summary: `${mode}: ${result.compatible ? 'compatible' : `incompatible, ${count} incompatibilit${count === 1 ? 'y' : 'ies'} in ${failed.length} of ${result.checks.length} checks`}.`,
    };
  },
});
