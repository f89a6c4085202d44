// `kafka-specialist contract <requirements|design>`: the JSON Schema of a public format,
// generated from the zod schemas the code itself validates with.
import { Argument, type Command } from 'commander';
import { z } from 'zod';
import { designSchema } from '../../model/design.js';
import { requirementsSchema } from '../../model/requirements.js';
import { printJson, run } from '../io.js';

export const CONTRACTS = {
  requirements: { schema: requirementsSchema, io: 'input' },
  design: { schema: designSchema, io: 'output' },
} as const;

export function contractJsonSchema(name: keyof typeof CONTRACTS): unknown {
  const { schema, io } = CONTRACTS[name];
  return { title: `kafka-specialist ${name}`, ...z.toJSONSchema(schema, { io, unrepresentable: 'any' }) };
}

export function registerContract(program: Command): void {
  program
    .command('contract')
    .description('print the JSON Schema of the requirements file or of the design document')
    .addArgument(new Argument('<format>', 'which format').choices(Object.keys(CONTRACTS)))
    .action(async (name: keyof typeof CONTRACTS) => {
      await run('json', () => printJson(contractJsonSchema(name)));
    });
}
