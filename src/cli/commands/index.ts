// The list of commands. Add a command by writing commands/<name>.ts with a register function.
import type { Command } from 'commander';
import { registerChanges } from './changes.js';
import { registerExplain } from './explain.js';
import { registerSearch } from './search.js';

export const commands: Array<(program: Command) => void> = [registerExplain, registerSearch, registerChanges];
