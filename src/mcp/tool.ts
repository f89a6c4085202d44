// What an MCP tool is here: a capability (capabilities/capability.ts) seen through the server's
// door: its schema, description and annotations, and a run that hands the capability the
// server's Io (paths confined to the roots, clusters by the names configured at start).
import { z } from 'zod';
import type { Capability, Io, Progress } from '../capabilities/capability.js';
import type { ConnectionOptions } from '../cluster/connection.js';
import type { RegistryOptions } from '../cluster/schema-registry.js';
import { confinedDirectory } from '../edge/paths.js';
import { UserError } from '../model/errors.js';
import { pageInfoSchema, pageOf, type ListField } from './paging.js';

export type { Progress } from '../capabilities/capability.js';

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

/** A tool as the server holds it: a capability's MCP door (toMcpTool), whatever its input schema. */
export interface ToolDef {
  name: string;
  title: string;
  description: string;
  input: z.ZodObject;
  annotations: Capability['annotations'];
  /** The shape of `json` (the MCP outputSchema), with `page` for a paged tool. */
  output: z.ZodObject;
  run(input: unknown, options: ServerOptions, progress?: Progress): Promise<ToolOutput> | ToolOutput;
}

export { MAX_TEXT } from '../capabilities/limits.js';

/** The server's Io: what a capability may reach when called through MCP. */
export function serverIo(options: ServerOptions, progress: Progress = () => {}): Io {
  return {
    writableDirectory: (path, field) => confinedDirectory(path, options.roots, field),
    allowWrites: options.allowWrites,
    cluster: (name) => {
      if (name === undefined)
        throw new UserError({
          field: 'cluster',
          message: 'no cluster named',
          expected: Object.keys(options.clusters).join(', ') || 'a cluster configured at server start (--bootstrap or --cluster name=host:port)',
        });
      return clusterNamed(options, name);
    },
    writableCluster: (name, what) => writableClusterNamed(options, name, what),
    progress,
    clusterNames: () => Object.keys(options.clusters),
    registry: (name) => {
      if (name === undefined)
        throw new UserError({
          field: 'cluster',
          message: 'name the cluster whose Schema Registry to read',
          expected: Object.keys(options.registries ?? {}).join(', ') || 'a cluster with schema_registry in the clusters file',
        });
      clusterNamed(options, name);
      const registry = options.registries?.[name];
      if (!registry)
        throw new UserError({
          field: 'cluster',
          message: `cluster "${name}" has no Schema Registry configured`,
          suggestion: 'add schema_registry: { url: ... } to it in the clusters file (--clusters)',
        });
      return registry;
    },
  };
}

/** A page's cursor: the MCP tool takes it besides the capability's own input. */
const cursorInput = z.object({ cursor: z.string().min(1).max(100).optional() });

/**
 * The MCP tool for a capability: its result is the structured content, its summary the text.
 * `pagedLists` names the lists of a result that may outgrow a model's answer: the tool then takes
 * a `cursor` and answers in pages (mcp/paging.ts); the CLI prints the whole document.
 */
export function toMcpTool<S extends z.ZodObject, R extends object, F extends string, D extends object>(capability: Capability<S, R, F, D>, pagedLists: ReadonlyArray<ListField<D>> = []): ToolDef {
  const { name, title, description, annotations, output } = capability;
  const input = pagedLists.length
    ? capability.input.extend({ cursor: cursorInput.shape.cursor.describe(`next_cursor from the previous page: a large answer comes in pages of about 80 KB (${pagedLists.join(', ')})`) })
    : capability.input;
  return {
    name,
    title,
    description,
    input,
    annotations,
    output: pagedLists.length ? output.extend({ page: pageInfoSchema.optional().describe('present when the answer comes in pages') }) : output,
    // The server validated the arguments against `input` already; parsing the capability's part
    // applies its defaults and types it (an object schema drops the cursor, which is not its field).
    async run(args, options, progress) {
      const result = await capability.run(capability.input.parse(args), serverIo(options, progress));
      const json = capability.json(result);
      const summary = capability.summarize(result);
      if (!pagedLists.length) return { json, summary };
      const { json: paged, page } = pageOf(json, pagedLists, cursorInput.parse(args).cursor);
      return {
        json: paged,
        summary: page
          ? `${summary}\nPage: items ${page.offset + 1}-${page.offset + page.returned} of ${page.total}${page.next_cursor ? `; call again with cursor "${page.next_cursor}" for more` : ''}.`
          : summary,
      };
    },
  };
}

/** A cluster named at server start: cluster tools reach no other. */
export function clusterNamed(options: ServerOptions, name: string): ConnectionOptions {
  const connection = options.clusters[name];
  if (!connection) {
    throw new UserError({
      field: 'cluster',
      message: `no cluster named "${name}"`,
      expected: Object.keys(options.clusters).join(', ') || 'a cluster configured at server start (--bootstrap or --cluster name=host:port)',
    });
  }
  return connection;
}

/** A cluster a tool may write to: named at start, the server started with --allow-writes, and not marked read-only. */
export function writableClusterNamed(options: ServerOptions, name: string, what: string): ConnectionOptions {
  const connection = clusterNamed(options, name);
  if (!options.allowWrites) throw new UserError({ field: 'cluster', message: `${what}, and this server is read-only`, suggestion: 'start the server with --allow-writes' });
  if (options.readOnlyClusters?.includes(name))
    throw new UserError({
      field: 'cluster',
      message: `${what}, and cluster "${name}" is marked read_only in the clusters file`,
      suggestion: 'set read_only: false for it in the clusters file if writing there is intended',
    });
  return connection;
}
