// The operator's controls over the MCP server: which tools it offers, which clusters it reaches
// and whether it may write there, an audit line per call, answers sized for a model, and errors
// in the tool's own argument names.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClustersFile } from '../../src/cluster/clusters-file.js';
import { UserError } from '../../src/model/errors.js';
import { auditedCluster, auditLine } from '../../src/mcp/audit.js';
import { inToolTerms } from '../../src/mcp/mcp-fields.js';
import { pageOf, type PageInfo } from '../../src/mcp/paging.js';
import { selectTools } from '../../src/mcp/tool-selection.js';
import { runCli } from '../cli/run-cli.js';
import { call, connectStdioLogged, refusal } from './mcp-client.js';

const problemsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return e.problems;
    throw e;
  }
  throw new Error('no error');
};

describe('tool allow and deny lists', () => {
  const tools = ['design', 'doctor', 'generate', 'verify'].map((name) => ({ name }));

  it.each([
    [{ allow: ['design', 'doctor'] }, ['design', 'doctor']],
    [{ deny: ['verify', 'generate'] }, ['design', 'doctor']],
    [{ allow: ['design', 'verify'], deny: ['verify'] }, ['design']],
    [{}, ['design', 'doctor', 'generate', 'verify']],
  ])('%j offers %j', (selection, offered) => {
    expect(selectTools(tools, selection).map((t) => t.name)).toEqual(offered);
  });

  it('an unknown name is a usage error with a did-you-mean, in either list', () => {
    const problems = problemsOf(() => selectTools(tools, { allow: ['desing'], deny: ['verfy'] }));
    expect(problems.map((p) => [p.field, p.message, p.suggestion])).toEqual([
      ['--tools', 'no tool named "desing"', 'did you mean design?'],
      ['--deny-tools', 'no tool named "verfy"', 'did you mean verify?'],
    ]);
  });

  it('leaving every tool out is refused', () => {
    expect(problemsOf(() => selectTools(tools, { allow: ['design'], deny: ['design'] }))[0]!.message).toMatch(/every tool/);
  });
});

describe('clusters file', () => {
  const env = { PROD_USER: 'svc-specialist', PROD_PASSWORD: 's3cr3t-value', SR_PASSWORD: 'sr-pass' };

  it('reads named clusters, takes secrets from the environment, and is read-only unless it says otherwise', () => {
    const clusters = parseClustersFile(
      [
        'clusters:',
        '  prod:',
        '    bootstrap: b1:9093,b2:9093',
        '    tls: true',
        '    sasl: { mechanism: scram-sha-512, username: "${PROD_USER}", password: "${PROD_PASSWORD}" }',
        '    schema_registry: { url: "https://sr:8081/", username: reader, password: "${SR_PASSWORD}" }',
        '  dev:',
        '    bootstrap: [localhost:9092]',
        '    read_only: false',
      ].join('\n'),
      'clusters.yaml',
      env,
    );
    expect(clusters['prod']).toMatchObject({
      readOnly: true,
      connection: { bootstrap: ['b1:9093', 'b2:9093'], ssl: true, sasl: { mechanism: 'scram-sha-512', username: 'svc-specialist', password: 's3cr3t-value' } },
      registry: { url: 'https://sr:8081', auth: { username: 'reader', password: 'sr-pass' } },
    });
    expect(clusters['dev']).toMatchObject({ readOnly: false, connection: { bootstrap: ['localhost:9092'] } });
  });

  it('refuses a password written in the file, and names a missing variable without any value', () => {
    const literal = problemsOf(() => parseClustersFile('clusters:\n  a:\n    bootstrap: h:1\n    sasl: { mechanism: plain, username: u, password: hunter2 }\n', 'c.yaml', env));
    expect(literal[0]).toMatchObject({ file: 'c.yaml', field: 'clusters.a.sasl.password' });
    expect(literal[0]!.message).toMatch(/environment variable reference/);
    expect(JSON.stringify(literal)).not.toContain('hunter2');
    const missing = problemsOf(() => parseClustersFile('clusters:\n  a:\n    bootstrap: h:1\n    sasl: { mechanism: plain, username: u, password: "${NOPE}" }\n', 'c.yaml', env));
    expect(missing.map((p) => [p.field, p.message])).toEqual([['clusters.a.sasl.password', 'environment variable NOPE is not set']]);
  });

  it('refuses unknown keys and bad addresses with the path of each', () => {
    const problems = problemsOf(() => parseClustersFile('clusters:\n  a:\n    bootstrap: nohost\n    readonly: true\n', 'c.yaml', env));
    expect(problems.map((p) => p.field)).toEqual(['clusters.a']);
    expect(problemsOf(() => parseClustersFile('clusters:\n  a:\n    bootstrap: nohost\n', 'c.yaml', env)).map((p) => [p.field, p.message])).toEqual([
      ['clusters.a.bootstrap', '"nohost" is not host:port'],
    ]);
  });
});

describe('audit lines', () => {
  it('name the tool, a configured cluster only, the duration and the outcome', () => {
    const at = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
    expect(auditLine({ at, tool: 'doctor', cluster: auditedCluster({ cluster: 'prod', group: 'g' }, ['prod']), durationMs: 12.6, outcome: 'ok' })).toBe(
      'audit time=2026-01-02T03:04:05.000Z tool=doctor cluster=prod duration_ms=13 outcome=ok\n',
    );
    expect(auditedCluster({ cluster: 'not-configured' }, ['prod'])).toBeNull();
    expect(auditedCluster({ requirements: 'x' }, ['prod'])).toBeNull();
  });
});

describe('errors in tool terms', () => {
  it("renames CLI flags that are tool arguments, keeps the server's own flags", () => {
    const [p] = inToolTerms(
      [{ field: '--kafka-version', message: 'not a Kafka version', suggestion: 'pass --kafka-version 4.1 or --client kafkajs; or restart with --allow-writes' }],
      ['kafka_version', 'library'],
    );
    expect(p).toEqual({ field: 'kafka_version', message: 'not a Kafka version', suggestion: 'pass kafka_version 4.1 or library kafkajs; or restart with --allow-writes' });
  });
});

describe('paging', () => {
  const doc = { name: 'd', first: Array.from({ length: 30 }, (_, i) => ({ i, text: 'x'.repeat(90) })), second: Array.from({ length: 20 }, (_, i) => ({ j: i })) };

  it('leaves a document that fits alone', () => {
    expect(pageOf(doc, ['first', 'second'], undefined, 100_000)).toEqual({ json: doc, page: null });
  });

  it('cuts a large one into pages under the budget that join back into it', () => {
    const budget = 1500;
    const got = { first: [] as unknown[], second: [] as unknown[] };
    let cursor: string | undefined;
    let pages = 0;
    do {
      const { json, page } = pageOf(doc, ['first', 'second'], cursor, budget);
      expect(Buffer.byteLength(JSON.stringify(json))).toBeLessThanOrEqual(budget);
      got.first.push(...json.first);
      got.second.push(...json.second);
      cursor = (page as PageInfo).next_cursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBeGreaterThan(2);
    expect(got).toEqual({ first: doc.first, second: doc.second });
  });

  it('refuses a cursor it did not give out', () => {
    expect(problemsOf(() => pageOf(doc, ['first'], 'bogus', 1500))[0]!.field).toBe('cursor');
  });
});

describe('the server with operator options (stdio)', () => {
  it('offers only the allowed tools, refuses the others as unknown, and writes an audit line per call without argument values', async () => {
    const { client, stderr } = await connectStdioLogged(['--tools', 'contract,explain_setting']);
    try {
      expect((await client.listTools()).tools.map((t) => t.name).sort()).toEqual(['contract', 'explain_setting']);
      expect((await refusal(client, 'design', { requirements: 'name: x' })).kind).toBe('invalid-params');
      expect((await call(client, 'explain_setting', { name: 'linger.ms', kafka_version: 'secret-looking-value' })).isError).toBe(true);
      await call(client, 'contract', { format: 'design' });
      await new Promise((r) => setTimeout(r, 200));
      const lines = stderr()
        .split('\n')
        .filter((l) => l.startsWith('audit '));
      expect(lines.map((l) => l.replace(/time=\S+ /, '').replace(/duration_ms=\d+/, 'duration_ms=N'))).toEqual([
        'audit tool=explain_setting cluster=- duration_ms=N outcome=user-error',
        'audit tool=contract cluster=- duration_ms=N outcome=ok',
      ]);
      expect(stderr()).not.toContain('secret-looking-value');
    } finally {
      await client.close();
    }
  });

  it('names tool arguments, not CLI flags, in errors', async () => {
    const { client } = await connectStdioLogged(['--tools', 'explain_setting']);
    try {
      const result = await call(client, 'explain_setting', { name: 'linger.ms', kafka_version: 'banana' });
      const text = (result.content[0] as { text: string }).text;
      expect(text).toMatch(/kafka_version/);
      expect(text).not.toMatch(/--kafka-version/);
    } finally {
      await client.close();
    }
  });

  it('declares an output schema for every tool', async () => {
    const { client } = await connectStdioLogged();
    try {
      for (const t of (await client.listTools()).tools) expect(t.outputSchema, t.name).toMatchObject({ type: 'object' });
    } finally {
      await client.close();
    }
  });

  it('refuses a writing tool on a cluster marked read_only even with --allow-writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ks-clusters-'));
    const file = join(dir, 'clusters.yaml');
    writeFileSync(file, 'clusters:\n  prod:\n    bootstrap: 127.0.0.1:1\n');
    const { client } = await connectStdioLogged(['--clusters', file, '--allow-writes']);
    try {
      const result = await call(client, 'verify', { requirements: 'name: x\nflows:\n  - name: y\n', cluster: 'prod', messages: 10 });
      expect(result.isError).toBe(true);
      expect((result.content[0] as { text: string }).text).toMatch(/cluster "prod" is marked read_only/);
    } finally {
      await client.close();
    }
  });

  it('a settings resource with a version that is none answers with the documented versions', async () => {
    const { client } = await connectStdioLogged();
    try {
      await expect(client.readResource({ uri: 'kafka://settings/banana/producer/acks' })).rejects.toThrow(/"banana" is not a Kafka version; documented versions: .*4\.1/);
      const ok = await client.readResource({ uri: 'kafka://settings/3.9/producer/acks' });
      expect(JSON.parse((ok.contents[0] as { text: string }).text)).toMatchObject({ name: 'acks', documentedVersion: '3.9' });
    } finally {
      await client.close();
    }
  });

  it('an unknown name in --deny-tools stops the server before it starts', () => {
    const out = runCli(['mcp', '--deny-tools', 'doctr']);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/no tool named "doctr"[\s\S]*did you mean doctor/);
  });
});
