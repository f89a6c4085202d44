// The commands, by name, each loaded only when it runs (start-up stays fast: `design` does not
// load the MCP SDK or a Kafka client). Add a command by writing commands/<name>.ts with a
// register function and one entry here. `--help` and `--version` load none of them: the entries
// carry what the root help lists, and each command takes its description from its entry.
import type { Command } from 'commander';

type Register = (program: Command) => void;

interface CommandEntry {
  /** What follows the name in the root help: `[options]` and the arguments, as commander writes them. */
  readonly usage: string;
  /** The command's description, as its register function sets it. */
  readonly summary: string;
  /** The words that may follow the name, for shell completion: its subcommands, or its first argument's choices. */
  readonly words?: readonly string[];
  readonly load: () => Promise<Register>;
}

// In the order `--help` lists them: the method's main job first, then its steps, then the doors.
export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  design: {
    usage: '[options] <requirements>',
    summary: 'design topics, keys, partitions, producer and consumer settings and patterns for a requirements file (YAML or JSON; - for stdin)',
    load: async () => (await import('./design.js')).registerDesign,
  },
  ask: {
    usage: '[options] <words...>',
    summary: 'turn a request in plain words into a requirements draft (offline, deterministic)',
    load: async () => (await import('./ask.js')).registerAsk,
  },
  init: {
    usage: '[options]',
    summary: 'answer the questions a Kafka specialist would ask and write a requirements file',
    load: async () => (await import('./init.js')).registerInit,
  },
  session: {
    usage: '',
    summary: 'work in rounds: numbered requirements and designs, with what changed each time',
    words: ['new', 'add', 'show'],
    load: async () => (await import('./session.js')).registerSession,
  },
  patterns: {
    usage: '[options] [id]',
    summary: 'the pattern catalog: when to use each pattern, when not, trade-offs, implied topics and settings',
    load: async () => (await import('./patterns.js')).registerPatterns,
  },
  explain: {
    usage: '[options] <name>',
    summary: 'explain a Kafka setting (type, default per version and client, valid values, what it does, when to change it, history, doc link) or a rule (area/name)',
    load: async () => (await import('./explain.js')).registerExplain,
  },
  search: {
    usage: '[options] <words...>',
    summary: 'find settings by words or concepts, e.g. "exactly once", "rebalance", "ordering"',
    load: async () => (await import('./search.js')).registerSearch,
  },
  changes: {
    usage: '[options]',
    summary: 'settings added, removed, or with a changed default or valid values between two Kafka versions: what to check before an upgrade',
    load: async () => (await import('./changes.js')).registerChanges,
  },
  topology: {
    usage: '[options] <file>',
    summary: 'read a Kafka Streams Topology#describe() output: sub-topologies, tasks, repartition and changelog topics, stores, joins and co-partitioning, findings; draw it as SVG or Mermaid',
    load: async () => (await import('./topology.js')).registerTopology,
  },
  critique: {
    usage: '[options] [files...]',
    summary:
      "find what will bite in existing Kafka configs: .properties, librdkafka/kafkajs JSON or YAML, Strimzi manifests, kafka-topics flags; or, with --bootstrap and no files, a live cluster's topic and broker configs",
    load: async () => (await import('./critique.js')).registerCritique,
  },
  rules: {
    usage: '[options] [id]',
    summary: 'list the critique rules, or explain one',
    load: async () => (await import('./critique.js')).registerRules,
  },
  schema: {
    usage: '',
    summary: 'design Avro event schemas, lint them for evolution hazards, and check changes as a Schema Registry would',
    words: ['scaffold', 'lint', 'check', 'compatibility'],
    load: async () => (await import('./schema.js')).registerSchema,
  },
  lag: {
    usage: '',
    summary: 'diagnose consumer lag and rebalance storms, from numbers or from a live cluster',
    words: ['analyze', 'status'],
    load: async () => (await import('./lag.js')).registerLag,
  },
  generate: {
    usage: '[options] [requirements]',
    summary: 'write runnable producer and consumer code (python, typescript, java, go) and topic manifests for a design',
    load: async () => (await import('./generate.js')).registerGenerate,
  },
  contract: {
    usage: '[options] <format>',
    summary: 'print the JSON Schema of the requirements file or of the design document',
    words: ['requirements', 'design'],
    load: async () => (await import('./contract.js')).registerContract,
  },
  verify: {
    usage: '[options] <requirements>',
    summary:
      "run a design's producer and consumer against the local broker while injecting faults; report lost, duplicated and reordered records, latency and throughput against the promised guarantee",
    load: async () => (await import('./verify.js')).registerVerify,
  },
  doctor: {
    usage: '[options]',
    summary: 'snapshot a live cluster (brokers, topics, replicas, ISR, configs, groups, lag) and report what is wrong with it',
    load: async () => (await import('./doctor.js')).registerDoctor,
  },
  topics: {
    usage: '[options] [topic]',
    summary: 'list the topics of a live cluster, or describe one: partitions, leaders, ISR, offsets, configs set on it (read-only)',
    load: async () => (await import('./live.js')).registerTopics,
  },
  groups: {
    usage: '[options] [group]',
    summary: 'list the consumer groups of a live cluster, or describe one: state, members, assignments, lag per partition (read-only)',
    load: async () => (await import('./live.js')).registerGroups,
  },
  read: {
    usage: '[options] <topic>',
    summary: 'read records of a live topic without a consumer group (never commits): from an offset, a time or the last N, bounded',
    load: async () => (await import('./live.js')).registerRead,
  },
  registry: {
    usage: '[options] [subject]',
    summary: "read a Schema Registry: its subjects, or a subject's versions and compatibility mode (read-only)",
    load: async () => (await import('./live.js')).registerRegistry,
  },
  clusters: {
    usage: '[options] <file>',
    summary: "the cluster names a clusters file (the MCP server's --clusters) defines, checked as the server would",
    load: async () => (await import('./live.js')).registerClusters,
  },
  broker: {
    usage: '[options]',
    summary: 'run a local multi-broker Kafka-protocol cluster (librdkafka mock) on 127.0.0.1 until Ctrl-C',
    load: async () => (await import('./broker.js')).registerBroker,
  },
  mcp: {
    usage: '[options]',
    summary: 'run the MCP server (stdio by default) so AI assistants can call the specialist',
    load: async () => (await import('./mcp.js')).registerMcp,
  },
  completion: {
    usage: '<shell>',
    summary: 'print a shell completion script (bash or zsh) for the command names and their subcommands',
    words: ['bash', 'zsh'],
    load: async () => (await import('./completion.js')).registerCompletion,
  },
};

/** The command `name` on `program`, with its entry's summary as description: the summary is written once, here. */
export function describedCommand(program: Command, name: string): Command {
  const entry = COMMANDS[name];
  if (!entry) throw new Error(`no command entry for ${name}`);
  return program.command(name).description(entry.summary);
}

/** Registers every command for real (loads all of them). */
export async function registerAll(program: Command): Promise<void> {
  for (const register of await Promise.all(Object.values(COMMANDS).map((c) => c.load()))) register(program);
}

/**
 * Registers, for a command line, the one command it runs (also for `help <command>`), or else
 * placeholders with the names and summaries: enough for the root help, `--version` and commander's
 * "unknown command, did you mean" without loading any command.
 */
export async function registerFor(program: Command, argv: readonly string[]): Promise<void> {
  // The first word naming a command: `help design` and `--format json design` run design.
  const name = argv.find((a) => Object.hasOwn(COMMANDS, a));
  const entry = name === undefined ? undefined : COMMANDS[name];
  if (entry) {
    (await entry.load())(program);
    return;
  }
  for (const [commandName, { summary }] of Object.entries(COMMANDS)) program.command(commandName).description(summary);
  const help = program.createHelp();
  program.configureHelp({
    subcommandTerm: (cmd) => {
      const listed = Object.hasOwn(COMMANDS, cmd.name()) ? COMMANDS[cmd.name()] : undefined;
      return listed ? `${cmd.name()} ${listed.usage}`.trim() : help.subcommandTerm(cmd);
    },
  });
}
