// `kafka-specialist mcp`: the MCP server over stdio (default) or Streamable HTTP on a local address.
import { statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { Option, type Command } from 'commander';
import { readClustersFile } from '../../cluster/clusters-file.js';
import { addConnectionOptions, connectionFromFlags, type ConnectionFlags, type ConnectionOptions } from '../../cluster/connection.js';
import type { RegistryOptions } from '../../cluster/schema-registry.js';
import { httpPolicy, isLoopback, refuseRequest } from '../../mcp/http-guard.js';
import { toolCallCheck } from '../../mcp/request-check.js';
import { createSpecialistServer } from '../../mcp/server.js';
import { HardenedStdioTransport } from '../../mcp/stdio-transport.js';
import { selectTools, toolNames } from '../../mcp/tool-selection.js';
import { TOOLS } from '../../mcp/tools/index.js';
import { inputLimits } from '../../model/input-guard.js';
import type { ServerOptions, ToolDef } from '../../mcp/tool.js';
import { UserError } from '../../model/errors.js';
import { run } from '../io.js';
import { describedCommand } from './index.js';

interface McpFlags extends ConnectionFlags {
  http?: string;
  root: string[];
  cluster: string[];
  clusters?: string;
  tools?: string;
  denyTools?: string;
  allowWrites?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** A --root must be a folder that exists: a typo would otherwise confine every tool to nothing, silently. */
function existingFolder(root: string): string {
  let folder: boolean;
  try {
    folder = statSync(root).isDirectory();
  } catch (e) {
    throw new UserError({ field: '--root', message: `${root}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : 'cannot be read'}`, suggestion: 'name an existing folder' });
  }
  if (!folder) throw new UserError({ field: '--root', message: `${root}: not a folder`, suggestion: 'name an existing folder' });
  return root;
}

function serverOptions(flags: McpFlags): ServerOptions {
  const clusters: Record<string, ConnectionOptions> = {};
  const readOnlyClusters: string[] = [];
  const registries: Record<string, RegistryOptions> = {};
  if (flags.bootstrap) clusters['default'] = connectionFromFlags(flags);
  for (const spec of flags.cluster) {
    const m = /^([\w.-]+)=(.+)$/.exec(spec);
    if (!m) throw new UserError({ field: '--cluster', message: `"${spec}" is not name=host:port[,host:port]`, suggestion: 'e.g. --cluster dev=localhost:9092' });
    clusters[m[1]!] = connectionFromFlags({ ...flags, bootstrap: m[2] });
  }
  for (const [name, c] of Object.entries(flags.clusters ? readClustersFile(flags.clusters) : {})) {
    if (clusters[name]) throw new UserError({ field: '--clusters', message: `cluster "${name}" is named twice (in the file and by a flag)`, suggestion: 'give each cluster one name' });
    clusters[name] = c.connection;
    if (c.readOnly) readOnlyClusters.push(name);
    if (c.registry) registries[name] = c.registry;
  }
  return { roots: (flags.root.length ? flags.root : ['.']).map((r) => existingFolder(resolve(r))), clusters, allowWrites: !!flags.allowWrites, readOnlyClusters, registries };
}

function offeredTools(flags: McpFlags) {
  return selectTools(TOOLS, { ...(flags.tools !== undefined ? { allow: toolNames(flags.tools) } : {}), ...(flags.denyTools !== undefined ? { deny: toolNames(flags.denyTools) } : {}) });
}

function parseListen(spec: string): { host: string; port: number } {
  const m = /^(.+):(\d+)$/.exec(spec);
  if (!m) throw new UserError({ field: '--http', message: `"${spec}" is not host:port`, suggestion: 'e.g. --http 127.0.0.1:8765' });
  return { host: m[1]!, port: Number(m[2]) };
}

/** How long an idle HTTP connection is kept for the client's next request. */
const KEEP_ALIVE_MS = 65_000;

/** The environment variable that holds the HTTP bearer token (never a flag: flags show in `ps`). */
const TOKEN_VARIABLE = 'KAFKA_SPECIALIST_MCP_TOKEN';

async function serveHttp(options: ServerOptions, tools: readonly ToolDef[], version: string, listen: { host: string; port: number }): Promise<void> {
  const token = process.env[TOKEN_VARIABLE] || null;
  if (!isLoopback(listen.host) && token === null) {
    throw new UserError({
      field: '--http',
      message: `${listen.host} is not a loopback address, and without a token anyone who reaches it could call every tool`,
      suggestion: `set ${TOKEN_VARIABLE} to a long random secret (clients send Authorization: Bearer <it>), or listen on 127.0.0.1`,
    });
  }
  let policy = httpPolicy(listen.host, listen.port, token);
  // Stateless Streamable HTTP: a fresh server and transport per request, nothing kept between calls.
  const http = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    if (!req.url?.startsWith('/mcp')) {
      res.writeHead(404).end();
      return;
    }
    const refusal = refuseRequest({ host: req.headers.host, origin: req.headers.origin, authorization: req.headers.authorization }, policy);
    if (refusal) {
      res.writeHead(refusal.status, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32001, message: refusal.message } }));
      return;
    }
    const server = createSpecialistServer(options, version, tools);
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res);
  });
  // An idle connection stays open well past a busy client's pause (Node closes it after 5 s): a
  // client that reuses it just as the server closes it gets "other side closed" instead of an answer.
  http.keepAliveTimeout = KEEP_ALIVE_MS;
  http.headersTimeout = KEEP_ALIVE_MS + 1000;
  await new Promise<void>((ok, fail) => http.once('error', fail).listen(listen.port, listen.host, ok));
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : listen.port;
  policy = httpPolicy(listen.host, port, token);
  if (!isLoopback(listen.host))
    process.stderr.write(`WARNING: the MCP server listens on ${listen.host}, beyond this machine; every request must carry the bearer token from ${TOKEN_VARIABLE}. Put TLS in front of it.\n`);
  process.stderr.write(`kafka-specialist MCP server on http://${listen.host}:${port}/mcp\n`);
  await new Promise<void>((done) => {
    const stop = () => http.close(() => done());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

export function registerMcp(program: Command): void {
  const cmd = describedCommand(program, 'mcp')
    .addOption(new Option('--http <host:port>', 'serve Streamable HTTP on this address instead of stdio (port 0 picks a free one)'))
    .addOption(new Option('--root <dir>', 'a directory tools may read and write in (repeatable; default: the current directory)').argParser(collect).default([]))
    .addOption(new Option('--cluster <name=servers>', 'a cluster the cluster tools may reach (repeatable)').argParser(collect).default([]))
    .addOption(new Option('--clusters <file>', 'a YAML file of named clusters: bootstrap, TLS, SASL and Schema Registry (secrets as ${VARIABLE} from the environment), read_only (default true)'))
    .addOption(new Option('--tools <names>', 'offer only these tools (comma-separated)'))
    .addOption(new Option('--deny-tools <names>', 'never offer these tools (comma-separated)'))
    .addOption(new Option('--allow-writes', 'let tools write: files under --root (generate out_dir), test records on a cluster not marked read_only'));
  addConnectionOptions(cmd).action(async (flags: McpFlags) => {
    await run('text', async () => {
      const options = serverOptions(flags);
      const tools = offeredTools(flags);
      const version = program.version() ?? '0.0.0';
      if (flags.http) return serveHttp(options, tools, version, parseListen(flags.http));
      const server = createSpecialistServer(options, version, tools);
      // A frame holds at most a few text inputs, each under the input limit.
      const transport = new HardenedStdioTransport({ maxFrameBytes: 2 * inputLimits().maxBytes, check: toolCallCheck(tools) });
      const closed = new Promise<void>((done) => (transport.onclose = done));
      await server.connect(transport);
      await closed;
      // The client is gone: nothing a tool left open (a cluster client's socket) may keep the server alive.
      setTimeout(() => process.exit(), 1000).unref();
    });
  });
}
