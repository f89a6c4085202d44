// Avro event schemas that evolve safely, from a few field specs or from the avro flows of a
// requirements file; returned, or written as .avsc and .avdl files.
import { z } from 'zod';
import { planFiles, writeFiles } from '../edge/generated-files.js';
import { parseWithSchema } from '../method/deconstruct/parse.js';
import { renderScaffoldNotes, scaffoldDocument } from '../method/report/schema-report.js';
import { renderIdl } from '../method/schema/idl.js';
import { PARTIAL_UPDATE_STYLES, scaffoldEventSchema, scaffoldForFlow, type ScaffoldResult } from '../method/schema/scaffold.js';
import { UserError } from '../model/errors.js';
import { requirementsSchema } from '../model/requirements.js';
import { defineCapability } from './capability.js';

const scaffoldDocumentSchema = z.object({
  written: z.array(z.string()).optional().describe('the files written, relative to out_dir, when out_dir was given'),
  results: z.array(
    z.object({
      schema: z.record(z.string(), z.json()).describe('the .avsc JSON'),
      idl: z.string().describe('the same schema as Avro IDL (.avdl)'),
      notes: z.array(z.string()).describe('each design decision and why'),
      partialUpdateOptions: z.array(z.object({ style: z.enum(PARTIAL_UPDATE_STYLES), chosen: z.boolean(), how: z.string(), tradeoff: z.string() })),
    }),
  ),
});
import { MAX_TEXT, namedText } from './limits.js';

export interface ScaffoldOutcome {
  results: ScaffoldResult[];
  /** The files written (relative to out_dir), when out_dir was given. */
  written?: string[];
}

const input = z.object({
  name: z.string().min(1).max(200).optional().describe('event record name, e.g. TaskEvent (needed without requirements)'),
  namespace: z.string().min(1).max(500).optional().describe('Avro namespace, e.g. com.acme.tasks (needed without requirements; with them, replaces the derived placeholder)'),
  entity: z.string().min(1).max(200).optional().describe('what the events are about, e.g. task (needed without requirements)'),
  fields: z.string().max(MAX_TEXT).default('').describe('payload fields, e.g. "title:string,due:timestamp-millis?"'),
  key: z.string().max(200).optional().describe('the entity key field (the Kafka message key)'),
  event_types: z.array(z.string().min(1).max(200)).max(200).optional().describe('what can happen to the entity; default created, updated, deleted'),
  producer: z.string().max(200).optional().describe('the service that writes the events'),
  partial_updates: z.enum(PARTIAL_UPDATE_STYLES).default('none').describe('none (full state), all-optional, or changed-fields'),
  requirements: namedText.optional().describe('a requirements file: scaffold every flow whose schema.format is avro'),
  flow: z.string().min(1).max(200).optional().describe('with requirements: only this flow'),
  out_dir: z.string().min(1).max(1000).optional().describe('write <Name>.avsc and <Name>.avdl here (inside the allowed roots; the server needs --allow-writes); omit to only return them'),
});

/** The names a scaffold without requirements still lacks. */
export function missingScaffoldNames(given: Pick<z.output<typeof input>, 'name' | 'namespace' | 'entity' | 'requirements'>): Array<'name' | 'namespace' | 'entity'> {
  return given.requirements ? [] : (['name', 'namespace', 'entity'] as const).filter((k) => !given[k]);
}

function fromRequirements(requirements: { name: string; content: string }, given: z.output<typeof input>): ScaffoldResult[] {
  const parsed = parseWithSchema(requirements.content, requirements.name, requirementsSchema);
  const avroFlows = parsed.flows.filter((f) => f.schema?.format === 'avro' && (!given.flow || f.name === given.flow));
  if (avroFlows.length === 0) {
    throw new UserError({
      file: requirements.name,
      field: given.flow ? `flows[name=${given.flow}]` : 'flows',
      message: given.flow ? `no flow "${given.flow}" with schema.format avro` : 'no flow has schema.format avro',
      suggestion: 'set schema: { format: avro } on the flow, or pass --flow with one of: ' + parsed.flows.map((f) => f.name).join(', '),
    });
  }
  return avroFlows.map((f) => scaffoldForFlow({ flow: f.name, key: f.key, namespace: given.namespace, system: parsed.name, producer: f.source, fields: given.fields || undefined }));
}

const nameOf = (result: ScaffoldResult) => ('name' in result.parsed ? result.parsed.name : 'schema');
const fullNameOf = (result: ScaffoldResult, fallback: string) => ('fullName' in result.parsed ? result.parsed.fullName : fallback);

export const schemaScaffold = defineCapability({
  name: 'schema_scaffold',
  cliName: 'schema scaffold',
  title: 'Scaffold an Avro event schema',
  description: [
    'Writes an Avro event schema that evolves safely: an envelope (event_id uuid, event_type enum with an UNKNOWN default, occurred_at timestamp-millis, correlation_id, causation_id, producer, schema_version), the entity as a nested record, optional fields as ["null", T] with null defaults, enum defaults, and a doc on every field.',
    'Call it instead of writing an .avsc by hand. Fields: "title:string,due:timestamp-millis?,priority:enum(LOW,HIGH)" ("?" = optional; types: primitives, timestamp-millis/micros, date, uuid, decimal(p,s), enum(...), array(T), map(T)). Or give requirements to scaffold each flow whose schema.format is avro.',
    'Returns { results: [{ schema (the .avsc JSON), idl (.avdl text), notes, partialUpdateOptions }] }, and `written` when out_dir was given. Tell the user which partial-update style was used and what the others would trade.',
  ].join('\n'),
  input,
  annotations: { readOnlyHint: false, destructiveHint: false, openWorldHint: false, idempotentHint: true },
  output: scaffoldDocumentSchema,
  run(given, io): ScaffoldOutcome {
    const missing = missingScaffoldNames(given);
    if (missing.length)
      throw new UserError({ field: missing.join(', '), message: 'missing', suggestion: 'give name, namespace and entity (e.g. TaskEvent, com.acme.tasks, task), or requirements with an avro flow' });
    const results = given.requirements
      ? fromRequirements(given.requirements, given)
      : [
          scaffoldEventSchema({
            name: given.name!,
            namespace: given.namespace!,
            entity: given.entity!,
            fields: given.fields,
            key: given.key,
            producer: given.producer,
            eventTypes: given.event_types,
            partialUpdates: given.partial_updates,
          }),
        ];
    if (given.out_dir === undefined) return { results };
    if (!io.allowWrites) throw new UserError({ field: 'out_dir', message: 'writing files needs a server started with --allow-writes', suggestion: 'omit out_dir to get the schemas in the answer' });
    const out = io.writableDirectory(given.out_dir, 'out_dir');
    const planned = planFiles(
      out,
      results.flatMap((r) => [
        { path: `${nameOf(r)}.avsc`, contents: JSON.stringify(r.schema, null, 2) + '\n', description: `Avro schema of ${nameOf(r)}` },
        { path: `${nameOf(r)}.avdl`, contents: renderIdl(r.parsed), description: `Avro IDL of ${nameOf(r)}` },
      ]),
    );
    writeFiles(out, planned, false);
    return { results, written: planned.map((t) => t.path) };
  },
  json: (outcome) => ({ ...(outcome.written ? { written: outcome.written } : {}), results: outcome.results.map(scaffoldDocument) }),
  // Text is the first schema as .avsc (or .avdl); the notes go beside it (the CLI prints them on stderr).
  render(outcome, format: 'text' | 'idl') {
    if (outcome.written) return outcome.written.map((w) => `wrote ${w}`).join('\n') + '\n' + outcome.results.map(renderScaffoldNotes).join('');
    const first = outcome.results[0]!;
    return format === 'idl' ? renderIdl(first.parsed) : JSON.stringify(first.schema, null, 2) + '\n';
  },
  summarize: (outcome) =>
    outcome.results
      .map((r) => {
        const style = r.partialUpdateOptions.find((o) => o.chosen)?.style ?? 'none';
        return `Avro schema ${fullNameOf(r, nameOf(r))} scaffolded (partial updates: ${style}). ${r.notes.length} notes.`;
      })
      .join('\n') + (outcome.written ? `\nWrote ${outcome.written.join(', ')}.` : ''),
});
