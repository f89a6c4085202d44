// The reference tools over MCP return the same JSON as the CLI (two doors, one function).
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli.js';
import { call, connectStdio } from '../../mcp/mcp-client.js';

let client: Client;
beforeAll(async () => {
  client = await connectStdio();
});
afterAll(async () => {
  await client?.close();
});

describe('reference MCP tools', () => {
  it('explain_setting matches the CLI JSON and summarises the defaults', async () => {
    const r = await call(client, 'explain_setting', { name: 'linger.ms', kafka_version: '3.9', client: 'confluent-kafka' });
    expect(r.isError).toBeFalsy();
    const cli = JSON.parse(runCli(['explain', 'linger.ms', '--kafka-version', '3.9', '--client', 'confluent-kafka', '--format', 'json']).stdout);
    expect(r.structuredContent).toEqual(cli);
    expect((r.content[0] as { text: string }).text).toMatch(/default 0; confluent-kafka: linger.ms = 5/);
  });

  it('explain_setting turns an unknown name into a tool error with a suggestion', async () => {
    const r = await call(client, 'explain_setting', { name: 'lingr.ms' });
    expect(r.isError).toBe(true);
    expect((r.content[0] as { text: string }).text).toMatch(/did you mean linger\.ms/);
  });

  it('search_settings and setting_changes answer like the CLI', async () => {
    const s = await call(client, 'search_settings', { query: 'exactly once', limit: 5 });
    expect(s.structuredContent).toEqual(JSON.parse(runCli(['search', 'exactly once', '--limit', '5', '--format', 'json']).stdout));
    const c = await call(client, 'setting_changes', { from: '3.6', to: '4.1', scope: 'producer' });
    expect((c.content[0] as { text: string }).text).toMatch(/producer linger\.ms: 0 -> 5/);
  });
});
