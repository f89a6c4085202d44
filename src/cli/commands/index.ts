// The list of commands. Add a command by writing commands/<name>.ts with a register function.
import type { Command } from 'commander';
import { registerDesign } from './design.js';
import { registerSchema } from './schema.js';

export const commands: Array<(program: Command) => void> = [registerDesign, registerSchema];
