// Evolution hazards in one Avro schema: the same findings for `schema lint` and the schema_lint tool.
import { z } from 'zod';
import { findingsDigest } from '../method/report/findings-digest.js';
import { renderLint } from '../method/report/schema-report.js';
import { lintParsedSchema, type SchemaFinding } from '../method/schema/lint.js';
import { parseSchema } from '../method/schema/parse.js';
import { findingSchema } from '../model/design.js';
import { defineCapability } from './capability.js';

const lintDocument = z.object({
  file: z.string(),
  findings: z.array(
    findingSchema.extend({
      location: z.string().describe('JSON pointer of what the finding is about, in the schema'),
      column: z.number().int().optional(),
      why: z.string(),
    }),
  ),
});
import { MAX_TEXT } from './limits.js';

/** The lowest severity that fails a lint (the CLI's exit code 1); `never` fails on nothing. */
export const LINT_FAIL_LEVELS = ['error', 'warning', 'info', 'never'] as const;
const FAILING: Record<(typeof LINT_FAIL_LEVELS)[number], readonly SchemaFinding['severity'][]> = { error: ['error'], warning: ['error', 'warning'], info: ['error', 'warning', 'info'], never: [] };

export const schemaLint = defineCapability({
  name: 'schema_lint',
  cliName: 'schema lint',
  title: 'Find evolution hazards in an Avro schema',
  description: [
    'Checks one Avro schema (.avsc text) for evolution hazards: required fields without defaults, nullable fields without "default": null, enums without a default symbol, union defaults that do not fit the first branch, missing namespace or docs, misplaced or invalid logical types, non-portable names.',
    'Returns { file, findings: [{ rule, severity, message, why, fix, refs, location (JSON pointer), line, column }] }. A schema Avro itself rejects is a tool error naming the line, column and JSON path.',
  ].join('\n'),
  input: z.object({
    schema: z.string().min(1).max(MAX_TEXT).describe('the .avsc text'),
    file: z.string().min(1).max(500).default('schema.avsc').describe('the name findings and errors give the schema'),
    fail_on: z.enum(LINT_FAIL_LEVELS).default('warning').describe('lowest severity that counts as failing (the CLI exits 1 on it)'),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: false, idempotentHint: true },
  output: lintDocument,
  run({ schema, file }) {
    return { file, findings: lintParsedSchema(parseSchema(schema, file), { text: schema, file }) };
  },
  render: (result, _format: 'text') => renderLint(result.findings, result.file),
  summarize: (result) => findingsDigest(result.findings).join('\n'),
  exitCode: (result, input) => (result.findings.some((f) => FAILING[input.fail_on].includes(f.severity)) ? 1 : 0),
});
