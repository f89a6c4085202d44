// The schema commands end to end on files: outputs and exit codes (0 ok, 1 findings, 2 bad input).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSchemaCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'schema-cli-'));
const write = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const fields = 'title:string,due:timestamp-millis?,priority:enum(LOW,HIGH)';
const scaffoldArgs = ['scaffold', '--name', 'TaskEvent', '--namespace', 'com.acme.tasks', '--entity', 'task'];

describe('schema scaffold', () => {
  it('prints an .avsc that lints clean and explains the partial-update options', async () => {
    const run = await runSchemaCli([...scaffoldArgs, '--fields', fields]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ type: 'record', name: 'TaskEvent', namespace: 'com.acme.tasks' });
    expect(run.stderr).toMatch(/all-optional/);
    expect(run.stderr).toMatch(/changed-fields/);
    const lint = await runSchemaCli(['lint', write('task.avsc', run.stdout)]);
    expect(lint.code).toBe(0);
  });

  it('writes .avsc and .avdl for the avro flows of a requirements file', async () => {
    const req = write(
      'req.yaml',
      'name: shop\nflows:\n  - name: order-events\n    key: order_id\n    source: checkout\n    schema: { format: avro }\n  - name: clicks\n    schema: { format: json }\n',
    );
    const out = join(dir, 'out');
    const run = await runSchemaCli(['scaffold', '--from', req, '--out', out]);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'OrderEvent.avsc'), 'utf8'))).toMatchObject({ name: 'OrderEvent', namespace: 'com.example.shop' });
    expect(readFileSync(join(out, 'OrderEvent.avdl'), 'utf8')).toMatch(/record OrderEvent \{/);
  });

  it('exits 2 on a bad field type', async () => {
    const run = await runSchemaCli([...scaffoldArgs, '--fields', 'x:varchar', '--format', 'json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).error.problems[0].field).toBe('--fields x');
  });
});

describe('schema lint', () => {
  it('exits 1 on warnings, lists findings with line numbers, and honours --fail-on', async () => {
    const file = write('hazard.avsc', JSON.stringify({ type: 'record', name: 'E', fields: [{ name: 's', type: { type: 'enum', name: 'S', symbols: ['A'] } }] }, null, 2));
    const run = await runSchemaCli(['lint', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/hazard\.avsc:\d+:\d+ warning avro\/enum-without-default/);
    expect((await runSchemaCli(['lint', file, '--fail-on', 'error'])).code).toBe(0);
    const json = JSON.parse((await runSchemaCli(['lint', file, '--format', 'json'])).stdout) as { findings: Array<{ rule: string }> };
    expect(json.findings.map((f) => f.rule)).toContain('avro/missing-namespace');
  });

  it('exits 2 on a file Avro rejects, naming file, line and path', async () => {
    const run = await runSchemaCli(['lint', write('broken.avsc', '{"type": "record", "name": "E",\n "fields": [{"name": "a", "type": "strng"}]}')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.avsc:2:\d+ \/fields\/0\/type/);
    expect(run.stderr).toMatch(/did you mean "string"/);
  });
});

describe('schema check', () => {
  const v1 = write('v1.avsc', JSON.stringify({ type: 'record', name: 'R', fields: [{ name: 'a', type: 'int' }] }));
  const v2 = write('v2.avsc', JSON.stringify({ type: 'record', name: 'R', fields: [{ name: 'a', type: 'long' }] }));
  const v3 = write(
    'v3.avsc',
    JSON.stringify({
      type: 'record',
      name: 'R',
      fields: [
        { name: 'a', type: 'long' },
        { name: 'b', type: 'string' },
      ],
    }),
  );

  it('exits 0 when compatible and 1 with every incompatibility when not', async () => {
    expect((await runSchemaCli(['check', v2, '--against', v1, '--mode', 'BACKWARD'])).code).toBe(0);
    const run = await runSchemaCli(['check', v3, '--against', v1, v2, '--mode', 'FULL_TRANSITIVE', '--format', 'json']);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as { checks: Array<{ previous: number; direction: string; compatible: boolean; incompatibilities: Array<{ type: string; fix: string }> }> };
    expect(out.checks.map((c) => [c.previous, c.direction, c.compatible])).toEqual([
      [1, 'BACKWARD', false],
      [1, 'FORWARD', true],
      [0, 'BACKWARD', false],
      [0, 'FORWARD', false],
    ]);
    expect(out.checks[3]!.incompatibilities.map((i) => i.type)).toEqual(['TYPE_MISMATCH']);
    expect(out.checks[0]!.incompatibilities[0]!.fix).toMatch(/default/);
  });

  it('points each incompatibility at a line and column of the reader file', async () => {
    const run = await runSchemaCli(['check', v3, '--against', v1, '--mode', 'FORWARD']);
    expect(run.stdout).toMatch(/TYPE_MISMATCH at \/fields\/0\/type \(.*v1\.avsc:1:\d+\)/);
  });

  it('looks only at the latest version in non-transitive modes', async () => {
    expect((await runSchemaCli(['check', v3, '--against', v1, v2, '--mode', 'FORWARD'])).code).toBe(0);
    expect((await runSchemaCli(['check', v3, '--against', v1, v2, '--mode', 'FORWARD_TRANSITIVE'])).code).toBe(1);
  });

  it('exits 2 without previous versions or with an unknown mode', async () => {
    expect((await runSchemaCli(['check', v2])).code).toBe(2);
    await expect(runSchemaCli(['check', v2, '--against', v1, '--mode', 'SIDEWAYS'])).rejects.toThrow();
  });
});
