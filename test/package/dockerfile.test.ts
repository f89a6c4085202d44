// No container engine runs here, so the Dockerfile is checked for what it promises: node 20 (the
// engines floor), a clean install and build of the sources, the packed package installed for the
// run, and the server as the entrypoint.
import { existsSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';

const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { name: string; engines: { node: string }; bin: Record<string, string>; scripts: Record<string, string>; files: string[] };
const lines = readFileSync(`${ROOT}/Dockerfile`, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'));
const instructions = (keyword: string) => lines.filter((l) => l.startsWith(`${keyword} `)).map((l) => l.slice(keyword.length + 1));

it('builds on node:20-slim with npm ci and npm run build and runs the installed CLI mcp', () => {
  const nodeFloor = /^>=(\d+)/.exec(pkg.engines.node)![1];
  const bases = instructions('FROM').map((f) => f.split(' ')[0]);
  expect(bases.length).toBeGreaterThan(0);
  expect(new Set(bases)).toEqual(new Set([`node:${nodeFloor}-slim`]));
  const runs = instructions('RUN').join('\n');
  expect(runs).toMatch(/\bnpm ci\b/);
  expect(runs).toMatch(/\bnpm run build\b/);
  expect(pkg.scripts.build).toBeDefined();
  // The run stage installs the packed tarball of this package: the files npm ships (test/package/pack.test.ts).
  expect(runs).toMatch(new RegExp(`npm install -g \\S*${pkg.name}-\\*\\.tgz`));
  const entrypoint = JSON.parse(instructions('ENTRYPOINT').at(-1)!) as string[];
  expect(entrypoint).toEqual([Object.keys(pkg.bin)[0], 'mcp']);
});

it('sends no node_modules or build output into the build context', () => {
  const ignored = readFileSync(`${ROOT}/.dockerignore`, 'utf8').split('\n');
  expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist']));
});

it('copies only paths that exist, and runs a command the package installs', () => {
  const copies = instructions('COPY').map((c) => c.split(/\s+/));
  expect(copies.length).toBeGreaterThan(0);
  const runs = instructions('RUN').join('\n');
  for (const words of copies) {
    const from = words.find((w) => w.startsWith('--from='));
    const sources = words.filter((w) => !w.startsWith('--')).slice(0, -1);
    expect(sources.length, words.join(' ')).toBeGreaterThan(0);
    for (const source of sources) {
      // From the build stage: what that stage wrote (the packed tarball's directory); else the build context.
      if (from) expect(runs, `${source} is written by the build stage`).toContain(`--pack-destination ${source.replace(/\/$/, '')}`);
      else expect(existsSync(`${ROOT}/${source}`), `${source} is in the build context`).toBe(true);
    }
  }
  // The entrypoint is the package's bin, and its file is one the package ships.
  const [command] = JSON.parse(instructions('ENTRYPOINT').at(-1)!) as string[];
  const target = pkg.bin[command!]!;
  expect(target).toBeDefined();
  expect(
    pkg.files.some((f) => target === f || target.startsWith(`${f.replace(/\/$/, '')}/`)),
    `${target} is in package.json files`,
  ).toBe(true);
  expect(pkg.scripts.build).toMatch(/tsc/);
});
