// The list of commands. Add a command by writing commands/<name>.ts with a register function,
// then one import and one list entry here (one per line, so parallel additions merge cleanly).
import type { Command } from 'commander';
import { registerChanges } from './changes.js';
import { registerContract } from './contract.js';
import { registerDesign } from './design.js';
import { registerExplain } from './explain.js';
import { registerMcp } from './mcp.js';
import { registerSchema } from './schema.js';
import { registerSearch } from './search.js';

export const commands: Array<(program: Command) => void> = [
  registerDesign,
  registerSchema,
  registerContract,
  registerMcp,
  registerExplain,
  registerSearch,
  registerChanges,
];
