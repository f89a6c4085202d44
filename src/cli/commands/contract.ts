// `kafka-specialist contract <requirements|design>`: the JSON Schema of a public format.
import { Argument, type Command } from 'commander';
import { contract } from '../../capabilities/contract.js';
import { CONTRACT_NAMES, type ContractName } from '../../model/contract.js';
import { runCapability } from '../capability.js';

export function registerContract(program: Command): void {
  program
    .command('contract')
    .description('print the JSON Schema of the requirements file or of the design document')
    .addArgument(new Argument('<format>', 'which format').choices(CONTRACT_NAMES))
    .action((name: ContractName) => runCapability(contract, { format: 'json', input: () => ({ format: name }) }));
}
