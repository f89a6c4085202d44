// Would a Schema Registry accept this Avro schema after the previous versions? Checked with our
// Avro-Java-exact rules against schemas given as text, or against a registry subject's versions
// read (never written) under the subject's compatibility mode.
import { z } from 'zod';
import { labelCheck, renderCheck, type LabelledCheck } from '../method/report/schema-report.js';
import { INCOMPATIBILITY_TYPES } from '../method/schema/compatibility.js';
import { checkCompatibility, COMPATIBILITY_MODES, DIRECTIONS, type CompatibilityMode } from '../method/schema/modes.js';
import { parseSchema, type AvroSchema } from '../method/schema/parse.js';
import { UserError } from '../model/errors.js';
import { defineCapability, READS_LIVE } from './capability.js';
import { clusterName, MAX_TEXT } from './limits.js';

const avsc = z.string().min(1).max(MAX_TEXT);

/** The verdict, and every check run with what breaks and where in the reader's text. */
const checkDocument = z.object({
  mode: z.enum(COMPATIBILITY_MODES),
  compatible: z.boolean(),
  new: z.string().describe("the new schema's label"),
  previousVersions: z.array(z.string()).describe('labels of the previous versions, oldest first'),
  checks: z.array(
    z.object({
      previous: z.number().int().nonnegative().describe('index into previousVersions'),
      direction: z.enum(DIRECTIONS),
      compatible: z.boolean(),
      reader: z.string(),
      writer: z.string(),
      incompatibilities: z.array(
        z.object({
          type: z.enum(INCOMPATIBILITY_TYPES),
          location: z.string().describe("JSON pointer from the reader's root, as Avro reports it"),
          message: z.string(),
          fix: z.string(),
          reader: z.object({ pointer: z.string(), offset: z.number().int().nonnegative() }).describe("where to make the change in the reader's text"),
          line: z.number().int().positive().optional(),
          column: z.number().int().positive().optional(),
        }),
      ),
    }),
  ),
});

interface Previous {
  schemas: AvroSchema[];
  labels: string[];
  texts: string[];
  /** The subject's own or inherited level, when the versions came from a registry. */
  mode?: CompatibilityMode;
}

/** Every version of a registry subject, oldest first, and the subject's compatibility level. */
async function subjectVersions(registry: import('../cluster/schema-registry.js').RegistryOptions, subject: string): Promise<Previous> {
  const { SchemaRegistryClient } = await import('../cluster/schema-registry.js');
  const client = new SchemaRegistryClient(registry);
  const versions = await client.allVersions(subject);
  for (const v of versions) {
    if (v.schemaType !== 'AVRO')
      throw new UserError({ field: 'subject', message: `version ${v.version} of ${subject} is ${v.schemaType}, not Avro`, suggestion: 'schema check handles Avro subjects only' });
  }
  return {
    schemas: versions.map((v) => parseSchema(v.schema, `${subject} version ${v.version}`)),
    labels: versions.map((v) => `${subject} v${v.version}`),
    texts: versions.map((v) => v.schema),
    mode: (await client.compatibility(subject)).level,
  };
}

export const schemaCheck = defineCapability({
  name: 'schema_check',
  cliName: 'schema check',
  title: 'Check Avro schema compatibility',
  description: [
    'Decides whether a Schema Registry at a compatibility mode would accept a new Avro schema after the previous versions, exactly as Avro Java 1.12 / Confluent Schema Registry do (non-transitive modes compare with the latest version only).',
    'Give the previous versions as text, or a subject (with the configured cluster whose Schema Registry holds it): its versions are read, never written, and its compatibility mode is the default.',
    'Call it before registering any schema change. Returns { mode, compatible, checks: [{ previous, direction, reader, writer, compatible, incompatibilities: [{ type, location, message, fix, line, column }] }] }; report every incompatibility with its fix.',
  ].join('\n'),
  input: z.object({
    schema: avsc.describe('the new .avsc text'),
    previous: z.array(avsc).min(1).max(1000).optional().describe('earlier versions, oldest first (the last is the latest); or give subject instead'),
    mode: z.enum(COMPATIBILITY_MODES).optional().describe("the compatibility level; default the subject's level when subject is given, else BACKWARD"),
    cluster: clusterName.describe('with subject: the configured cluster whose Schema Registry to read'),
    subject: z.string().min(1).max(255).optional().describe('check against every version of this registry subject, e.g. orders-value'),
    schema_label: z.string().min(1).max(500).default('new').describe('the name the answer gives the new schema'),
    previous_labels: z.array(z.string().min(1).max(500)).max(1000).optional().describe('names for the previous versions, in their order (default v1, v2, ...)'),
  }),
  annotations: READS_LIVE,
  output: checkDocument,
  async run(input, io): Promise<LabelledCheck> {
    const next = parseSchema(input.schema, input.schema_label);
    let previous: Previous;
    if (input.subject !== undefined) {
      if (input.previous) throw new UserError({ field: 'previous', message: 'give either previous versions or a subject, not both' });
      previous = await subjectVersions(io.registry(input.cluster), input.subject);
    } else {
      if (!input.previous)
        throw new UserError({
          field: 'previous',
          message: 'nothing to check against',
          suggestion: 'give previous (the earlier versions as text, oldest first), or subject with cluster to read them from its Schema Registry',
        });
      const labels = input.previous.map((_, i) => input.previous_labels?.[i] ?? `v${i + 1}`);
      previous = { schemas: input.previous.map((text, i) => parseSchema(text, labels[i])), labels, texts: input.previous };
    }
    return labelCheck(checkCompatibility(next, previous.schemas, input.mode ?? previous.mode ?? 'BACKWARD'), {
      next: input.schema_label,
      previous: previous.labels,
      nextText: input.schema,
      previousTexts: previous.texts,
    });
  },
  render: (result, _format: 'text') => renderCheck(result),
  summarize(result) {
    const failed = result.checks.filter((c) => !c.compatible);
    const count = failed.reduce((n, c) => n + c.incompatibilities.length, 0);
    return `${result.mode}: ${result.compatible ? 'compatible' : `incompatible, ${count} incompatibilit${count === 1 ? 'y' : 'ies'} in ${failed.length} of ${result.checks.length} checks`}.`;
  },
  exitCode: (result) => (result.compatible ? 0 : 1),
});
