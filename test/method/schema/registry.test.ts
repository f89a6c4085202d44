// The Schema Registry client and `schema check --registry` against a small fake registry on
// 127.0.0.1 that speaks the endpoints we use.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { schemaCheck } from '../../../src/capabilities/schema-check.js';
import { registryOptions, SchemaRegistryClient } from '../../../src/cluster/schema-registry.js';
import { toMcpTool, type ServerOptions } from '../../../src/mcp/tool.js';
import { UserError } from '../../../src/model/errors.js';
import { runSchemaCli } from './run-cli.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const record = (fields: unknown[]) => JSON.stringify({ type: 'record', name: 'Order', namespace: 'com.acme', fields });
const V1 = record([{ name: 'id', type: 'string' }]);
const V2 = record([
  { name: 'id', type: 'string' },
  { name: 'note', type: ['null', 'string'], default: null },
]);

interface FakeRegistry {
  subjects: Map<string, Array<{ schema: string; schemaType?: string; references?: unknown[] }>>;
  config: Map<string, string>;
  global: string;
  requireAuth?: string;
  requests: string[];
}

const fake: FakeRegistry = { subjects: new Map(), config: new Map(), global: 'BACKWARD', requests: [] };
let server: Server;
let url: string;

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/vnd.schemaregistry.v1+json' });
  res.end(JSON.stringify(body));
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  let body = '';
  for await (const chunk of req) body += String(chunk);
  fake.requests.push(`${req.method} ${req.url}`);
  if (fake.requireAuth && req.headers.authorization !== `Basic ${Buffer.from(fake.requireAuth).toString('base64')}`) {
    return reply(res, 401, { error_code: 401, message: 'Unauthorized' });
  }
  const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
  let m: RegExpExecArray | null;
  if ((m = /^\/subjects\/([^/]+)\/versions$/.exec(path)) && req.method === 'GET') {
    const versions = fake.subjects.get(m[1]!);
    return versions
      ? reply(
          res,
          200,
          versions.map((_, i) => i + 1),
        )
      : reply(res, 404, { error_code: 40401, message: `Subject '${m[1]}' not found.` });
  }
  if ((m = /^\/subjects\/([^/]+)\/versions\/(\d+|latest)$/.exec(path)) && req.method === 'GET') {
    const versions = fake.subjects.get(m[1]!) ?? [];
    const n = m[2] === 'latest' ? versions.length : Number(m[2]);
    const v = versions[n - 1];
    return v ? reply(res, 200, { subject: m[1], version: n, id: 100 + n, ...v }) : reply(res, 404, { error_code: 40402, message: 'Version not found.' });
  }
  if ((m = /^\/config\/([^/]+)$/.exec(path))) {
    if (req.method === 'PUT') {
      const level = (JSON.parse(body) as { compatibility: string }).compatibility;
      fake.config.set(m[1]!, level);
      return reply(res, 200, { compatibility: level });
    }
    const level = fake.config.get(m[1]!);
    return level ? reply(res, 200, { compatibilityLevel: level }) : reply(res, 404, { error_code: 40408, message: 'Subject does not have subject-level compatibility configured' });
  }
  if (path === '/config' && req.method === 'GET') return reply(res, 200, { compatibilityLevel: fake.global });
  return reply(res, 404, { error_code: 404, message: 'HTTP 404 Not Found' });
}

beforeAll(async () => {
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  fake.subjects = new Map([
    ['orders-value', [{ schema: V1 }, { schema: V2 }]],
    ['proto-value', [{ schema: 'syntax = "proto3";', schemaType: 'PROTOBUF' }]],
    ['ref-value', [{ schema: record([{ name: 'c', type: 'com.acme.Customer' }]), references: [{ name: 'com.acme.Customer', subject: 'customer-value', version: 1 }] }]],
  ]);
  fake.config = new Map();
  fake.global = 'BACKWARD';
  fake.requireAuth = undefined;
  fake.requests = [];
});

describe('SchemaRegistryClient', () => {
  const client = () => new SchemaRegistryClient(registryOptions(url, {}));

  it('lists versions and reads each schema, oldest first', async () => {
    const versions = await client().allVersions('orders-value');
    expect(versions.map((v) => [v.version, v.id, v.schemaType])).toEqual([
      [1, 101, 'AVRO'],
      [2, 102, 'AVRO'],
    ]);
    expect(versions[1]!.schema).toBe(V2);
  });

  it('reads the subject level, falls back to the global one, and sets it', async () => {
    expect(await client().compatibility('orders-value')).toEqual({ level: 'BACKWARD', scope: 'global' });
    expect(await client().setCompatibility('orders-value', 'FULL_TRANSITIVE')).toBe('FULL_TRANSITIVE');
    expect(await client().compatibility('orders-value')).toEqual({ level: 'FULL_TRANSITIVE', scope: 'subject' });
    expect(fake.requests).toContain('PUT /config/orders-value');
  });

  it('sends basic auth from the environment and never prints the password', async () => {
    fake.requireAuth = 'alice:s3cret';
    const authed = new SchemaRegistryClient(registryOptions(url, { SCHEMA_REGISTRY_USER_INFO: 'alice:s3cret' }));
    expect(await authed.versions('orders-value')).toEqual([1, 2]);
    const wrong = new SchemaRegistryClient(registryOptions(url.replace('http://', 'http://alice:wrong@'), {}));
    const error = await wrong.versions('orders-value').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/refused/);
    expect((error as UserError).message).not.toMatch(/wrong|s3cret|alice/);
  });

  it('says so when a version uses schema references', async () => {
    await expect(client().allVersions('ref-value')).rejects.toThrow(/schema references/);
  });

  it('turns an unknown subject and an unreachable registry into user errors', async () => {
    await expect(client().versions('nope-value')).rejects.toThrow(/subject "nope-value" not found/);
    const closed = new SchemaRegistryClient(registryOptions('http://127.0.0.1:1', {}, 2000));
    await expect(closed.versions('x')).rejects.toBeInstanceOf(UserError);
  });
});

describe('schema check --registry / schema compatibility', () => {
  const dir = mkdtempSync(join(tmpdir(), 'schema-registry-'));
  const write = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  it('checks against every registered version with the subject level', async () => {
    fake.config.set('orders-value', 'FORWARD_TRANSITIVE');
    // Adds a required field: fine for FORWARD (old readers ignore it).
    const next = write(
      'v3.avsc',
      record([
        { name: 'id', type: 'string' },
        { name: 'note', type: ['null', 'string'], default: null },
        { name: 'total', type: 'long' },
      ]),
    );
    const run = await runSchemaCli(['check', next, '--registry', url, '--subject', 'orders-value', '--format', 'json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { mode: string; checks: Array<{ previous: number; writer: string }> };
    expect(out.mode).toBe('FORWARD_TRANSITIVE');
    expect(out.checks.map((c) => c.previous)).toEqual([1, 0]);
  });

  it('fails with exit 1 and names the registry version', async () => {
    const next = write('bad.avsc', record([{ name: 'id', type: 'long' }]));
    const run = await runSchemaCli(['check', next, '--registry', url, '--subject', 'orders-value', '--mode', 'BACKWARD']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('orders-value v2 (latest)');
    expect(run.stdout).toContain('TYPE_MISMATCH at /fields/0/type');
  });

  it('refuses non-Avro subjects with exit 2', async () => {
    const next = write('ok.avsc', V1);
    const run = await runSchemaCli(['check', next, '--registry', url, '--subject', 'proto-value']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/PROTOBUF, not Avro/);
  });

  it('reads and sets a subject level', async () => {
    expect((await runSchemaCli(['compatibility', 'orders-value', '--registry', url])).stdout).toMatch(/BACKWARD \(inherited/);
    expect((await runSchemaCli(['compatibility', 'orders-value', 'FULL', '--registry', url])).code).toBe(0);
    expect(fake.config.get('orders-value')).toBe('FULL');
    expect((await runSchemaCli(['compatibility', 'orders-value', 'SOMETIMES', '--registry', url])).code).toBe(2);
  });
});

describe("schema_check through the MCP server: the configured cluster's registry, read-only", () => {
  const tool = toMcpTool(schemaCheck);
  const options = (): ServerOptions => ({
    roots: [],
    clusters: { local: { bootstrap: ['127.0.0.1:1'] }, bare: { bootstrap: ['127.0.0.1:1'] } },
    allowWrites: false,
    registries: { local: registryOptions(url, {}) },
  });
  const check = async (args: Record<string, unknown>) => tool.run(args, options());

  it("checks against every version under the subject's own level, and only reads the registry", async () => {
    fake.config.set('orders-value', 'FULL_TRANSITIVE');
    // A required field without a default: new readers cannot read old records, so FULL fails against both versions.
    const out = await check({
      cluster: 'local',
      subject: 'orders-value',
      schema: record([
        { name: 'id', type: 'string' },
        { name: 'total', type: 'long' },
      ]),
    });
    const doc = out.json as { mode: string; compatible: boolean; previousVersions: string[]; checks: Array<{ direction: string; writer: string; compatible: boolean }> };
    expect(doc.mode).toBe('FULL_TRANSITIVE');
    expect(doc.previousVersions).toEqual(['orders-value v1', 'orders-value v2']);
    expect(doc.checks.filter((c) => !c.compatible).map((c) => [c.direction, c.writer])).toEqual([
      ['BACKWARD', 'orders-value v2'],
      ['BACKWARD', 'orders-value v1'],
    ]);
    expect(out.summary).toMatch(/^FULL_TRANSITIVE: incompatible, 2 incompatibilities in 2 of 4 checks\.$/);
    expect(fake.requests.every((r) => r.startsWith('GET '))).toBe(true);
  });

  it("a mode given overrides the subject's, and the inherited global level is the default", async () => {
    fake.global = 'NONE';
    const next = record([{ name: 'id', type: 'long' }]);
    expect((await check({ cluster: 'local', subject: 'orders-value', schema: next })).json).toMatchObject({ mode: 'NONE', compatible: true });
    expect((await check({ cluster: 'local', subject: 'orders-value', schema: next, mode: 'BACKWARD' })).json).toMatchObject({ mode: 'BACKWARD', compatible: false });
  });

  it('refuses a cluster without a registry, an unknown cluster, and previous with subject, naming the input fields', async () => {
    const refusal = async (args: Record<string, unknown>) => ((await check(args).catch((e: unknown) => e)) as UserError).problems[0];
    expect(await refusal({ cluster: 'bare', subject: 'orders-value', schema: V1 })).toMatchObject({ field: 'cluster', message: 'cluster "bare" has no Schema Registry configured' });
    expect(await refusal({ cluster: 'elsewhere', subject: 'orders-value', schema: V1 })).toMatchObject({ field: 'cluster', message: 'no cluster named "elsewhere"' });
    expect(await refusal({ cluster: 'local', subject: 'orders-value', schema: V1, previous: [V1] })).toMatchObject({ field: 'previous' });
    expect(await refusal({ schema: V1 })).toMatchObject({ field: 'previous', message: 'nothing to check against' });
    expect(fake.requests).toEqual([]);
  });
});
