// A Schema Registry, read-only: its subjects, or one subject's versions and compatibility mode
// (and one version's schema). Registering and changing modes are not offered here.
import { z } from 'zod';
import type { RegisteredSchema } from '../cluster/schema-registry.js';
import type { CompatibilityMode } from '../method/schema/modes.js';
import { defineCapability, READS_LIVE } from './capability.js';
import { COMPATIBILITY_MODES } from '../method/schema/modes.js';
import { variantsOf } from './documents.js';
import { clusterName } from './limits.js';

const registryDocument = variantsOf(
  [
    z.object({ registry: z.string().describe('the registry URL read'), subjects: z.array(z.string()) }),
    z.object({
      registry: z.string().describe('the registry URL read'),
      subject: z.string(),
      versions: z.array(z.number().int().positive()),
      compatibility: z.object({ level: z.enum(COMPATIBILITY_MODES), scope: z.enum(['subject', 'global']).describe('set on the subject, or the global level it inherits') }),
      schema: z
        .object({ subject: z.string(), version: z.number().int().positive(), id: z.number().int().nonnegative(), schemaType: z.string(), schema: z.string().describe('the schema text as registered') })
        .nullable()
        .describe('the version asked for; null without version'),
    }),
  ],
  'without subject: { registry, subjects }; with subject: its versions, compatibility and the schema asked for',
);

type RegistryResult =
  | { registry: string; subjects: string[] }
  | { registry: string; subject: string; versions: number[]; compatibility: { level: CompatibilityMode; scope: 'subject' | 'global' }; schema: RegisteredSchema | null };

export const registry = defineCapability({
  name: 'registry',
  cliName: 'registry',
  title: 'Schema Registry, read-only',
  description: [
    'Reads a Schema Registry (Confluent REST API) read-only. Without subject: every subject. With subject: its version numbers and its compatibility mode (its own, or the global one it inherits), plus the schema of one version when version is given (default: none, to keep the answer short; "latest" works).',
    'Call it before proposing a schema change; then schema_check checks the change against these versions with Avro Java semantics.',
  ].join('\n'),
  input: z.object({
    cluster: clusterName.describe('the configured cluster whose Schema Registry to read'),
    subject: z.string().min(1).max(255).optional().describe('e.g. orders-value; omit to list subjects'),
    version: z
      .union([z.number().int().positive(), z.literal('latest')])
      .optional()
      .describe("with subject: also return this version's schema"),
  }),
  annotations: READS_LIVE,
  output: registryDocument,
  async run({ cluster, subject, version }, io): Promise<RegistryResult> {
    const options = io.registry(cluster);
    const { SchemaRegistryClient } = await import('../cluster/schema-registry.js');
    const client = new SchemaRegistryClient(options);
    if (subject === undefined) return { registry: options.url, subjects: await client.subjects() };
    const versions = await client.versions(subject);
    const compatibility = await client.compatibility(subject);
    const wanted = version === 'latest' ? versions.at(-1) : version;
    return { registry: options.url, subject, versions, compatibility, schema: wanted !== undefined ? await client.version(subject, wanted) : null };
  },
  render: (result, _format: 'text') =>
    'subjects' in result
      ? `${result.subjects.join('\n')}\n${result.subjects.length} subject(s) in ${result.registry}.\n`
      : `${result.subject}: versions ${result.versions.join(', ')}; compatibility ${result.compatibility.level} (${result.compatibility.scope === 'subject' ? 'set on the subject' : 'the global level'})\n${result.schema ? `version ${result.schema.version} (id ${result.schema.id}, ${result.schema.schemaType}):\n${result.schema.schema}\n` : ''}`,
  summarize: (result) =>
    'subjects' in result
      ? `${result.subjects.length} subject(s): ${result.subjects.slice(0, 50).join(', ')}${result.subjects.length > 50 ? ', ...' : ''}.`
      : `${result.subject}: ${result.versions.length} version(s) (${result.versions.join(', ')}), compatibility ${result.compatibility.level} (${result.compatibility.scope}).${result.schema ? ` Version ${result.schema.version} is schema id ${result.schema.id}.` : ''}`,
});
