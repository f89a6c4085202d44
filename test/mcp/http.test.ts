import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT } from '../cli/run-cli.js';

let server: ChildProcess;
let url: URL;

function listening(child: ChildProcess): Promise<URL> {
  return new Promise<URL>((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (b: Buffer) => {
      err += b.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/mcp)/.exec(err);
      if (m) resolve(new URL(m[1]!));
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${err}`)));
  });
}

beforeAll(async () => {
  server = spawn(process.execPath, [CLI, 'mcp', '--http', '127.0.0.1:0', '--root', ROOT], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  url = await listening(server);
});
afterAll(() => {
  server?.kill('SIGTERM');
});

describe('MCP server over Streamable HTTP on loopback', () => {
  it('lists tools and answers a design call like stdio does', async () => {
    const client = new Client({ name: 'http-test', version: '0.0.0' });
    await client.connect(new StreamableHTTPClientTransport(url));
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toContain('design');
    const requirements = readFileSync(new URL('../../examples/customer-profiles.yaml', import.meta.url), 'utf8');
    const result = (await client.callTool({ name: 'design', arguments: { requirements } })) as CallToolResult;
    expect(result.isError).toBeFalsy();
    expect((result.structuredContent as { name: string }).name).toBe('customer-profiles');
    await client.close();
  });

  it('refuses a page from another origin and a rebound Host name', async () => {
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' });
    const headers = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
    expect((await fetch(url, { method: 'POST', body, headers: { ...headers, origin: 'http://evil.example' } })).status).toBe(403);
    const rebound = await new Promise<number>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { ...headers, host: `evil.example:${url.port}` } }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.end(body);
    });
    expect(rebound).toBe(403);
  });

  it('will not listen beyond loopback without a token', () => {
    const r = spawnSync(process.execPath, [CLI, 'mcp', '--http', '0.0.0.0:0'], { encoding: 'utf8', env: { ...process.env, KAFKA_SPECIALIST_MCP_TOKEN: '' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/KAFKA_SPECIALIST_MCP_TOKEN/);
  });

  it('asks for the token when one is set, even on loopback', async () => {
    const guarded = spawn(process.execPath, [CLI, 'mcp', '--http', '127.0.0.1:0', '--root', ROOT], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, KAFKA_SPECIALIST_MCP_TOKEN: 'test-token' },
    });
    try {
      const at = await listening(guarded);
      const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' });
      const headers = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
      expect((await fetch(at, { method: 'POST', body, headers })).status).toBe(401);
      const client = new Client({ name: 'http-token-test', version: '0.0.0' });
      await client.connect(new StreamableHTTPClientTransport(at, { requestInit: { headers: { authorization: 'Bearer test-token' } } }));
      expect((await client.listTools()).tools.length).toBeGreaterThan(0);
      await client.close();
    } finally {
      guarded.kill('SIGTERM');
    }
  });
});
