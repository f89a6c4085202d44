// The MCP server: every capability of the specialist as a tool, its knowledge as resources, its
// method as prompts. Tools are thin doors to the same functions the CLI calls.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { CallToolResult, ServerNotification, ServerRequest } from '@modelcontextprotocol/sdk/types.js';
import { formatProblem, UserError } from '../model/errors.js';
import { registerPrompts } from './prompts.js';
import { registerResources } from './resources.js';
import type { Progress, ServerOptions, ToolDef } from './tool.js';
import { TOOLS } from './tools/index.js';

export const SERVER_NAME = 'kafka-specialist';

/** Minimum time between two progress notifications: often enough to watch, rarely enough to be cheap. */
const PROGRESS_INTERVAL_MS = 250;

/** Progress notifications for the request, when the client asked for them (it sent a progress token). */
function progressFor(extra: RequestHandlerExtra<ServerRequest, ServerNotification>): Progress {
  const token = extra._meta?.progressToken;
  if (token === undefined) return () => {};
  let last = 0;
  return (done, total, message) => {
    const now = Date.now();
    if (now - last < PROGRESS_INTERVAL_MS && (total === undefined || done < total)) return;
    last = now;
    void extra.sendNotification({ method: 'notifications/progress', params: { progressToken: token, progress: done, ...(total !== undefined ? { total } : {}), ...(message ? { message } : {}) } });
  };
}

async function callTool(def: ToolDef, args: unknown, options: ServerOptions, progress: Progress): Promise<CallToolResult> {
  try {
    const out = await def.run(args, options, progress);
    return {
      content: [{ type: 'text', text: out.summary }, { type: 'text', text: JSON.stringify(out.json) }],
      structuredContent: { ...out.json },
    };
  } catch (e) {
    if (e instanceof UserError) {
      return { isError: true, content: [{ type: 'text', text: e.problems.map(formatProblem).join('\n') }], structuredContent: { error: { problems: e.problems } } };
    }
    // A bug of ours: say so without a stack trace (it could carry paths or values the user did not share).
    return { isError: true, content: [{ type: 'text', text: `internal error in ${def.name}: ${(e as Error).message}` }] };
  }
}

export function createSpecialistServer(options: ServerOptions, version: string): McpServer {
  const server = new McpServer({ name: SERVER_NAME, version }, {
    instructions: 'Kafka design, reference, critique and diagnosis with the arithmetic shown. Call these tools instead of answering Kafka questions from memory: design for pipelines, explain_setting/search_settings for settings, critique for existing configs. Relay assumptions, questions and findings to the user.',
  });
  for (const def of TOOLS) {
    server.registerTool(def.name, {
      title: def.title,
      description: def.description,
      inputSchema: def.input.shape,
      annotations: { title: def.title, ...def.annotations },
    }, (args: unknown, extra: RequestHandlerExtra<ServerRequest, ServerNotification>) => callTool(def, args, options, progressFor(extra)));
  }
  registerResources(server);
  registerPrompts(server);
  return server;
}
