// The CLI door to a capability (capabilities/capability.ts): a command maps its arguments and
// flags onto the capability's input, and this runs the same `run` the MCP tool runs, then prints
// the JSON document or the capability's own rendering, with the capability's exit code.
import type { z } from 'zod';
import type { Capability, Io } from '../capabilities/capability.js';
import type { ConnectionOptions } from '../cluster/connection.js';
import type { RegistryOptions } from '../cluster/schema-registry.js';
import { didYouMean, UserError } from '../model/errors.js';
import { printJson, run } from './io.js';

/** What the command line supplies: paths as the user gave them, writes allowed, the cluster of the connection flags. */
export function cliIo(supply: { cluster?: () => ConnectionOptions; progress?: Io['progress']; registry?: () => RegistryOptions } = {}): Io {
  const cluster = () => {
    if (!supply.cluster) throw new UserError({ message: 'this command reaches no cluster' });
    return supply.cluster();
  };
  return {
    writableDirectory: (path) => path,
    allowWrites: true,
    cluster,
    writableCluster: cluster,
    progress: supply.progress ?? (() => {}),
    clusterNames: () => [],
    registry: () => {
      if (!supply.registry) throw new UserError({ field: '--registry', message: 'no Schema Registry given', suggestion: 'pass --registry http://host:8081 or set SCHEMA_REGISTRY_URL' });
      return supply.registry();
    },
  };
}

/**
 * The name a command gives its capability's `cluster` input: the CLI reaches the cluster of its
 * connection flags whatever the name, so the name only says that the run reaches one.
 */
export const FLAGS_CLUSTER = 'the cluster of the connection flags';

/** The input field's flag, as errors name it: `kafka_version` is `--kafka-version` unless the command says otherwise. */
function flagOf(field: PropertyKey | undefined, flags: Readonly<Record<string, string>>): string | undefined {
  if (field === undefined) return undefined;
  const key = String(field);
  return flags[key] ?? `--${key.replaceAll('_', '-')}`;
}

/** A numeric flag as a number for the capability's schema, which judges its range; text that is no number is refused here. */
export function numberFlag(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new UserError({ field: flag, message: 'expected a number', found: value });
  return n;
}

/** Validates the input a command built from its flags; a value the schema refuses is the user's mistake (exit 2). */
export function parseInput<S extends z.ZodObject>(schema: S, raw: z.input<S>, flags: Readonly<Record<string, string>> = {}): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new UserError(
    result.error.issues.map((issue) => {
      const found = issue.path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), raw);
      return {
        field: flagOf(issue.path[0], flags),
        message: inWords(issue),
        ...(typeof found === 'number' || typeof found === 'string' ? { found: String(found) } : {}),
        ...nearestChoice(issue, found),
      };
    }),
  );
}

/** For a value outside a list of choices (a client library, a broker size): the nearest one. */
function nearestChoice(issue: z.core.$ZodIssue, found: unknown): { suggestion?: string } {
  if (issue.code !== 'invalid_value' || typeof found !== 'string') return {};
  const near = didYouMean(found, issue.values.map(String));
  return near.length ? { suggestion: `did you mean ${near[0]}?` } : {};
}

/** A schema's refusal as the CLI words it for a flag. */
function inWords(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_small' && issue.origin === 'number') {
    return issue.minimum === 0 ? (issue.inclusive ? 'expected zero or a positive number' : 'expected a positive number') : `expected at least ${String(issue.minimum)}`;
  }
  if (issue.code === 'too_big' && issue.origin === 'number') return `expected at most ${String(issue.maximum)}`;
  if (issue.code === 'invalid_type' && issue.expected === 'int') return 'expected a whole number';
  if (issue.code === 'invalid_value') return `expected one of: ${issue.values.map(String).join(', ')}`;
  return issue.message;
}

export interface CliRun<S extends z.ZodObject, R extends object, F extends string> {
  format: F | 'json';
  /** The capability's input from the command's arguments and flags; called inside the error handling, so it may read files. */
  input: () => z.input<S>;
  /** Error names for input fields whose flag is not the field's name in kebab case (a positional argument, a renamed flag). */
  flags?: Readonly<Record<string, string>>;
  io?: Io;
  /** Side files the command writes from the result (a chart), before the result is printed. */
  after?: (result: R) => void;
  /** What the command prints instead of the capability's rendering (ask --out prints a receipt, not the file). */
  text?: (result: R) => string;
  /** What the command prints in every format, json too, when the output went to a file (topology --out). */
  receipt?: (result: R) => string;
  /** Called when the run ends, whether it succeeded or not, before anything is printed (clears a progress bar). */
  settle?: () => void;
  /** The --format json document when the command's predates the shared one (defaults to the result). */
  json?: (result: R) => unknown;
}

/** Runs a capability for a command and prints its result; the exit code follows the capability. */
export async function runCapability<S extends z.ZodObject, R extends object, F extends string, D extends object>(capability: Capability<S, R, F, D>, how: CliRun<S, R, F>): Promise<void> {
  await run(how.format, async () => {
    const input = parseInput(capability.input, how.input(), how.flags);
    const result = await Promise.resolve()
      .then(() => capability.run(input, how.io ?? cliIo()))
      .catch((e: unknown) => {
        // A capability names its input fields in errors; on the command line they are flags.
        if (!(e instanceof UserError)) throw e;
        throw new UserError(e.problems.map((p) => (p.field !== undefined && p.field in capability.input.shape ? { ...p, field: flagOf(p.field, how.flags ?? {}) } : p)));
      })
      .finally(how.settle);
    how.after?.(result);
    if (how.receipt) process.stdout.write(how.receipt(result));
    else if (how.format === 'json') printJson(how.json ? how.json(result) : capability.json(result));
    else process.stdout.write(how.text ? how.text(result) : capability.render(result, how.format));
    return capability.exitCode?.(result, input);
  });
}
