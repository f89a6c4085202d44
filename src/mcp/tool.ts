// What an MCP tool is here: a zod input schema, a description written for a model, annotations,
// and a run function that calls the same method/ function as the CLI and returns the CLI's JSON.
import type { z } from 'zod';
import type { ConnectionOptions } from '../cluster/connection.js';
import type { RegistryOptions } from '../cluster/schema-registry.js';
import { UserError } from '../model/errors.js';

export interface ServerOptions {
  /** Directories tools may read from or write into; nothing outside them. */
  roots: string[];
  /** Clusters named at server start: the only ones cluster tools may reach, by name. */
  clusters: Record<string, ConnectionOptions>;
  /** Tools that write (create topics, produce test records, write files) refuse without it. */
  allowWrites: boolean;
  /** Clusters the operator marked read-only: writing tools refuse them even with allowWrites. */
  readOnlyClusters?: readonly string[];
  /** Schema Registries by cluster name (from the clusters file), read by the registry tool. */
  registries?: Record<string, RegistryOptions>;
}

export interface ToolOutput {
  /** The same document the CLI prints with --format json. */
  json: object;
  /** A few lines for a person reading the conversation. */
  summary: string;
}

/** Reports how far a long tool call has come (sent to the client as MCP progress notifications). */
export type Progress = (done: number, total?: number, message?: string) => void;

/** A tool as written: its run takes the input its own schema parses to. */
export interface ToolSpec<S extends z.ZodObject> {
  name: string;
  title: string;
  description: string;
  input: S;
  annotations: { readOnlyHint: boolean; destructiveHint: boolean; openWorldHint: boolean; idempotentHint?: boolean };
  /** The shape of `json` (the MCP outputSchema); a tool without one declares an object. */
  output?: z.ZodObject;
  run(input: z.infer<S>, options: ServerOptions, progress?: Progress): Promise<ToolOutput> | ToolOutput;
}

/** A tool as the server holds it, whatever its input schema. */
export interface ToolDef extends Omit<ToolSpec<z.ZodObject>, 'run'> {
  run(input: unknown, options: ServerOptions, progress?: Progress): Promise<ToolOutput> | ToolOutput;
}

/** Text inputs (requirements, configs, schemas) are capped so one call cannot exhaust the server. */
export const MAX_TEXT = 1_000_000;

export function defineTool<S extends z.ZodObject>(spec: ToolSpec<S>): ToolDef {
  // The server validated the arguments against this schema already; parsing types them.
  return { ...spec, run: (input, options, progress) => spec.run(spec.input.parse(input), options, progress) };
}

/** A cluster named at server start: cluster tools reach no other. */
export function clusterNamed(options: ServerOptions, name: string): ConnectionOptions {
  const connection = options.clusters[name];
  if (!connection) {
    throw new UserError({ field: 'cluster', message: `no cluster named "${name}"`, expected: Object.keys(options.clusters).join(', ') || 'a cluster configured at server start (--bootstrap or --cluster name=host:port)' });
  }
  return connection;
}

/** A cluster a tool may write to: named at start, the server started with --allow-writes, and not marked read-only. */
export function writableClusterNamed(options: ServerOptions, name: string, what: string): ConnectionOptions {
  const connection = clusterNamed(options, name);
  if (!options.allowWrites) throw new UserError({ field: 'cluster', message: `${what}, and this server is read-only`, suggestion: 'start the server with --allow-writes' });
  if (options.readOnlyClusters?.includes(name)) throw new UserError({ field: 'cluster', message: `${what}, and cluster "${name}" is marked read_only in the clusters file`, suggestion: 'set read_only: false for it in the clusters file if writing there is intended' });
  return connection;
}
