// The list of commands. Add a command by writing commands/<name>.ts with a register function.
import type { Command } from 'commander';
import { registerLag } from './lag.js';

export const commands: Array<(program: Command) => void> = [registerLag];
