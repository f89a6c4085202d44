// The MCP registry entry (server.json) and the Claude Code plugin (.claude-plugin/plugin.json)
// describe this package at its current version, and what they tell a client to run starts the server.
import { existsSync, readFileSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT } from '../cli/run-cli.js';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(`${ROOT}/${path}`, 'utf8')) as T;
const pkg = readJson<{ name: string; version: string; mcpName: string; bin: Record<string, string> }>('package.json');

interface RegistryPackage {
  registryType: string;
  identifier: string;
  version: string;
  transport: { type: string };
  packageArguments?: Array<{ type: string; value: string }>;
}
const server = readJson<{ name: string; description: string; version: string; packages: RegistryPackage[] }>('server.json');
const plugin = readJson<{ name: string; version: string; agents: string[]; mcpServers: Record<string, { command: string; args: string[] }> }>('.claude-plugin/plugin.json');

/** Starts the installed CLI (`kafka-specialist` is the built main.js here) with `args` and returns the server's name and version from the MCP handshake. */
async function handshake(args: string[]): Promise<{ name: string; version: string } | undefined> {
  const client = new Client({ name: 'manifest-test', version: '0.0.0' });
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [CLI, ...args], cwd: ROOT, stderr: 'pipe' }));
  try {
    return client.getServerVersion();
  } finally {
    await client.close();
  }
}

describe('server.json (MCP registry)', () => {
  it('names the npm package at the package version, its mcpName, stdio, and arguments that start the server', async () => {
    expect(server.name).toBe(pkg.mcpName);
    expect(server.version).toBe(pkg.version);
    expect(server.description.length).toBeLessThanOrEqual(100);
    expect(server.packages).toHaveLength(1);
    const npm = server.packages[0]!;
    expect(npm).toMatchObject({ registryType: 'npm', identifier: pkg.name, version: pkg.version, transport: { type: 'stdio' } });
    const args = (npm.packageArguments ?? []).map((a) => (a.type === 'positional' ? a.value : `--${a.value}`));
    expect(await handshake(args)).toMatchObject({ name: pkg.name, version: pkg.version });
  }, 30_000);
});

describe('.claude-plugin/plugin.json (Claude Code plugin)', () => {
  it('is at the package version and points at the agent definition, which exists', () => {
    expect(plugin).toMatchObject({ name: pkg.name, version: pkg.version });
    expect(plugin.agents.length).toBeGreaterThan(0);
    for (const agent of plugin.agents) expect(existsSync(`${ROOT}/${agent}`), agent).toBe(true);
  });

  it('runs this version of the package with arguments that start the server', async () => {
    const { command, args } = plugin.mcpServers[pkg.name]!;
    expect(command).toBe('npx');
    // npx runs the package's bin; here that is the built CLI, given the arguments after the package spec.
    const spec = args.findIndex((a) => a === `${pkg.name}@${pkg.version}`);
    expect(spec).toBeGreaterThanOrEqual(0);
    expect(Object.keys(pkg.bin)).toEqual([pkg.name]);
    expect(await handshake(args.slice(spec + 1))).toMatchObject({ name: pkg.name, version: pkg.version });
  }, 30_000);
});
