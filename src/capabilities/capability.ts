// A capability is one job of the specialist, declared once: its input (a zod object with the MCP
// tool's snake_case fields), what it does with that input (`run`, returning the document the CLI
// prints with --format json and the MCP tool returns as structured content, or a result `json`
// maps to that document), how a person reads
// the result (`render`, one renderer per capability) and the line a conversation shows
// (`summarize`). The two doors are derived from it: mcp/tool.ts `toMcpTool` and cli/capability.ts
// `runCapability`; each adds only its own edge (flags and files, or tool registration and roots).
import type { z } from 'zod';
import type { ConnectionOptions } from '../cluster/connection.js';
import type { RegistryOptions } from '../cluster/schema-registry.js';

/** Reports how far a long job has come: the CLI draws it on stderr, the MCP server sends progress notifications. */
export type Progress = (done: number, total?: number, message?: string) => void;

/** The MCP tool annotations (the CLI has no use for them): what calling the capability does to the world. */
export interface Annotations {
  readOnlyHint: boolean;
  destructiveHint: boolean;
  openWorldHint: boolean;
  idempotentHint?: boolean;
}

/** A job that only reads a live cluster or registry: nothing changes, the same call answers alike unless the cluster moved. */
export const READS_LIVE: Annotations = { readOnlyHint: true, destructiveHint: false, openWorldHint: true, idempotentHint: true };

/**
 * What a door supplies to a run: the only way a capability reaches beyond its input. Each door
 * answers with its own policy (the CLI trusts its user's paths and flags; the MCP server confines
 * paths to its roots and clusters to the ones named at start).
 */
export interface Io {
  /** The directory to write into for a path the caller gave; `field` names it in errors. */
  writableDirectory(path: string, field: string): string;
  /** The caller allowed writes to a cluster (test records, topics): the CLI always, the MCP server with --allow-writes. */
  readonly allowWrites: boolean;
  /** The cluster to reach: the MCP server's configured cluster of that name, the CLI's connection flags. */
  cluster(name: string | undefined): ConnectionOptions;
  /** A cluster to write test records or topics to: the CLI's connection flags, the MCP server's configured cluster only with --allow-writes and not marked read-only; `what` says why writing is needed. */
  writableCluster(name: string, what: string): ConnectionOptions;
  /** Progress of a long job; doors that cannot show it ignore it. */
  readonly progress: Progress;
  /** The names of the clusters this door may reach (the MCP server's configured ones; the CLI's is its connection flags). */
  clusterNames(): string[];
  /** The Schema Registry to read: the MCP server's for that configured cluster, the CLI's --registry. */
  registry(cluster: string | undefined): RegistryOptions;
}

/**
 * One job, declared once. `S` is the input schema, `R` the result, `F` the formats the CLI renders
 * besides json, `D` the JSON document (what --format json prints and the MCP structured content).
 */
export interface Capability<S extends z.ZodObject = z.ZodObject, R extends object = object, F extends string = string, D extends object = R> {
  /** The MCP tool name (snake_case). */
  name: string;
  /** The CLI command that is this capability's other door ("explain", "schema lint"), when there is one. */
  cliName?: string;
  title: string;
  /** Written for a model: what the job does, when to call it, what it returns. */
  description: string;
  /** snake_case fields, each with .describe(); the CLI maps its flags onto the same fields. */
  input: S;
  annotations: Annotations;
  /** The document's shape (named fields, enums), declared as the MCP tool's outputSchema: clients check every result against it. */
  output: z.ZodObject & z.ZodType<D>;
  run(input: z.output<S>, io: Io): R | Promise<R>;
  /** The JSON document of a result (the result itself unless the capability declared otherwise). */
  json(result: R): D;
  /** The result for a person, in one of the CLI's formats other than json. */
  render(result: R, format: F): string;
  /** A few lines for a conversation: the MCP text content. */
  summarize(result: R): string;
  /** The CLI exit code for a result (1 when it found problems); 0 when absent. */
  exitCode?(result: R, input: z.output<S>): number;
}

/** The product's version, as tools and SARIF reports name it. */
export const SPECIALIST_VERSION = '0.1.0';

/**
 * A capability as written: `json` only when the result carries more than the document (what a
 * renderer needs besides it, e.g. the language generate wrote); without it the result is the document.
 */
export type CapabilityDeclaration<S extends z.ZodObject, R extends object, F extends string, D extends object> = Omit<Capability<S, R, F, D>, 'json'> & { json?(result: R): D };

/** Declares a capability, checking `run`, `render` and `summarize` against its schema and result type. */
export function defineCapability<S extends z.ZodObject, R extends object, F extends string, D extends object>(capability: Capability<S, R, F, D>): Capability<S, R, F, D>;
export function defineCapability<S extends z.ZodObject, R extends object, F extends string = never>(capability: Omit<Capability<S, R, F>, 'json'>): Capability<S, R, F>;
export function defineCapability(capability: CapabilityDeclaration<z.ZodObject, object, string, object>): Capability<z.ZodObject, object, string, object> {
  return { ...capability, json: capability.json ?? ((result) => result) };
}
