// The MCP registry entry (server.json) and the Claude Code plugin (.claude-plugin/plugin.json)
// describe this package at its current version, and what they tell a client to run starts the server.
import { existsSync, readFileSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
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

/**
 * The MCP registry's rules for server.json that can be checked offline (its server.schema.json and
 * official-registry-requirements.md): a reverse-DNS name with one slash, a short description, exact
 * versions (no ranges, not "latest"), a known transport, positional arguments with a value.
 */
const RANGE = /^[~^<>=]|\.[x*](\.|$)|^[x*]$|\s-\s|\|\|/;
const exactVersion = z
  .string()
  .min(1)
  .max(255)
  .refine((v) => v !== 'latest' && !RANGE.test(v), 'an exact version, not a range or "latest"');
const registryEntry = z.object({
  $schema: z.string().regex(/^https:\/\/static\.modelcontextprotocol\.io\/schemas\/\d{4}-\d{2}-\d{2}\/server\.schema\.json$/),
  name: z
    .string()
    .min(3)
    .max(200)
    .regex(/^[a-zA-Z0-9.-]+\/[a-zA-Z0-9._-]+$/),
  title: z.string().min(1).max(100).optional(),
  description: z.string().min(1).max(100),
  version: exactVersion,
  repository: z.object({ url: z.string().url(), source: z.string().min(1) }).optional(),
  packages: z
    .array(
      z.strictObject({
        registryType: z.enum(['npm', 'pypi', 'oci', 'nuget', 'mcpb']),
        registryBaseUrl: z.string().url().optional(),
        identifier: z.string().min(1),
        version: exactVersion,
        transport: z.object({ type: z.enum(['stdio', 'streamable-http', 'sse']) }),
        packageArguments: z.array(z.object({ type: z.literal('positional'), value: z.string().min(1) })).optional(),
      }),
    )
    .min(1),
});

describe('server.json against the registry rules', () => {
  it('keeps to the schema the registry validates with', () => {
    const checked = registryEntry.safeParse(readJson('server.json'));
    expect(checked.error?.issues ?? []).toEqual([]);
  });

  it('refuses what the registry refuses, so the check above can fail', () => {
    const entry = readJson<Record<string, unknown>>('server.json');
    const refused = (change: Record<string, unknown>) => !registryEntry.safeParse({ ...entry, ...change }).success;
    expect(refused({ name: 'kafka-specialist' })).toBe(true);
    expect(refused({ name: 'io.github.a/b/c' })).toBe(true);
    expect(refused({ description: 'x'.repeat(101) })).toBe(true);
    for (const version of ['^0.1.0', '~0.1.0', '>=0.1.0', '0.x', '0.1.*', 'latest']) expect(refused({ version }), version).toBe(true);
    expect(refused({ packages: [{ ...server.packages[0], version: 'latest' }] })).toBe(true);
  });

  it('has a GitHub namespace whose owner the repository, when named, agrees with', () => {
    // The official registry lets only the GitHub account io.github.<owner> publish under it. The
    // owner is a placeholder until the package is published from its real account (docs/mcp.md).
    const owner = /^io\.github\.([^/]+)\//.exec(server.name)?.[1];
    expect(owner).toBeDefined();
    const repository = readJson<{ repository?: { url: string } }>('server.json').repository ?? readJson<{ repository?: { url: string } | string }>('package.json').repository;
    const url = typeof repository === 'string' ? repository : repository?.url;
    if (url) expect(url.toLowerCase()).toContain(`github.com/${owner!.toLowerCase()}/`);
  });
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
