// Starts `kafka-specialist mcp` as a child process and connects the SDK's own client to it.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { CLI, ROOT } from '../cli/run-cli.js';

export async function connectStdio(args: string[] = []): Promise<Client> {
  const transport = new StdioClientTransport({ command: process.execPath, args: [CLI, 'mcp', '--root', ROOT, ...args], cwd: ROOT, stderr: 'pipe' });
  const client = new Client({ name: 'kafka-specialist-test', version: '0.0.0' });
  await client.connect(transport);
  return client;
}

export async function call(client: Client, name: string, args: Record<string, unknown>, onprogress?: (p: { progress: number; total?: number }) => void): Promise<CallToolResult> {
  const options = onprogress ? { onprogress, resetTimeoutOnProgress: true } : undefined;
  return (await client.callTool({ name, arguments: args }, undefined, options)) as CallToolResult;
}
