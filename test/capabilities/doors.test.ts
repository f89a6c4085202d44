// Both doors of each capability, on every example, shared scenario and critique corpus file: the
// CLI's `--format json` and the MCP tool's structured content for the same input are the same
// document (source labels aside: the CLI names the path, the tool its field). Nothing is compared
// with a stored answer; each door is the other's check.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOOLS } from '../../src/mcp/tools/index.js';
import { CLI, ROOT } from '../cli/run-cli.js';
import { withoutSources } from '../mcp/mcp-client.js';

const list = (dir: string, keep: (f: string) => boolean) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter(keep)
        .sort()
        .map((f) => join(dir, f))
    : [];
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
  const answer = async (cursor?: string) =>
    (await def.run(def.input.parse({ ...args, ...(cursor ? { cursor } : {}) }), { roots: [ROOT], clusters: {}, allowWrites: false })).json as Record<string, unknown>;
  // A large answer comes in pages (mcp/paging.ts): join every page's lists back into one document.
  const { page, ...doc } = (await answer()) as Record<string, unknown> & { page?: { next_cursor: string | null; totals: Record<string, number> } };
  for (let next = page?.next_cursor; next;) {
    const more = (await answer(next)) as Record<string, unknown[]> & { page: { next_cursor: string | null } };
    for (const key of Object.keys(page!.totals)) (doc[key] as unknown[]).push(...more[key]!);
    next = more.page.next_cursor;
  }
  return doc;
}

// Each case spawns the CLI once; a loaded machine can take seconds per spawn.
const SLOW = 60_000;
// Design on every requirements file; the jobs built on it on a few examples (their own tables test the rest).
const some = examples.filter((_, i) => i % 4 === 0);

describe('CLI and MCP give one document per capability', () => {
  it.concurrent.each([...examples, ...scenarios].map((f) => [name(f), f]))(
    'design %s',
    async (_, file) => {
      expect(withoutSources(await toolJson('design', { requirements: readFileSync(file, 'utf8') }))).toEqual(withoutSources(await cliJson(['design', file])));
    },
    SLOW,
  );

  it.concurrent.each(some.map((f) => [name(f), f]))(
    'design_round for development, %s',
    async (_, file) => {
      expect(withoutSources(await toolJson('design_round', { requirements: readFileSync(file, 'utf8'), env: 'development' }))).toEqual(
        withoutSources(await cliJson(['design', file, '--env', 'development'])),
      );
    },
    SLOW,
  );

  it.concurrent.each(some.map((f) => [name(f), f]))(
    'generate %s',
    async (_, file) => {
      expect(withoutSources(await toolJson('generate', { requirements: readFileSync(file, 'utf8') }))).toEqual(withoutSources(await cliJson(['generate', file, '--dry-run'])));
    },
    SLOW,
  );

  it(
    'critique of the whole corpus at once, with intent',
    async () => {
      const files = corpus.map((f) => ({ name: f, content: readFileSync(f, 'utf8') }));
      expect(await toolJson('critique', { files, environment: 'production', delivery: 'exactly-once' })).toEqual(
        await cliJson(['critique', ...corpus, '--environment', 'production', '--delivery', 'exactly-once']),
      );
    },
    SLOW,
  );
});
