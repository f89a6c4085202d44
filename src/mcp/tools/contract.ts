import { z } from 'zod';
import { CONTRACT_NAMES, contractJsonSchema } from '../../model/contract.js';
import { defineTool } from '../tool.js';

export const contractTool = defineTool({
  name: 'contract',
  title: 'JSON Schema of a format',
  description: 'Returns the JSON Schema of the requirements file ("requirements") or of the design document ("design"). Call it before writing a requirements file for the design tool.',
  input: z.object({ format: z.enum(CONTRACT_NAMES) }),
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: false, idempotentHint: true },
  run({ format }) {
    return { json: contractJsonSchema(format) as Record<string, unknown>, summary: `JSON Schema of the ${format} format.` };
  },
});
