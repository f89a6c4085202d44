// The list of commands. Add a command by writing commands/<name>.ts with a register function.
import type { Command } from 'commander';
import { registerBroker } from './broker.js';
import { registerContract } from './contract.js';
import { registerDesign } from './design.js';
import { registerDoctor } from './doctor.js';
import { registerMcp } from './mcp.js';
import { registerVerify } from './verify.js';

export const commands: Array<(program: Command) => void> = [registerDesign, registerContract, registerMcp, registerBroker, registerVerify, registerDoctor];
