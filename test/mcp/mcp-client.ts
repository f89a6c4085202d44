// Starts `kafka-specialist mcp` as a child process and connects the SDK's own client to it.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { CLI, ROOT } from '../cli/run-cli.js';

export async function connectStdio(args: string[] = [], env?: Record<string, string>): Promise<Client> {
  return (await connectStdioLogged(args, env)).client;
}

/** The client, and what the server wrote to stderr so far (audit lines, warnings). */
export async function connectStdioLogged(args: string[] = [], env?: Record<string, string>): Promise<{ client: Client; stderr: () => string }> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [CLI, 'mcp', '--root', ROOT, ...args],
    cwd: ROOT,
    stderr: 'pipe',
    ...(env ? { env: { ...(process.env as Record<string, string>), ...env } } : {}),
  });
  let err = '';
  transport.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const client = new Client({ name: 'kafka-specialist-test', version: '0.0.0' });
  await client.connect(transport);
  return { client, stderr: () => err };
}

export async function call(client: Client, name: string, args: Record<string, unknown>, onprogress?: (p: { progress: number; total?: number }) => void): Promise<CallToolResult> {
  const options = onprogress ? { onprogress, resetTimeoutOnProgress: true } : undefined;
  return (await client.callTool({ name, arguments: args }, undefined, options)) as CallToolResult;
}

/**
 * How the server turned bad input down: a tool error (the arguments fit the tool's schema but
 * their content is wrong) or a JSON-RPC -32602 (the arguments do not fit the schema, or the tool
 * does not exist), as the MCP spec asks. Anything else is returned as a failure to show.
 */
export async function refusal(
  client: Client,
  name: string,
  args: Record<string, unknown>,
): Promise<{ kind: 'tool-error' | 'invalid-params'; text: string } | { kind: 'accepted' | 'other'; text: string }> {
  try {
    const result = await call(client, name, args);
    const text = (result.content[0] as { text?: string } | undefined)?.text ?? '';
    return { kind: result.isError ? 'tool-error' : 'accepted', text };
  } catch (e) {
    const code = (e as { code?: number }).code;
    return { kind: code === -32602 ? 'invalid-params' : 'other', text: String((e as Error).message) };
  }
}

/** Drops the fields that name where the input came from (a path for the CLI, a label for the tool). */
const SOURCE_LABELS = new Set(['file', 'new', 'reader', 'writer', 'previousVersions', 'path']);
export const withoutSources = (v: unknown): unknown => JSON.parse(JSON.stringify(v, (k, x: unknown) => (SOURCE_LABELS.has(k) ? undefined : x)));
