// Both doors of each capability, on every example, shared scenario and critique corpus file: the
// CLI's `--format json` and the MCP tool's structured content for the same input are the same
// document (source labels aside: the CLI names the path, the tool its field). Nothing is compared
// with a stored answer; each door is the other's check.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOOLS } from '../../src/mcp/tools/index.js';
import { CLI, ROOT } from '../cli/run-cli.js';
import { withoutSources } from '../mcp/mcp-client.js';

const list = (dir: string, keep: (f: string) => boolean) => (existsSync(dir) ? readdirSync(dir).filter(keep).sort().map((f) => join(dir, f)) : []);
const examples = list(join(ROOT, 'examples'), (f) => f.endsWith('.yaml'));
const scenarios = list(join(ROOT, '../shared/scenarios'), (d) => existsSync(join(ROOT, '../shared/scenarios', d, 'requirements.yaml'))).map((d) => join(d, 'requirements.yaml'));
const corpus = ['bad', 'healthy'].flatMap((d) => list(join(ROOT, 'test/corpus', d), (f) => !f.endsWith('.expect.json')));
const name = (f: string) => f.slice(ROOT.length);

function cliJson(args: string[]): Promise<unknown> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args, '--format', 'json'], { cwd: ROOT });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', fail);
    child.on('close', () => done(JSON.parse(out)));
  });
}

async function toolJson(tool: string, args: Record<string, unknown>): Promise<unknown> {
  const def = TOOLS.find((t) => t.name === tool);
  if (!def) throw new Error(`no tool ${tool}`);
  return (await def.run(def.input.parse(args), { roots: [ROOT], clusters: {}, allowWrites: false })).json;
}

describe('CLI and MCP give one document per capability', () => {
  it.concurrent.each([...examples, ...scenarios].map((f) => [name(f), f]))('design %s', async (_, file) => {
    expect(withoutSources(await toolJson('design', { requirements: readFileSync(file, 'utf8') }))).toEqual(withoutSources(await cliJson(['design', file])));
  });

  it.concurrent.each(examples.map((f) => [name(f), f]))('design_round for development, %s', async (_, file) => {
    expect(withoutSources(await toolJson('design_round', { requirements: readFileSync(file, 'utf8'), env: 'development' }))).toEqual(withoutSources(await cliJson(['design', file, '--env', 'development'])));
  });

  it.concurrent.each(examples.map((f) => [name(f), f]))('generate %s', async (_, file) => {
    expect(withoutSources(await toolJson('generate', { requirements: readFileSync(file, 'utf8') }))).toEqual(withoutSources(await cliJson(['generate', file, '--dry-run'])));
  });

  it.concurrent.each(corpus.map((f) => [name(f), f]))('critique %s', async (_, file) => {
    const files = [{ name: basename(file), content: readFileSync(file, 'utf8') }];
    expect(withoutSources(await toolJson('critique', { files, environment: 'production' }))).toEqual(withoutSources(await cliJson(['critique', file, '--environment', 'production'])));
  });
});
