// The design command's options for working in rounds: --env picks an environment profile of the
// requirements, --previous (with --previous-requirements) compares with the last round. Kept
// apart from the design command so that command stays a thin door.
import { Option, type Command } from 'commander';
import { designRound, type Round } from '../method/converge/round.js';
import { parseWithSchema } from '../method/deconstruct/parse.js';
import { designSchema, type Design } from '../model/design.js';
import { UserError } from '../model/errors.js';
import { ENVIRONMENTS, requirementsSchema, type Environment, type Requirements } from '../model/requirements.js';
import { readInput } from './io.js';

export interface RoundOptions {
  env?: Environment;
  previous?: string;
  previousRequirements?: string;
}

export function addRoundOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--env <environment>', 'design the variant for this environment (applies environments.<env> from the file)').choices(ENVIRONMENTS))
    .option('--previous <design.json>', 'the previous round\'s design (design --format json): print what changed')
    .option('--previous-requirements <file>', 'the previous round\'s requirements, so each change names the requirement that caused it');
}

/** Reads a design document written by `design --format json`. */
export function readDesign(path: string): Design {
  const { text, file } = readInput(path);
  return parseWithSchema(text, file, designSchema);
}

export function readRequirements(path: string): Requirements {
  const { text, file } = readInput(path);
  return parseWithSchema(text, file, requirementsSchema);
}

/** The round for a requirements text and the options, reading the previous round's files. */
export function roundFromText(text: string, file: string, opts: RoundOptions): Round {
  const requirements = parseWithSchema(text, file, requirementsSchema);
  if (opts.previousRequirements && !opts.previous) {
    throw new UserError({ message: '--previous-requirements needs --previous', suggestion: 'pass the previous round\'s design with --previous design-v1.json' });
  }
  const previous = opts.previous
    ? { design: readDesign(opts.previous), ...(opts.previousRequirements ? { requirements: readRequirements(opts.previousRequirements) } : {}) }
    : undefined;
  return designRound({ requirements, file, ...(opts.env ? { env: opts.env } : {}), ...(previous ? { previous } : {}) });
}
