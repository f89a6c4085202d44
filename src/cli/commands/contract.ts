// `kafka-specialist contract <requirements|design>`: the JSON Schema of a public format.
import { Argument, type Command } from 'commander';
import { CONTRACT_NAMES, contractJsonSchema, type ContractName } from '../../model/contract.js';
import { printJson, run } from '../io.js';

export function registerContract(program: Command): void {
  program
    .command('contract')
    .description('print the JSON Schema of the requirements file or of the design document')
    .addArgument(new Argument('<format>', 'which format').choices(CONTRACT_NAMES))
    .action(async (name: ContractName) => {
      await run('json', () => printJson(contractJsonSchema(name)));
    });
}
