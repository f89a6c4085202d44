// `kafka-specialist generate <requirements> --lang <language> --out <dir>`: the design as runnable
// code and topic manifests, never over a user's file without --force, each file whole or not at all.
import { Option, type Command } from 'commander';
import { generate } from '../../capabilities/generate.js';
import { type Language, LANGUAGES } from '../../knowledge/clients.js';
import { supportedLibraries } from '../../method/generate/index.js';
import { UserError } from '../../model/errors.js';
import { runCapability } from '../capability.js';
import { formatOption, readInput } from '../io.js';
import { describedCommand } from './index.js';

interface GenerateFlags {
  lang?: Language;
  library?: string;
  out?: string;
  design?: string;
  dryRun?: boolean;
  force?: boolean;
  strimziCluster: string;
  format: 'text' | 'json';
}

const file = (path: string) => (({ text, file: name }) => ({ name, content: text }))(readInput(path));

export function registerGenerate(program: Command): void {
  describedCommand(program, 'generate')
    .argument('[requirements]', 'requirements file (YAML or JSON; - for stdin); or give --design')
    .addOption(new Option('--lang <language>', "language of the code (default: the design's client language)").choices([...LANGUAGES]))
    .option('--library <library>', `client library: ${LANGUAGES.map((l) => `${l}: ${supportedLibraries(l).join(', ')}`).join('; ')}`)
    .option('--out <dir>', 'directory to write into (created if missing)')
    .option('--design <file>', 'a design document (design --format json) instead of a requirements file')
    .option('--dry-run', 'list the files without writing them')
    .option('--force', 'overwrite files that already exist')
    .option('--strimzi-cluster <name>', 'name of the Strimzi Kafka resource (label strimzi.io/cluster)', 'my-cluster')
    .addOption(formatOption(['text', 'json']))
    .action((requirements: string | undefined, opts: GenerateFlags) =>
      runCapability(generate, {
        format: opts.format,
        input: () => {
          // Both sources given is refused by the capability before any file is read.
          const both = requirements !== undefined && opts.design !== undefined;
          const source = (path: string | undefined) => (path === undefined || both ? path : file(path));
          // On the command line, files go nowhere by default: the user says where, or asks for a list.
          if (!both && !opts.dryRun && !opts.out && (requirements ?? opts.design) !== undefined) {
            throw new UserError({ field: '--out', message: 'where should the files go?', suggestion: 'add --out <dir>, or --dry-run to list the files' });
          }
          return {
            requirements: source(requirements),
            design: source(opts.design),
            lang: opts.lang,
            library: opts.library,
            out_dir: opts.out,
            dry_run: opts.dryRun,
            force: opts.force,
            strimzi_cluster: opts.strimziCluster,
          };
        },
        flags: { requirements: '[requirements]', design: '--design', out_dir: '--out' },
      }),
    );
}
