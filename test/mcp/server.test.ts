import { readFileSync } from 'node:fs';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { call, connectStdio, refusal } from './mcp-client.js';

const example = readFileSync(new URL('../../examples/notification-service.yaml', import.meta.url), 'utf8');
let client: Client;

beforeAll(async () => {
  client = await connectStdio();
});
afterAll(async () => {
  await client?.close();
});

describe('MCP server over stdio', () => {
  it('lists tools with descriptions, input schemas and annotations', async () => {
    const { tools } = await client.listTools();
    const design = tools.find((t) => t.name === 'design')!;
    expect(design.description).toMatch(/Call it instead of/);
    expect(design.inputSchema.properties).toHaveProperty('requirements');
    expect(design.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false, openWorldHint: false });
    for (const t of tools) expect(t.annotations?.readOnlyHint).toBeTypeOf('boolean');
  });

  it('design returns the same JSON as the CLI, plus a summary', async () => {
    const result = await call(client, 'design', { requirements: example });
    expect(result.isError).toBeFalsy();
    const cli = JSON.parse(runCli(['design', 'examples/notification-service.yaml', '--format', 'json']).stdout);
    // The file name differs (inline text vs path) but nothing in a successful design names it.
    expect(result.structuredContent).toEqual(cli);
    expect((result.content[0] as { text: string }).text).toMatch(/notification-service\.notifications: 6 partitions/);
  });

  it('answers bad input with a clear tool error and stays up for the next call', async () => {
    const bad = await call(client, 'design', { requirements: 'name: x\nflows:\n  - name: y\n    delivry: at-least-once\n' });
    expect(bad.isError).toBe(true);
    expect((bad.content[0] as { text: string }).text).toMatch(/did you mean "delivery"/);
    // Arguments that do not fit the schema and unknown tools are JSON-RPC invalid params (-32602).
    expect((await refusal(client, 'design', { requirements: 42 })).kind).toBe('invalid-params');
    expect((await refusal(client, 'no_such_tool', {})).kind).toBe('invalid-params');
    const ok = await call(client, 'contract', { format: 'requirements' });
    expect(ok.isError).toBeFalsy();
  });

  it('offers settings, rules, examples and formats as resources', async () => {
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((t) => t.uriTemplate)).toEqual(
      expect.arrayContaining(['kafka://settings/{version}/{scope}/{name}', 'kafka://rules/{area}/{name}', 'kafka://patterns/{id}', 'kafka://examples/{name}', 'kafka://contract/{format}']),
    );
    const linger = await client.readResource({ uri: 'kafka://settings/3.9/producer/linger.ms' });
    expect(JSON.parse((linger.contents[0] as { text: string }).text)).toMatchObject({ name: 'linger.ms', default: '0', clients: { 'confluent-kafka': { value: '5' } } });
    const linger4 = await client.readResource({ uri: 'kafka://settings/4.0/producer/linger.ms' });
    expect(JSON.parse((linger4.contents[0] as { text: string }).text).default).toBe('5');
    const pattern = await client.readResource({ uri: 'kafka://patterns/claim-check' });
    expect(JSON.parse((pattern.contents[0] as { text: string }).text)).toMatchObject({ id: 'claim-check' });
    const { resources } = await client.listResources();
    expect(resources.some((r) => r.uri === 'kafka://patterns/pending-topic')).toBe(true);
    const ex = await client.readResource({ uri: 'kafka://examples/notification-service.yaml' });
    expect((ex.contents[0] as { text: string }).text).toBe(example);
  });

  it('offers the method and task prompts', async () => {
    const { prompts } = await client.listPrompts();
    expect(prompts.map((p) => p.name)).toEqual(expect.arrayContaining(['kafka-method', 'diagnose-consumer-lag', 'design-event-schema', 'review-config']));
    const method = await client.getPrompt({ name: 'kafka-method', arguments: { request: 'orders must stay in order per customer' } });
    const text = (method.messages[0]!.content as { text: string }).text;
    expect(text).toMatch(/Deconstruct/);
    expect(text).toMatch(/orders must stay in order per customer/);
  });
});

describe('a multi-step session in one connection', () => {
  it('designs, critiques the designed producer config, then checks a schema change', async () => {
    const designed = (await call(client, 'design', { requirements: example })).structuredContent as {
      producers: Array<{ config: Record<string, string>; client: string }>;
      schemas: Array<{ schema: { fields: Array<Record<string, unknown>> } & Record<string, unknown> }>;
    };
    const producer = designed.producers[0]!;
    const properties = Object.entries(producer.config)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n');
    const critique = await call(client, 'critique', {
      files: [{ name: 'producer.properties', content: `bootstrap.servers=kafka:9092\n${properties}\n` }],
      kind: 'producer',
      kafka_version: '3.9',
      delivery: 'at-least-once',
    });
    expect(critique.isError).toBeFalsy();
    const findings = (critique.structuredContent as { findings: Array<{ severity: string }> }).findings;
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);

    const v1 = designed.schemas[0]!.schema;
    const v2 = { ...v1, fields: [...v1.fields, { name: 'channel', type: ['null', 'string'], default: null, doc: 'push, email or sms' }] };
    const check = await call(client, 'schema_check', { schema: JSON.stringify(v2), previous: [JSON.stringify(v1)], mode: 'FULL' });
    expect(check.isError).toBeFalsy();
    expect((check.structuredContent as { compatible: boolean }).compatible).toBe(true);
  });
});
