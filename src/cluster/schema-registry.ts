// A small client for the Confluent Schema Registry REST API: a subject's versions, their
// schemas, and its compatibility level (read and set). Credentials come from the environment or
// the URL and never appear in messages.
// https://docs.confluent.io/platform/current/schema-registry/develop/api.html
import { UserError } from '../model/errors.js';
import { COMPATIBILITY_MODES, type CompatibilityMode } from '../method/schema/modes.js';

export interface RegistryOptions {
  /** Base URL, e.g. http://localhost:8081 (without credentials). */
  url: string;
  auth?: { username: string; password: string };
  timeoutMs?: number;
}

export interface RegisteredSchema {
  subject: string;
  version: number;
  id: number;
  /** "AVRO" when the registry leaves it out. */
  schemaType: string;
  /** The schema text as registered. */
  schema: string;
}

/** Another subject's version a schema imports, under the name it imports it by (a .proto path, an Avro full name). */
export interface SchemaReference {
  name: string;
  subject: string;
  version: number;
}

export interface SchemaById {
  id: number;
  /** "AVRO" when the registry leaves it out. */
  schemaType: string;
  schema: string;
  /** The other schemas it references, as the registry lists them. */
  references: SchemaReference[];
}

export interface CompatibilitySetting {
  level: CompatibilityMode;
  /** Whether the subject has its own level or inherits the registry's global one. */
  scope: 'subject' | 'global';
}

const CONTENT_TYPE = 'application/vnd.schemaregistry.v1+json';

/**
 * Registry options from a URL and the environment: SCHEMA_REGISTRY_USER_INFO (or
 * SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO) as "user:password", or credentials in the URL.
 */
export function registryOptions(url: string, env: NodeJS.ProcessEnv = process.env, timeoutMs = 10000): RegistryOptions {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserError({ field: '--registry', message: 'not a URL', expected: 'http(s)://host:port', suggestion: 'e.g. --registry http://localhost:8081' });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UserError({ field: '--registry', message: `unsupported scheme ${parsed.protocol}`, expected: 'http or https' });
  }
  let auth: RegistryOptions['auth'];
  if (parsed.username) {
    auth = { username: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) };
    parsed.username = '';
    parsed.password = '';
  }
  const info = env.SCHEMA_REGISTRY_USER_INFO ?? env.SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO;
  if (!auth && info) {
    const colon = info.indexOf(':');
    if (colon < 0) throw new UserError({ field: 'SCHEMA_REGISTRY_USER_INFO', message: 'expected "user:password"', suggestion: 'set it as user:password (the value is never printed)' });
    auth = { username: info.slice(0, colon), password: info.slice(colon + 1) };
  }
  return { url: parsed.toString().replace(/\/+$/, ''), auth, timeoutMs };
}

export class SchemaRegistryClient {
  constructor(private readonly options: RegistryOptions) {}

  /** Every subject the registry holds, sorted. */
  async subjects(): Promise<string[]> {
    const body = await this.request('GET', '/subjects', '');
    if (!Array.isArray(body) || !body.every((v) => typeof v === 'string')) this.unexpected('a list of subject names', body);
    return (body as string[]).slice().sort();
  }

  /** Version numbers of a subject, ascending. */
  async versions(subject: string): Promise<number[]> {
    const body = await this.request('GET', `/subjects/${encodeURIComponent(subject)}/versions`, subject);
    if (!Array.isArray(body) || !body.every((v) => Number.isInteger(v))) this.unexpected('a list of version numbers', body);
    return (body as number[]).slice().sort((a, b) => a - b);
  }

  async version(subject: string, version: number): Promise<RegisteredSchema> {
    const body = (await this.request('GET', `/subjects/${encodeURIComponent(subject)}/versions/${version}`, subject)) as (Partial<RegisteredSchema> & { references?: unknown[] }) | null;
    if (!body || typeof body.schema !== 'string') this.unexpected('a schema version object', body);
    if (Array.isArray(body!.references) && body!.references.length > 0) {
      throw new UserError({
        field: '--subject',
        message: `version ${version} of ${subject} uses schema references, which schema check does not resolve`,
        suggestion: 'check against .avsc files with the referenced types inlined (--against)',
      });
    }
    return {
      subject,
      version: Number(body!.version ?? version),
      id: Number(body!.id),
      schemaType: body!.schemaType ?? 'AVRO',
      schema: body!.schema!,
    };
  }

  /** The schema a Confluent-framed record names by id (any subject's), with its type. */
  async schemaById(id: number): Promise<SchemaById> {
    const body = (await this.request('GET', `/schemas/ids/${id}`, '', { allowNotFound: true })) as { schema?: unknown; schemaType?: string; references?: unknown[] } | undefined;
    if (body === undefined)
      throw new UserError({ message: `the schema registry at ${this.options.url} has no schema with id ${id}`, suggestion: 'check that this is the registry the producers used' });
    if (typeof body?.schema !== 'string') this.unexpected('a schema object', body);
    return { id, schemaType: body.schemaType ?? 'AVRO', schema: body.schema as string, references: this.references(body.references) };
  }

  /** The schema a reference names (a subject's version), with its own references. */
  async referencedSchema(ref: SchemaReference): Promise<Omit<SchemaById, 'id'>> {
    const body = (await this.request('GET', `/subjects/${encodeURIComponent(ref.subject)}/versions/${ref.version}`, ref.subject)) as {
      schema?: unknown;
      schemaType?: string;
      references?: unknown;
    } | null;
    if (typeof body?.schema !== 'string') this.unexpected('a schema version object', body);
    return { schemaType: body!.schemaType ?? 'AVRO', schema: body!.schema as string, references: this.references(body!.references) };
  }

  private references(list: unknown): SchemaReference[] {
    if (list === undefined || list === null) return [];
    const valid = (r: unknown): r is SchemaReference => {
      const o = r as Partial<SchemaReference> | null;
      return typeof o?.name === 'string' && typeof o.subject === 'string' && Number.isInteger(o.version);
    };
    if (!Array.isArray(list) || !list.every(valid)) this.unexpected('references as {name, subject, version}', list);
    return (list as SchemaReference[]).map(({ name, subject, version }) => ({ name, subject, version }));
  }

  /** Every version of a subject, oldest first. */
  async allVersions(subject: string): Promise<RegisteredSchema[]> {
    const numbers = await this.versions(subject);
    const out: RegisteredSchema[] = [];
    for (const v of numbers) out.push(await this.version(subject, v));
    return out;
  }

  /** The subject's compatibility level, or the global one when the subject has none. */
  async compatibility(subject: string): Promise<CompatibilitySetting> {
    const own = await this.request('GET', `/config/${encodeURIComponent(subject)}`, subject, { allowNotFound: true });
    if (own !== undefined) return { level: this.level(own), scope: 'subject' };
    return { level: this.level(await this.request('GET', '/config', subject)), scope: 'global' };
  }

  async setCompatibility(subject: string, level: CompatibilityMode): Promise<CompatibilityMode> {
    return this.level(await this.request('PUT', `/config/${encodeURIComponent(subject)}`, subject, { body: { compatibility: level } }));
  }

  private level(body: unknown): CompatibilityMode {
    const b = body as { compatibilityLevel?: unknown; compatibility?: unknown } | null;
    const level = b?.compatibilityLevel ?? b?.compatibility;
    if (typeof level !== 'string' || !(COMPATIBILITY_MODES as readonly string[]).includes(level)) this.unexpected(`a compatibility level (${COMPATIBILITY_MODES.join(', ')})`, body);
    return level as CompatibilityMode;
  }

  private unexpected(what: string, body: unknown): never {
    throw new UserError({
      message: `the schema registry at ${this.options.url} answered something other than ${what}`,
      found: JSON.stringify(body)?.slice(0, 200),
      suggestion: 'check that --registry points at a Confluent-compatible Schema Registry',
    });
  }

  private async request(method: 'GET' | 'PUT', path: string, subject: string, opts: { body?: unknown; allowNotFound?: boolean } = {}): Promise<unknown> {
    const headers: Record<string, string> = { Accept: CONTENT_TYPE };
    if (opts.body !== undefined) headers['Content-Type'] = CONTENT_TYPE;
    if (this.options.auth) headers.Authorization = `Basic ${Buffer.from(`${this.options.auth.username}:${this.options.auth.password}`).toString('base64')}`;
    const where = `${method} ${this.options.url}${path}`;
    let response: Response;
    try {
      response = await fetch(`${this.options.url}${path}`, {
        method,
        headers,
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10000),
      });
    } catch (e) {
      const timedOut = (e as Error).name === 'TimeoutError';
      throw new UserError({
        field: '--registry',
        message: timedOut ? `no answer from the schema registry within ${this.options.timeoutMs ?? 10000} ms (${where})` : `cannot reach the schema registry (${where}): ${fetchFailure(e)}`,
        suggestion: 'check the URL and that the registry is running and reachable from here',
      });
    }
    const text = await response.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    if (response.ok) return body;
    if (response.status === 404 && opts.allowNotFound) return undefined;
    const detail = (body as { message?: string } | undefined)?.message ?? response.statusText;
    if (response.status === 401 || response.status === 403) {
      throw new UserError({
        field: '--registry',
        message: `the schema registry refused the request (${response.status}, ${where})`,
        suggestion: 'set SCHEMA_REGISTRY_USER_INFO=user:password with an account allowed to read this subject',
      });
    }
    if (response.status === 404) {
      throw new UserError({
        field: '--subject',
        message: `subject "${subject}" not found (${where}): ${detail}`,
        suggestion: 'list subjects with GET /subjects; the default subject of topic T is "T-value"',
      });
    }
    throw new UserError({ message: `the schema registry answered ${response.status} to ${where}: ${detail}` });
  }
}

/** Why fetch failed, in words: undici says only "fetch failed" and keeps the reason in its cause. */
function fetchFailure(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? '';
  if (code === 'ECONNREFUSED') return 'connection refused (nothing listens there)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'no such host';
  if (code.startsWith('HPE_') || code === 'UND_ERR_SOCKET') return 'the port does not answer in HTTP (not a Schema Registry, or one that wants TLS: use https://)';
  return cause?.message ? `${(e as Error).message}: ${cause.message}` : (e as Error).message;
}
