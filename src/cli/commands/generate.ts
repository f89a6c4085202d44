// `kafka-specialist generate <requirements> --lang <language> --out <dir>`: the design as runnable
// code and topic manifests. The method returns files; this edge decides whether and how to write
// them: never over a user's file without --force, and each file whole or not at all.
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { type Language, LANGUAGES } from '../../knowledge/clients.js';
import { parseWithSchema } from '../../method/deconstruct/parse.js';
import { designFromRequirementsText } from '../../method/converge/round.js';
import { generate, generationTarget, supportedLibraries } from '../../method/generate/index.js';
import { type Design, designSchema } from '../../model/design.js';
import { UserError } from '../../model/errors.js';
import { generatedDocument, planFiles, writeFiles } from '../../edge/generated-files.js';
import { formatOption, printJson, readInput, run } from '../io.js';

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

function loadDesign(requirements: string | undefined, designPath: string | undefined): Design {
  if (requirements && designPath) {
    throw new UserError({ message: 'give a requirements file or --design, not both', suggestion: 'drop one of them' });
  }
  if (designPath) {
    const { text, file } = readInput(designPath);
    return parseWithSchema(text, file, designSchema);
  }
  if (!requirements) {
    throw new UserError({ message: 'nothing to generate from', expected: 'a requirements file, or --design design.json', suggestion: 'kafka-specialist generate requirements.yaml --lang python --out ./app' });
  }
  const { text, file } = readInput(requirements);
  return designFromRequirementsText(text, file);
}

export function registerGenerate(program: Command): void {
  program
    .command('generate')
    .description('write runnable producer and consumer code (python, typescript, java, go) and topic manifests for a design')
    .argument('[requirements]', 'requirements file (YAML or JSON; - for stdin); or give --design')
    .addOption(new Option('--lang <language>', "language of the code (default: the design's client language)").choices([...LANGUAGES]))
    .option('--library <library>', `client library: ${LANGUAGES.map((l) => `${l}: ${supportedLibraries(l).join(', ')}`).join('; ')}`)
    .option('--out <dir>', 'directory to write into (created if missing)')
    .option('--design <file>', 'a design document (design --format json) instead of a requirements file')
    .option('--dry-run', 'list the files without writing them')
    .option('--force', 'overwrite files that already exist')
    .option('--strimzi-cluster <name>', 'name of the Strimzi Kafka resource (label strimzi.io/cluster)', 'my-cluster')
    .addOption(formatOption(['text', 'json']))
    .action(async (requirements: string | undefined, opts: GenerateFlags) => {
      await run(opts.format, () => {
        const design = loadDesign(requirements, opts.design);
        const { language, library } = generationTarget(design, opts.lang, opts.library);
        const files = generate(design, { language, library, strimziCluster: opts.strimziCluster });
        if (!opts.dryRun && !opts.out) {
          throw new UserError({ field: '--out', message: 'where should the files go?', suggestion: 'add --out <dir>, or --dry-run to list the files' });
        }
        const out = opts.out ?? '.';
        const targets = planFiles(out, files);
        if (!opts.dryRun) writeFiles(out, targets, Boolean(opts.force));
        if (opts.format === 'json') {
          printJson(generatedDocument(out, targets, Boolean(opts.dryRun)));
        } else {
          const verb = opts.dryRun ? 'would write' : 'wrote';
          process.stdout.write(targets.map((t) => `${verb} ${t.path}  (${t.file.description})`).join('\n') + '\n');
          if (!opts.dryRun) process.stdout.write(`\n${files.length} files. Next: read ${join(out, language, 'README.md')}\n`);
        }
      });
    });
}
