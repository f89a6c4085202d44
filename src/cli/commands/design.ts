// `kafka-specialist design <requirements>`: requirements file in, checked design out; --env picks
// an environment profile, --previous (with --previous-requirements) compares with the last round.
import { Option, type Command } from 'commander';
import { designRoundCapability } from '../../capabilities/design.js';
import { ENVIRONMENTS, type Environment } from '../../model/requirements.js';
import { runCapability } from '../capability.js';
import { formatOption, readInput } from '../io.js';
import { describedCommand } from './index.js';

interface DesignFlags {
  env?: Environment;
  previous?: string;
  previousRequirements?: string;
  format: 'text' | 'json' | 'markdown';
}

const file = (path: string) => (({ text, file: name }) => ({ name, content: text }))(readInput(path));

export function registerDesign(program: Command): void {
  describedCommand(program, 'design')
    .argument('<requirements>', 'requirements file (see the contract in the README), or - for standard input')
    .addOption(formatOption(['text', 'json', 'markdown']))
    .addOption(new Option('--env <environment>', 'design the variant for this environment (applies environments.<env> from the file)').choices(ENVIRONMENTS))
    .option('--previous <design.json>', "the previous round's design (design --format json): print what changed")
    .option('--previous-requirements <file>', "the previous round's requirements, so each change names the requirement that caused it")
    .action((path: string, opts: DesignFlags) =>
      runCapability(designRoundCapability, {
        format: opts.format,
        input: () => ({
          requirements: file(path),
          env: opts.env,
          previous_design: opts.previous !== undefined ? file(opts.previous) : undefined,
          previous_requirements: opts.previousRequirements !== undefined ? file(opts.previousRequirements) : undefined,
        }),
        flags: { requirements: '<requirements>', previous_design: '--previous' },
      }),
    );
}
