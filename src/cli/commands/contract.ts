// `kafka-specialist contract <requirements|design>`: the JSON Schema of a public format.
import { Argument, type Command } from 'commander';
import { contract } from '../../capabilities/contract.js';
import { CONTRACT_NAMES, type ContractName } from '../../model/contract.js';
import { runCapability } from '../capability.js';
import { formatOption } from '../io.js';
import { describedCommand } from './index.js';

export function registerContract(program: Command): void {
  describedCommand(program, 'contract')
    .addArgument(new Argument('<format>', 'which format').choices(CONTRACT_NAMES))
    // The schema is JSON either way; --format json also makes errors a JSON object, as on every command.
    .addOption(formatOption(['text', 'json']))
    .action((name: ContractName, opts: { format: 'text' | 'json' }) => runCapability(contract, { format: opts.format, input: () => ({ format: name }) }));
}
