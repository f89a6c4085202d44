// The JSON Schema of a public format (the requirements file, the design document, ...).
import { z } from 'zod';
import { CONTRACT_NAMES, contractJsonSchema } from '../model/contract.js';
import { defineCapability } from './capability.js';

export const contract = defineCapability({
  name: 'contract',
  cliName: 'contract',
  title: 'JSON Schema of a format',
  description: 'Returns the JSON Schema of the requirements file ("requirements") or of the design document ("design"). Call it before writing a requirements file for the design tool.',
  input: z.object({ format: z.enum(CONTRACT_NAMES).describe("which format's JSON Schema to return") }),
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: false, idempotentHint: true },
  // The document is itself a JSON Schema: its top-level keywords are named, the rest is JSON Schema's own.
  output: z
    .object({
      title: z.string(),
      $schema: z.string().describe('the JSON Schema dialect'),
      type: z.literal('object'),
      properties: z.record(z.string(), z.unknown()),
      required: z.array(z.string()).optional(),
    })
    .catchall(z.unknown()),
  run: ({ format }) => ({ format, schema: contractJsonSchema(format) }),
  json: ({ schema }) => schema,
  // A schema has no other reading than itself.
  render: ({ schema }, _format: 'text') => JSON.stringify(schema, null, 2) + '\n',
  summarize: ({ format }) => `JSON Schema of the ${format} format.`,
});
