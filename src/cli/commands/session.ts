// `kafka-specialist session new|add|show`: a conversation in numbered rounds. Each round stores
// the requirements as given and the design, compared with the round before: what changed in
// the requirements, which decisions moved because of it, which findings came or went.
import { mkdirSync, existsSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { fileSystemProblem } from '../../edge/paths.js';
import { renderChangeLog } from '../../method/converge/change-log.js';
import { designRound, renderRound, type RoundDocument } from '../../method/converge/round.js';
import { parseWithSchema } from '../../method/deconstruct/parse.js';
import { renderDesign } from '../../method/report/design-report.js';
import { UserError } from '../../model/errors.js';
import { ENVIRONMENTS, requirementsSchema, type Environment } from '../../model/requirements.js';
import { formatOption, printJson, readInput, run } from '../io.js';
import { readRoundDocument, readRoundFile, roundDir, roundNumbers, sessionEntries, writeRound, ROUND_FILES } from '../session-store.js';
import { describedCommand } from './index.js';

type Format = 'text' | 'json' | 'markdown';

const envOption = () => new Option('--env <environment>', 'design the rounds for this environment profile').choices(ENVIRONMENTS);

/** Designs the next round of `session` from a requirements file and stores it. */
function addRound(session: string, path: string, env: Environment | undefined, format: Format): void {
  const { text, file } = readInput(path);
  const requirements = parseWithSchema(text, file, requirementsSchema);
  const numbers = roundNumbers(session);
  const last = numbers.at(-1);
  const n = (last ?? 0) + 1;
  const previous =
    last === undefined
      ? undefined
      : {
          design: readRoundDocument(session, last),
          requirements: parseWithSchema(readRoundFile(session, last, 'requirements'), `${roundDir(session, last)}/${ROUND_FILES.requirements}`, requirementsSchema),
        };
  const round = designRound({ requirements, file, ...(env ? { env } : {}), ...(previous ? { previous } : {}) });
  writeRound(session, n, text, round);
  if (format === 'json') return printJson({ round: n, folder: roundDir(session, n), ...summary(readRoundDocument(session, n)), changes: round.changes ?? null });
  if (format === 'markdown') return void process.stdout.write(readRoundFile(session, n, 'report'));
  process.stdout.write(`Round ${n} stored in ${roundDir(session, n)}/ (${ROUND_FILES.requirements}, ${ROUND_FILES.design}, ${ROUND_FILES.report}).\n${summaryLine(readRoundDocument(session, n))}\n`);
  if (round.changes) process.stdout.write(`\n${renderChangeLog(round.changes, 'text', `Changes since round ${n - 1}`)}`);
  else process.stdout.write(`\n${renderDesign(round.design, 'text')}${renderRound(round, 'text')}`);
}

function summary(doc: RoundDocument) {
  const count = (s: string) => doc.findings.filter((f) => f.severity === s).length;
  return {
    name: doc.name,
    environment: doc.environment,
    topics: doc.topics.map((t) => `${t.name} (${t.partitions}p, RF ${t.replicationFactor})`),
    patterns: doc.patterns.map((p) => p.id),
    findings: { error: count('error'), warning: count('warning'), info: count('info') },
    changedDecisions: doc.changes?.decisions.length ?? null,
  };
}

function summaryLine(doc: RoundDocument): string {
  const s = summary(doc);
  return `${s.name} (${s.environment}): ${s.topics.join(', ')}; patterns ${s.patterns.join(', ') || 'none'}; findings ${s.findings.error} error, ${s.findings.warning} warning, ${s.findings.info} info`;
}

export function registerSession(program: Command): void {
  const session = describedCommand(program, 'session');

  session
    .command('new')
    .description('start a session folder, optionally with its first round')
    .argument('<folder>', 'the session folder to create')
    .argument('[requirements]', 'requirements for round 1 (a file, or - for standard input)')
    .addOption(envOption())
    .addOption(formatOption(['text', 'json', 'markdown']))
    .action((folder: string, path: string | undefined, opts: { env?: Environment; format: Format }) =>
      run(opts.format, () => {
        if (existsSync(folder) && sessionEntries(folder).length > 0) {
          throw new UserError({ file: folder, message: 'the folder exists and is not empty', suggestion: `add a round to it with: kafka-specialist session add ${folder} <requirements>` });
        }
        try {
          mkdirSync(folder, { recursive: true });
        } catch (e) {
          throw fileSystemProblem(e, folder) ?? e;
        }
        if (path) addRound(folder, path, opts.env, opts.format);
        else if (opts.format === 'json') printJson({ folder, rounds: [] });
        else process.stdout.write(`Session ${folder} started. Add a round with: kafka-specialist session add ${folder} <requirements>\n`);
      }),
    );

  session
    .command('add')
    .description('design the next round and print what changed since the last one')
    .argument('<folder>', 'the session folder')
    .argument('<requirements>', 'the requirements for this round (a file, or - for standard input)')
    .addOption(envOption())
    .addOption(formatOption(['text', 'json', 'markdown']))
    .action((folder: string, path: string, opts: { env?: Environment; format: Format }) => run(opts.format, () => addRound(folder, path, opts.env, opts.format)));

  session
    .command('show')
    .description('the rounds so far, and the change log (or full report) of one round')
    .argument('<folder>', 'the session folder')
    .option('--round <n>', 'the round to show (default: the last)')
    .addOption(formatOption(['text', 'json', 'markdown']))
    .action((folder: string, opts: { round?: string; format: Format }) =>
      run(opts.format, () => {
        const numbers = roundNumbers(folder);
        if (numbers.length === 0) throw new UserError({ file: folder, message: 'the session has no rounds yet', suggestion: `kafka-specialist session add ${folder} <requirements>` });
        const n = opts.round === undefined ? numbers.at(-1)! : Number(opts.round);
        if (!numbers.includes(n)) throw new UserError({ field: '--round', message: `no round ${opts.round}`, expected: `one of: ${numbers.join(', ')}` });
        if (opts.format === 'json')
          return printJson({
            folder,
            rounds: numbers.map((r) => ({ round: r, ...summary(readRoundDocument(folder, r)) })),
            shown: { round: n, changes: readRoundDocument(folder, n).changes ?? null },
          });
        if (opts.format === 'markdown') return void process.stdout.write(readRoundFile(folder, n, 'report'));
        const lines = numbers.map((r) => `  round ${r}: ${summaryLine(readRoundDocument(folder, r))}`);
        process.stdout.write(`Session ${folder}, ${numbers.length} round(s):\n${lines.join('\n')}\n`);
        const changes = readRoundDocument(folder, n).changes;
        process.stdout.write(
          changes ? `\n${renderChangeLog(changes, 'text', `Round ${n}: changes since round ${n - 1}`)}` : `\nRound ${n} is the first round; \`--format markdown\` prints its full report.\n`,
        );
      }),
    );
}
