// The five everyday requests of examples/conversations/assistant/flows.yaml, called over a real
// stdio MCP client the way the agent definition says, with the facts each result must hold.
import { readFileSync } from 'node:fs';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../cli/run-cli.js';
import { call, connectStdio } from './mcp-client.js';

interface Expectation {
  json?: string;
  summary?: string;
  summary_excludes?: string;
  equals?: unknown;
  matches?: string;
  absent?: boolean;
  exists?: boolean;
}
interface Step {
  tool: string;
  arguments: Record<string, unknown>;
  files?: Record<string, string | string[]>;
  expect: Expectation[];
}
interface Flow {
  name: string;
  shape: string;
  steps: Step[];
}

const flows = (parse(readFileSync(`${ROOT}/examples/conversations/assistant/flows.yaml`, 'utf8')) as { flows: Flow[] }).flows;

/** a.b.0.c, with `[key=value]` picking the array entry whose key equals value; dots escaped with \. stay in a name. */
export function at(value: unknown, path: string): unknown {
  let v = value;
  for (const raw of path.split(/(?<!\\)\./)) {
    const m = /^(.*?)\[(\w+)=(.+)\]$/.exec(raw);
    const key = (m ? m[1]! : raw).replace(/\\\./g, '.');
    if (key) v = (v as Record<string, unknown> | undefined)?.[key];
    if (m) v = (v as Array<Record<string, unknown>> | undefined)?.find((e) => String(e[m[2]!]) === m[3]);
  }
  return v;
}

const read = (path: string) => readFileSync(`${ROOT}/${path}`, 'utf8');

let client: Client;
beforeAll(async () => {
  client = await connectStdio();
}, 60_000);
afterAll(async () => {
  await client?.close();
});

describe('examples/conversations/assistant over MCP stdio', () => {
  it('covers the five flows', () => expect(flows.map((f) => f.name)).toHaveLength(5));
  for (const flow of flows) {
    it(`${flow.name} (${flow.shape})`, async () => {
      for (const step of flow.steps) {
        const files = Object.fromEntries(Object.entries(step.files ?? {}).map(([k, p]) => [k, Array.isArray(p) ? p.map(read) : read(p)]));
        const result = await call(client, step.tool, { ...step.arguments, ...files });
        const texts = result.content.filter((c) => c.type === 'text').map((c) => (c as { text: string }).text);
        expect(result.isError, `${step.tool}: ${texts.join('\n')}`).toBeFalsy();
        const json = result.structuredContent ?? JSON.parse(texts.at(-1)!);
        const summary = texts.join('\n');
        for (const e of step.expect) {
          const where = `${flow.name} / ${step.tool} / ${e.json ?? e.summary ?? e.summary_excludes}`;
          if (e.summary !== undefined) {
            expect(summary, where).toMatch(new RegExp(e.summary));
            continue;
          }
          if (e.summary_excludes !== undefined) {
            expect(summary, where).not.toMatch(new RegExp(e.summary_excludes));
            continue;
          }
          const v = at(json, e.json!);
          if (e.absent) expect(v, where).toBeUndefined();
          if (e.exists) expect(v, where).toBeDefined();
          if ('equals' in e) expect(v, where).toEqual(e.equals);
          if (e.matches !== undefined) expect(typeof v === 'string' ? v : JSON.stringify(v), where).toMatch(new RegExp(e.matches));
        }
      }
    }, 60_000);
  }
});
