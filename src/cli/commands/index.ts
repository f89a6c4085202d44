// The list of commands. Add a command by writing commands/<name>.ts with a register function,
// then one import and one list entry here (one per line, so parallel additions merge cleanly).
import type { Command } from 'commander';
import { registerAsk } from './ask.js';
import { registerChanges } from './changes.js';
import { registerContract } from './contract.js';
import { registerDesign } from './design.js';
import { registerExplain } from './explain.js';
import { registerInit } from './init.js';
import { registerMcp } from './mcp.js';
import { registerPatterns } from './patterns.js';
import { registerSchema } from './schema.js';
import { registerSearch } from './search.js';
import { registerSession } from './session.js';

// In the order `--help` lists them: the method's main job first, then its steps, then the doors.
export const commands: Array<(program: Command) => void> = [
  registerDesign,
  registerAsk,
  registerInit,
  registerSession,
  registerPatterns,
  registerExplain,
  registerSearch,
  registerChanges,
  registerSchema,
  registerContract,
  registerMcp,
];
