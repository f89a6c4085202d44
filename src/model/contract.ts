// The public formats as JSON Schema, generated from the zod schemas the code validates with.
import { z } from 'zod';
import { designSchema } from './design.js';
import { requirementsSchema } from './requirements.js';

const CONTRACTS = {
  requirements: { schema: requirementsSchema, io: 'input' },
  design: { schema: designSchema, io: 'output' },
} as const;

export const CONTRACT_NAMES = ['requirements', 'design'] as const;
export type ContractName = (typeof CONTRACT_NAMES)[number];

export function contractJsonSchema(name: ContractName): Record<string, unknown> {
  const { schema, io } = CONTRACTS[name];
  return { title: `kafka-specialist ${name}`, ...z.toJSONSchema(schema, { io, unrepresentable: 'any' }) };
}
