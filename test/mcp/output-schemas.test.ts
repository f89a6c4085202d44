// Every tool's outputSchema says what its structured content is: the SDK client checks each
// result against the schema the server listed (AJV on the JSON Schema, where an object's
// undeclared fields are refused), so a call that returns here kept to its declared shape. The
// cluster tools (doctor, verify, lag_status) are called through the client in cluster-tools.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSpecialistServer } from '../../src/mcp/server.js';

const ROOT = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');
const examples = readdirSync(new URL('examples/', ROOT))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => `examples/${f}`);
const topologies = readdirSync(new URL('test/method/topology/corpus/', ROOT))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => `test/method/topology/corpus/${f}`);

let client: Client;

beforeAll(async () => {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await createSpecialistServer({ roots: [], clusters: {}, allowWrites: false }, '0.0.0', undefined, () => {}).connect(serverSide);
  client = new Client({ name: 'output-schemas', version: '0.0.0' });
  await client.connect(clientSide);
});
afterAll(async () => {
  await client?.close();
});

async function call(name: string, args: Record<string, unknown>): Promise<CallToolResult> {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
  return result;
}

describe('declared output schemas', () => {
  it('the tools with a declared document shape list it, not a bare object', async () => {
    const { tools } = await client.listTools();
    const declared = tools.filter((t) => Object.keys(t.outputSchema?.properties ?? {}).length > 0).map((t) => t.name);
    expect(declared).toEqual(expect.arrayContaining(['design', 'design_round', 'doctor', 'verify', 'lag_status', 'topology_read']));
    const design = tools.find((t) => t.name === 'design')!;
    expect(design.outputSchema?.required).toEqual(expect.arrayContaining(['topics', 'producers', 'consumers', 'findings']));
  });

  it.each(examples)('design and design_round of %s keep to their schema', async (file) => {
    const requirements = read(file);
    expect((await call('design', { requirements })).structuredContent).toHaveProperty('topics');
    const round = await call('design_round', {
      requirements,
      env: 'development',
      previous_design: JSON.stringify((await call('design', { requirements })).structuredContent),
      previous_requirements: requirements,
    });
    expect(round.structuredContent).toHaveProperty('changes');
  });

  it.each(topologies)('topology_read of %s keeps to its schema in every format', async (file) => {
    for (const format of ['json', 'mermaid', 'text'] as const) {
      const result = await call('topology_read', { describe: read(file), topics: 'orders:12,customers:6', applicationId: 'app', format });
      expect(Object.keys(result.structuredContent ?? {})).toContain('findings');
    }
  });

  it('an error of a tool with a declared schema reaches the client as a tool error, not as a result that breaks the schema', async () => {
    await client.listTools();
    const bad = (await client.callTool({ name: 'design', arguments: { requirements: 'name: x\nflows: []\n' } })) as CallToolResult;
    expect(bad.isError).toBe(true);
    expect((bad.content[0] as { text: string }).text).toMatch(/at least one flow/);
    expect(bad.structuredContent).toBeUndefined();
  });

  it('a result that leaves its schema is refused by the client', async () => {
    const { tools } = await client.listTools();
    const schema = tools.find((t) => t.name === 'topology_read')!.outputSchema!;
    // The same validator the client used on every call above, on a document with a field the schema does not declare.
    const { AjvJsonSchemaValidator } = await import('@modelcontextprotocol/sdk/validation/ajv');
    const validate = new AjvJsonSchemaValidator().getValidator(schema);
    const good = (await call('topology_read', { describe: read(topologies[0]!) })).structuredContent;
    expect(validate(good).valid).toBe(true);
    expect(validate({ ...good, surprise: 1 }).valid).toBe(false);
  });
});
