// The MCP server: every capability of the specialist as a tool, its knowledge as resources, its
// method as prompts. Tools are thin doors to the same functions the CLI calls.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { CallToolResult, ServerNotification, ServerRequest } from '@modelcontextprotocol/sdk/types.js';
import { clusterProblem } from '../cluster/read-errors.js';
import { formatProblem, UserError } from '../model/errors.js';
import { auditedCluster, auditLine, type Outcome } from './audit.js';
import { inToolTerms } from './mcp-fields.js';
import { registerPrompts } from './prompts.js';
import { registerResources } from './resources.js';
import type { Progress, ServerOptions, ToolDef } from './tool.js';
import { TOOLS } from './tools/index.js';

export const SERVER_NAME = 'kafka-specialist';

/** Minimum time between two progress notifications: often enough to watch, rarely enough to be cheap. */
const PROGRESS_INTERVAL_MS = 250;

/**
 * Progress notifications for the request, when the client asked for them (it sent a progress
 * token). They are sent one after another, and `sent` settles when the last one is out: the
 * result must not overtake it, since a client stops listening for progress once the result arrives.
 */
function progressFor(extra: RequestHandlerExtra<ServerRequest, ServerNotification>): { progress: Progress; sent: () => Promise<void> } {
  const token = extra._meta?.progressToken;
  let queue: Promise<void> = Promise.resolve();
  if (token === undefined) return { progress: () => {}, sent: () => queue };
  let last = 0;
  const progress: Progress = (done, total, message) => {
    const now = Date.now();
    if (now - last < PROGRESS_INTERVAL_MS && (total === undefined || done < total)) return;
    last = now;
    const params = { progressToken: token, progress: done, ...(total !== undefined ? { total } : {}), ...(message ? { message } : {}) };
    // A notification that cannot be sent (the client went away) must not fail the tool.
    queue = queue.then(() => extra.sendNotification({ method: 'notifications/progress', params })).catch(() => {});
  };
  return { progress, sent: () => queue };
}

/** Where audit lines go; stderr unless a test listens. */
export type AuditSink = (line: string) => void;

async function runTool(def: ToolDef, args: unknown, options: ServerOptions, progress: Progress): Promise<{ result: CallToolResult; outcome: Outcome }> {
  try {
    const out = await def.run(args, options, progress);
    // The document goes once, as structured content; the text block is the summary for people
    // (and for clients that show only text), not a second copy of the JSON.
    return { result: { content: [{ type: 'text', text: out.summary }], structuredContent: { ...out.json } }, outcome: 'ok' };
  } catch (caught) {
    // A kafkajs error escaping a tool is the cluster's answer (a port that half speaks Kafka), not our bug.
    const e = clusterProblem(caught) ?? caught;
    if (e instanceof UserError) {
      const problems = inToolTerms(e.problems, Object.keys(def.input.shape));
      // As text only: clients check any structured content against the tool's outputSchema, an
      // error's included, and would refuse an answer shaped as problems.
      return { result: { isError: true, content: [{ type: 'text', text: problems.map(formatProblem).join('\n') }] }, outcome: 'user-error' };
    }
    // A bug of ours: say so without a stack trace (it could carry paths or values the user did not share).
    return { result: { isError: true, content: [{ type: 'text', text: `internal error in ${def.name}: ${(e as Error).message}` }] }, outcome: 'internal-error' };
  }
}

async function callTool(def: ToolDef, args: unknown, options: ServerOptions, progress: Progress, audit: AuditSink): Promise<CallToolResult> {
  const started = performance.now();
  const { result, outcome } = await runTool(def, args, options, progress);
  audit(auditLine({ at: new Date(), tool: def.name, cluster: auditedCluster(args, Object.keys(options.clusters)), durationMs: performance.now() - started, outcome }));
  return result;
}

/**
 * The server with the given tools (all by default; the CLI narrows them with --tools and
 * --deny-tools) and an audit line per call.
 */
export function createSpecialistServer(options: ServerOptions, version: string, tools: readonly ToolDef[] = TOOLS, audit: AuditSink = (line) => process.stderr.write(line)): McpServer {
  const server = new McpServer(
    { name: SERVER_NAME, version },
    {
      instructions:
        'Kafka design, reference, critique and diagnosis with the arithmetic shown. Call these tools instead of answering Kafka questions from memory: design for pipelines, explain_setting/search_settings for settings, critique for existing configs. Relay assumptions, questions and findings to the user.',
    },
  );
  for (const def of tools) {
    server.registerTool(
      def.name,
      {
        title: def.title,
        description: def.description,
        inputSchema: def.input.shape,
        outputSchema: def.output,
        annotations: { title: def.title, ...def.annotations },
      },
      async (args: unknown, extra: RequestHandlerExtra<ServerRequest, ServerNotification>) => {
        const { progress, sent } = progressFor(extra);
        const result = await callTool(def, args, options, progress, audit);
        await sent();
        return result;
      },
    );
  }
  registerResources(server);
  registerPrompts(server);
  return server;
}
