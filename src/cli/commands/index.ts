// The commands, by name, each loaded only when it runs (start-up stays fast: `design` does not
// load the MCP SDK or a Kafka client). Add a command by writing commands/<name>.ts with a
// register function and one line here; `--help` loads them all.
import type { Command } from 'commander';

type Register = (program: Command) => void;

// In the order `--help` lists them: the method's main job first, then its steps, then the doors.
export const COMMANDS: Record<string, () => Promise<Register>> = {
  design: async () => (await import('./design.js')).registerDesign,
  ask: async () => (await import('./ask.js')).registerAsk,
  init: async () => (await import('./init.js')).registerInit,
  session: async () => (await import('./session.js')).registerSession,
  patterns: async () => (await import('./patterns.js')).registerPatterns,
  explain: async () => (await import('./explain.js')).registerExplain,
  search: async () => (await import('./search.js')).registerSearch,
  changes: async () => (await import('./changes.js')).registerChanges,
  topology: async () => (await import('./topology.js')).registerTopology,
  critique: async () => (await import('./critique.js')).registerCritique,
  rules: async () => (await import('./critique.js')).registerRules,
  schema: async () => (await import('./schema.js')).registerSchema,
  lag: async () => (await import('./lag.js')).registerLag,
  generate: async () => (await import('./generate.js')).registerGenerate,
  contract: async () => (await import('./contract.js')).registerContract,
  verify: async () => (await import('./verify.js')).registerVerify,
  doctor: async () => (await import('./doctor.js')).registerDoctor,
  topics: async () => (await import('./live.js')).registerTopics,
  groups: async () => (await import('./live.js')).registerGroups,
  read: async () => (await import('./live.js')).registerRead,
  registry: async () => (await import('./live.js')).registerRegistry,
  clusters: async () => (await import('./live.js')).registerClusters,
  broker: async () => (await import('./broker.js')).registerBroker,
  mcp: async () => (await import('./mcp.js')).registerMcp,
};

/** The register functions for a command line: just the named command's, or all of them. */
export async function commandsFor(argv: readonly string[]): Promise<Register[]> {
  const name = argv.find((a) => !a.startsWith('-'));
  const loaders = name !== undefined && COMMANDS[name] ? [COMMANDS[name]] : Object.values(COMMANDS);
  return Promise.all(loaders.map((load) => load()));
}
