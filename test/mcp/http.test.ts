import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT } from '../cli/run-cli.js';

let server: ChildProcess;
let url: URL;

beforeAll(async () => {
  server = spawn(process.execPath, [CLI, 'mcp', '--http', '127.0.0.1:0', '--root', ROOT], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  url = await new Promise<URL>((resolve, reject) => {
    let err = '';
    server.stderr!.on('data', (b: Buffer) => {
      err += b.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/mcp)/.exec(err);
      if (m) resolve(new URL(m[1]!));
    });
    server.once('exit', (code) => reject(new Error(`server exited ${code}: ${err}`)));
  });
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
});
