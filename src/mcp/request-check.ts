// Tool calls checked before the SDK sees them, so a caller's mistake is the JSON-RPC error the MCP
// spec names for it (-32602 invalid params: unknown tool, arguments missing, of the wrong type or
// failing the tool's schema) and not an internal error (-32603) or a tool result.
import type { z } from 'zod';
import { echo } from '../model/errors.js';
import { JSONRPC, type ErrorReply } from './stdio-transport.js';

export function toolCallCheck(tools: ReadonlyArray<{ name: string; input: z.ZodObject }>): (message: { method: string; params?: unknown }) => ErrorReply | undefined {
  const byName = new Map(tools.map((t) => [t.name, t.input]));
  return ({ method, params }) => {
    if (method !== 'tools/call') return undefined;
    const invalid = (message: string, data?: unknown): ErrorReply => ({ code: JSONRPC.invalidParams, message: `invalid params: ${message}`, ...(data !== undefined ? { data } : {}) });
    if (typeof params !== 'object' || params === null || Array.isArray(params)) return invalid('params must be an object with name and arguments');
    const { name, arguments: args } = params as { name?: unknown; arguments?: unknown };
    if (typeof name !== 'string') return invalid('params.name must be the name of a tool (a string)');
    const schema = byName.get(name);
    if (!schema) return invalid(`no tool named "${echo(name)}"`, { tools: [...byName.keys()] });
    if (args !== undefined && (typeof args !== 'object' || args === null || Array.isArray(args))) return invalid('params.arguments must be an object');
    const result = schema.safeParse(args ?? {});
    if (result.success) return undefined;
    const issues = result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: echo(i.message) }));
    return invalid(`arguments of ${name}: ${issues.map((i) => `${i.path || '(arguments)'}: ${i.message}`).join('; ')}`, { issues });
  };
}
