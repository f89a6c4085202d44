// The operator's clusters file for the MCP server: each named cluster's bootstrap servers, TLS,
// SASL and Schema Registry, and whether tools may write to it. Secrets are never written in the
// file: a password is a `${VARIABLE}` reference resolved from the environment at start.
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { readTextFile } from '../edge/text-file.js';
import { UserError, type UserProblem } from '../model/errors.js';
import { guardInput } from '../model/input-guard.js';
import { yamlValue } from '../model/yaml-value.js';
import type { ConnectionOptions } from './connection.js';
import type { RegistryOptions } from './schema-registry.js';

export interface NamedCluster {
  connection: ConnectionOptions;
  /** Tools that write (produce, create, register) refuse this cluster whatever the server flags. */
  readOnly: boolean;
  registry?: RegistryOptions;
}

const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
const ONLY_REFERENCE = /^\$\{[A-Za-z_][A-Za-z0-9_]*\}$/;

const secret = z.string().regex(ONLY_REFERENCE, 'a secret is an environment variable reference such as ${KAFKA_PASSWORD}, never the value itself');

const clusterSchema = z.strictObject({
  bootstrap: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  read_only: z.boolean().default(true),
  client_id: z.string().min(1).optional(),
  timeout_ms: z.number().int().min(100).max(600_000).optional(),
  tls: z
    .union([
      z.boolean(),
      z.strictObject({
        ca_file: z.string().min(1).optional(),
        cert_file: z.string().min(1).optional(),
        key_file: z.string().min(1).optional(),
        reject_unauthorized: z.boolean().optional(),
      }),
    ])
    .optional(),
  sasl: z
    .strictObject({
      mechanism: z.enum(['plain', 'scram-sha-256', 'scram-sha-512']),
      username: z.string().min(1),
      password: secret,
    })
    .optional(),
  schema_registry: z
    .strictObject({
      url: z.string().min(1),
      username: z.string().min(1).optional(),
      password: secret.optional(),
    })
    .optional(),
});

export const clustersFileSchema = z.strictObject({
  clusters: z.record(z.string().regex(/^[\w.-]{1,64}$/, 'a cluster name is letters, digits, ".", "_" or "-"'), clusterSchema),
});

/** `${VAR}` references replaced from the environment; a missing variable is named, never guessed. */
function substitute(value: string, field: string, env: NodeJS.ProcessEnv, problems: UserProblem[]): string {
  return value.replace(REFERENCE, (_, name: string) => {
    const v = env[name];
    if (v === undefined) {
      problems.push({ field, message: `environment variable ${name} is not set`, suggestion: `export ${name} before starting the server` });
      return '';
    }
    return v;
  });
}

function readPem(path: string, field: string, problems: UserProblem[]): string | undefined {
  try {
    return readTextFile(path, field);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    problems.push(...e.problems);
    return undefined;
  }
}

/** Parses the clusters file text; `file` names it in errors. */
export function parseClustersFile(text: string, file: string, env: NodeJS.ProcessEnv = process.env): Record<string, NamedCluster> {
  // Depth and size are checked before the parser runs: a nesting bomb overflows its stack.
  guardInput(text, file, 'yaml');
  if (text.includes('\u0000')) throw new UserError({ file, message: 'this is a binary file, not a clusters YAML file' });
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) throw new UserError({ file, message: `not YAML: ${doc.errors[0]!.message.split('\n')[0]}` });
  const raw = yamlValue(doc, counter, file);
  const parsed = clustersFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new UserError(parsed.error.issues.map((i) => ({ file, field: i.path.map(String).join('.'), message: i.message })));
  }
  const problems: UserProblem[] = [];
  const out: Record<string, NamedCluster> = {};
  for (const [name, c] of Object.entries(parsed.data.clusters)) {
    const at = (f: string) => `clusters.${name}.${f}`;
    const bootstrap = (Array.isArray(c.bootstrap) ? c.bootstrap : c.bootstrap.split(',')).map((s) => substitute(s.trim(), at('bootstrap'), env, problems)).filter(Boolean);
    for (const b of bootstrap) {
      if (!/^[^:\s]+:\d+$/.test(b)) problems.push({ field: at('bootstrap'), message: `"${b}" is not host:port` });
    }
    const connection: ConnectionOptions = { bootstrap, timeoutMs: c.timeout_ms ?? 10000, ...(c.client_id ? { clientId: c.client_id } : {}) };
    if (c.tls === true) connection.ssl = true;
    else if (c.tls) {
      const pem = (path: string | undefined, f: string) => (path ? readPem(substitute(path, at(`tls.${f}`), env, problems), at(`tls.${f}`), problems) : undefined);
      connection.ssl = {
        ca: pem(c.tls.ca_file, 'ca_file'),
        cert: pem(c.tls.cert_file, 'cert_file'),
        key: pem(c.tls.key_file, 'key_file'),
        ...(c.tls.reject_unauthorized !== undefined ? { rejectUnauthorized: c.tls.reject_unauthorized } : {}),
      };
    }
    if (c.sasl) {
      connection.sasl = {
        mechanism: c.sasl.mechanism,
        username: substitute(c.sasl.username, at('sasl.username'), env, problems),
        password: substitute(c.sasl.password, at('sasl.password'), env, problems),
      };
    }
    const entry: NamedCluster = { connection, readOnly: c.read_only };
    if (c.schema_registry) {
      const r = c.schema_registry;
      if (r.password !== undefined && r.username === undefined) problems.push({ field: at('schema_registry.username'), message: 'a registry password needs a username' });
      let url = '';
      try {
        const u = new URL(substitute(r.url, at('schema_registry.url'), env, problems));
        if (u.username || u.password) problems.push({ field: at('schema_registry.url'), message: 'credentials in the URL', suggestion: 'use username and password: ${VARIABLE}' });
        url = u.toString().replace(/\/+$/, '');
      } catch {
        problems.push({ field: at('schema_registry.url'), message: 'not a URL', expected: 'http(s)://host:port' });
      }
      entry.registry = {
        url,
        timeoutMs: connection.timeoutMs ?? 10000,
        ...(r.username !== undefined
          ? {
              auth: {
                username: substitute(r.username, at('schema_registry.username'), env, problems),
                password: r.password !== undefined ? substitute(r.password, at('schema_registry.password'), env, problems) : '',
              },
            }
          : {}),
      };
    }
    out[name] = entry;
  }
  if (problems.length) throw new UserError(problems.map((p) => ({ file, ...p })));
  return out;
}

export function readClustersFile(path: string, env: NodeJS.ProcessEnv = process.env): Record<string, NamedCluster> {
  return parseClustersFile(readTextFile(path, '--clusters'), path, env);
}
