// The list of commands. Add a command by writing commands/<name>.ts with a register function,
// then one import and one list entry here (one per line, so parallel additions merge cleanly).
import type { Command } from 'commander';
import { registerContract } from './contract.js';
import { registerDesign } from './design.js';
import { registerGenerate } from './generate.js';
import { registerMcp } from './mcp.js';
import { registerSchema } from './schema.js';

export const commands: Array<(program: Command) => void> = [
  registerDesign,
  registerGenerate,
  registerSchema,
  registerContract,
  registerMcp,
];
