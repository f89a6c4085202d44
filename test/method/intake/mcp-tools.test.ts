// The MCP doors to ask, patterns and design rounds return what the CLI returns.
import { readFileSync } from 'node:fs';
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

const REQUEST = "about 400 events/s at peak; the push API allows 100 requests per second; keep each user's notifications in order";
const conversation = new URL('../../../examples/conversations/producer-dev-to-prod/', import.meta.url);

describe('MCP tools for intake and convergence', () => {
  it('ask returns the same draft as the CLI', async () => {
    const result = await call(client, 'ask', { request: REQUEST });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toEqual(JSON.parse(runCli(['ask', REQUEST, '--format', 'json']).stdout));
  });

  it('ask lists what it could not place, and says so in the summary', async () => {
    const result = await call(client, 'ask', { request: 'about 400 events/s at peak. HTTP 429s happen when they throttle.' });
    const draft = result.structuredContent as { notPlaced: Array<{ words: string; question: string }> };
    expect(draft.notPlaced.map((n) => n.words)).toEqual(['HTTP 429s happen when they throttle']);
    expect(draft.notPlaced[0]!.question).toMatch(/backoff/);
    const text = (result.content as Array<{ type: string; text: string }>).map((c) => c.text).join('\n');
    expect(text).toMatch(/1 clause\(s\) not placed/);
  });

  it('patterns returns one pattern, and a clear error for an unknown id', async () => {
    const one = await call(client, 'patterns', { id: 'claim-check' });
    expect((one.structuredContent as { id: string }).id).toBe('claim-check');
    const bad = await call(client, 'patterns', { id: 'no-such' });
    expect(bad.isError).toBe(true);
  });

  it('design_round compares with the previous round and shows the way to production', async () => {
    const read = (f: string) => readFileSync(new URL(f, conversation), 'utf8');
    const first = await call(client, 'design_round', { requirements: read('round-1.yaml') });
    const second = await call(client, 'design_round', { requirements: read('round-2.yaml'), previous_design: JSON.stringify(first.structuredContent), previous_requirements: read('round-1.yaml') });
    expect(second.isError).toBeFalsy();
    const doc = second.structuredContent as { changes: { decisions: Array<{ setting: string; after: string | null }> }; toProduction?: unknown };
    expect(doc.changes.decisions).toEqual(expect.arrayContaining([expect.objectContaining({ setting: 'replicationFactor', after: '3' })]));
    expect((first.structuredContent as { toProduction: unknown }).toProduction).toBeDefined();
  });
});
