// The schema MCP tools return what the CLI prints with --format json, and bad schemas become tool
// errors. One call goes over stdio to the built server to prove the tools are registered.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaCheck } from '../../../src/capabilities/schema-check.js';
import { schemaLint } from '../../../src/capabilities/schema-lint.js';
import { schemaScaffold } from '../../../src/capabilities/schema-scaffold.js';
import { toMcpTool, type ServerOptions, type ToolDef } from '../../../src/mcp/tool.js';
import { UserError } from '../../../src/model/errors.js';
import { call, connectStdio } from '../../mcp/mcp-client.js';
import { runSchemaCli } from './run-cli.js';

const options: ServerOptions = { roots: [], clusters: {}, allowWrites: false };
const schemaScaffoldTool = toMcpTool(schemaScaffold);
const schemaLintTool = toMcpTool(schemaLint);
const schemaCheckTool = toMcpTool(schemaCheck);
const run = async (tool: ToolDef, args: Record<string, unknown>) => tool.run(tool.input.parse(args), options);

const dir = mkdtempSync(join(tmpdir(), 'schema-mcp-'));
const write = (name: string, value: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify(value));
  return p;
};
const v1 = { type: 'record', name: 'R', namespace: 'n', fields: [{ name: 'a', type: 'int' }] };
const v2 = {
  type: 'record',
  name: 'R',
  namespace: 'n',
  fields: [
    { name: 'a', type: 'long' },
    { name: 'b', type: 'string' },
  ],
};

describe('schema MCP tools', () => {
  it('schema_scaffold returns the CLI JSON', async () => {
    const args = ['--name', 'TaskEvent', '--namespace', 'com.acme.tasks', '--entity', 'task', '--fields', 'title:string,due:date?'];
    const cli = JSON.parse((await runSchemaCli(['scaffold', ...args, '--format', 'json'])).stdout);
    const out = await run(schemaScaffoldTool, { name: 'TaskEvent', namespace: 'com.acme.tasks', entity: 'task', fields: 'title:string,due:date?' });
    expect(out.json).toEqual(cli);
    expect(out.summary).toMatch(/com\.acme\.tasks\.TaskEvent/);
  });

  it('schema_check returns every check with incompatibilities and fixes', async () => {
    const out = await run(schemaCheckTool, { schema: JSON.stringify(v2), previous: [JSON.stringify(v1)], mode: 'FULL' });
    const cli = JSON.parse((await runSchemaCli(['check', write('v2.avsc', v2), '--against', write('v1.avsc', v1), '--mode', 'FULL', '--format', 'json'])).stdout);
    const kinds = (doc: { checks: Array<{ direction: string; incompatibilities: Array<{ type: string; location: string; line?: number }> }> }) =>
      doc.checks.map((c) => [c.direction, c.incompatibilities.map((i) => [i.type, i.location, i.line])]);
    expect(kinds(out.json as never)).toEqual(kinds(cli));
    expect(out.json).toMatchObject({ compatible: false, mode: 'FULL' });
    expect(out.summary).toMatch(/incompatible, 2 incompatibilities in 2 of 2 checks/);
  });

  it('schema_lint returns findings, and a broken schema is a user error', async () => {
    const out = await run(schemaLintTool, { schema: JSON.stringify({ type: 'record', name: 'E', fields: [] }) });
    expect((out.json as { findings: Array<{ rule: string }> }).findings.map((f) => f.rule)).toContain('avro/missing-namespace');
    await expect(run(schemaLintTool, { schema: '{"type":"record","name":"E","fields":[{"name":"a","type":"strng"}]}' })).rejects.toBeInstanceOf(UserError);
  });

  it('is offered by the server over stdio', async () => {
    const client = await connectStdio();
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(['schema_scaffold', 'schema_lint', 'schema_check']));
      const result = await call(client, 'schema_check', { schema: JSON.stringify(v1), previous: [JSON.stringify(v1)] });
      expect(result.isError).toBeFalsy();
      expect(result.structuredContent).toMatchObject({ compatible: true, mode: 'BACKWARD' });
    } finally {
      await client.close();
    }
  });
});
