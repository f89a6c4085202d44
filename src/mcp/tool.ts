// What an MCP tool is here: a capability (capabilities/capability.ts) seen through the server's
// door: its schema, description and annotations, and a run that hands the capability the
// server's Io (paths confined to the roots, clusters by the names configured at start).
import type { z } from 'zod';
import type { Capability, Io, Progress } from '../capabilities/capability.js';
import type { ConnectionOptions } from '../cluster/connection.js';
import { confinedDirectory } from '../edge/paths.js';
import { UserError } from '../model/errors.js';

export type { Progress } from '../capabilities/capability.js';

export interface ServerOptions {
  /** Directories tools may read from or write into; nothing outside them. */
  roots: string[];
  /** Clusters named at server start: the only ones cluster tools may reach, by name. */
  clusters: Record<string, ConnectionOptions>;
  /** Tools that write (create topics, produce test records, write files) refuse without it. */
  allowWrites: boolean;
}

export interface ToolOutput {
  /** The same document the CLI prints with --format json. */
  json: object;
  /** A few lines for a person reading the conversation. */
  summary: string;
}

/** A tool as written: its run takes the input its own schema parses to. */
export interface ToolSpec<S extends z.ZodObject> {
  name: string;
  title: string;
  description: string;
  input: S;
  annotations: { readOnlyHint: boolean; destructiveHint: boolean; openWorldHint: boolean; idempotentHint?: boolean };
  run(input: z.infer<S>, options: ServerOptions, progress?: Progress): Promise<ToolOutput> | ToolOutput;
}

/** A tool as the server holds it, whatever its input schema. */
export interface ToolDef extends Omit<ToolSpec<z.ZodObject>, 'run'> {
  run(input: unknown, options: ServerOptions, progress?: Progress): Promise<ToolOutput> | ToolOutput;
}

export { MAX_TEXT } from '../capabilities/limits.js';

export function defineTool<S extends z.ZodObject>(spec: ToolSpec<S>): ToolDef {
  // The server validated the arguments against this schema already; parsing types them.
  return { ...spec, run: (input, options, progress) => spec.run(spec.input.parse(input), options, progress) };
}

/** The server's Io: what a capability may reach when called through MCP. */
export function serverIo(options: ServerOptions, progress: Progress = () => {}): Io {
  return {
    writableDirectory: (path, field) => confinedDirectory(path, options.roots, field),
    allowWrites: options.allowWrites,
    cluster: (name) => {
      if (name === undefined) throw new UserError({ field: 'cluster', message: 'no cluster named', expected: Object.keys(options.clusters).join(', ') || 'a cluster configured at server start (--bootstrap or --cluster name=host:port)' });
      return clusterNamed(options, name);
    },
    progress,
  };
}

/** The MCP tool for a capability: its result is the structured content, its summary the text. */
export function toMcpTool<S extends z.ZodObject, R extends object, F extends string>(capability: Capability<S, R, F>): ToolDef {
  const { name, title, description, input, annotations } = capability;
  return {
    name, title, description, input, annotations,
    // The server validated the arguments against this schema already; parsing types them and applies defaults.
    async run(args, options, progress) {
      const result = await capability.run(input.parse(args), serverIo(options, progress));
      return { json: result, summary: capability.summarize(result) };
    },
  };
}

/** A cluster named at server start: cluster tools reach no other. */
export function clusterNamed(options: ServerOptions, name: string): ConnectionOptions {
  const connection = options.clusters[name];
  if (!connection) {
    throw new UserError({ field: 'cluster', message: `no cluster named "${name}"`, expected: Object.keys(options.clusters).join(', ') || 'a cluster configured at server start (--bootstrap or --cluster name=host:port)' });
  }
  return connection;
}
