// What `npm pack` ships: everything an installed package needs to run every command (the local
// broker's build script and launcher source for verify and broker), the docs the README links,
// the MCP config example, the MCP registry entry and the Claude Code plugin manifest; nothing of the tests.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';

it('the packed files hold the broker sources, docs and the MCP example, and no tests', () => {
  const out = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  expect(out.status, out.stderr).toBe(0);
  const files = (JSON.parse(out.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
  expect(files).toEqual(
    expect.arrayContaining([
      'scripts/build-broker.sh',
      'native/mock-broker/launcher.c',
      '.mcp.json.example',
      'server.json',
      '.claude-plugin/plugin.json',
      'dist/cli/main.js',
      'agents/kafka-specialist.md',
      'README.md',
    ]),
  );
  // Every docs/ page the README links is packed.
  const linked = [...readFileSync(`${ROOT}/README.md`, 'utf8').matchAll(/\]\((docs\/[\w./-]+\.md)\)/g)].map((m) => m[1]!);
  expect(linked.length).toBeGreaterThan(0);
  expect(files).toEqual(expect.arrayContaining(linked));
  expect(files.filter((f) => f.startsWith('test/') || f.startsWith('src/'))).toEqual([]);
}, 60000);
