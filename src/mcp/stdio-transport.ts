// The MCP stdio transport: newline-delimited JSON-RPC on stdin/stdout, hardened. The SDK's own
// transport closes the connection when a frame passes its buffer limit (the server then exits
// silently), answers nothing to a line that is not JSON or not JSON-RPC, and never notices the
// end of stdin (Node then exits 13 on the pending wait). Here every bad frame gets the JSON-RPC
// error the spec names and the server reads on; an oversized frame is skipped without being kept
// in memory; the end of stdin closes the server once the requests already read are answered.
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { JSONRPCMessageSchema, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

/** JSON-RPC 2.0 error codes (https://www.jsonrpc.org/specification#error_object). */
export const JSONRPC = { parseError: -32700, invalidRequest: -32600, methodNotFound: -32601, invalidParams: -32602 } as const;

type Id = string | number | null;

export interface ErrorReply {
  code: number;
  message: string;
  data?: unknown;
}

/** A check on a well-formed request before the server sees it: an error to answer instead, or undefined. */
export type RequestCheck = (message: { method: string; params?: unknown }) => ErrorReply | undefined;

export interface StdioOptions {
  /** Longest frame accepted, in bytes; longer ones are skipped and answered with an error. */
  maxFrameBytes: number;
  check?: RequestCheck;
}

export class HardenedStdioTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  private parts: Buffer[] = [];
  private size = 0;
  /** The first bytes of a frame being skipped for its size (to find its id), or undefined. */
  private skipping: Buffer | undefined;
  private readonly pending = new Set<Id>();
  private ended = false;
  private closed = false;

  constructor(
    private readonly options: StdioOptions,
    private readonly input: NodeJS.ReadableStream = process.stdin,
    private readonly output: NodeJS.WritableStream = process.stdout,
  ) {}

  async start(): Promise<void> {
    this.input.on('data', this.onData);
    this.input.on('end', this.onEnd);
    this.input.on('error', this.onInputError);
  }

  async send(message: JSONRPCMessage): Promise<void> {
    if ('id' in message && ('result' in message || 'error' in message)) this.pending.delete(message.id as Id);
    await this.write(message);
    if (this.ended && this.pending.size === 0) await this.close();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.input.off('data', this.onData);
    this.input.off('end', this.onEnd);
    this.input.off('error', this.onInputError);
    this.parts = [];
    this.onclose?.();
  }

  private write(message: unknown): Promise<void> {
    return new Promise((done) => {
      if (this.output.write(JSON.stringify(message) + '\n')) done();
      else this.output.once('drain', done);
    });
  }

  private readonly onInputError = (e: Error): void => {
    this.onerror?.(e);
  };

  private readonly onEnd = (): void => {
    this.ended = true;
    // A last frame without its newline is still a frame.
    if (this.size > 0 || this.skipping) this.endFrame();
    if (this.pending.size === 0) void this.close();
  };

  private readonly onData = (chunk: Buffer | string): void => {
    let data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (;;) {
      const nl = data.indexOf(10);
      const piece = nl < 0 ? data : data.subarray(0, nl);
      this.take(piece);
      if (nl < 0) return;
      this.endFrame();
      data = data.subarray(nl + 1);
    }
  };

  private take(piece: Buffer): void {
    if (piece.length === 0) return;
    if (this.skipping) return;
    if (this.size + piece.length > this.options.maxFrameBytes) {
      this.skipping = Buffer.concat([...this.parts, piece]).subarray(0, 4096);
      this.parts = [];
      this.size = 0;
      return;
    }
    this.parts.push(piece);
    this.size += piece.length;
  }

  private endFrame(): void {
    if (this.skipping) {
      const id = leadingId(this.skipping.toString('utf8'));
      this.skipping = undefined;
      this.reply(id, { code: JSONRPC.invalidRequest, message: `request too large: over the ${this.options.maxFrameBytes} byte limit of one message; skipped` });
      return;
    }
    const line = Buffer.concat(this.parts, this.size).toString('utf8').replace(/\r$/, '');
    this.parts = [];
    this.size = 0;
    if (line.trim() === '') return;
    this.dispatch(line);
  }

  private dispatch(line: string): void {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      this.reply(null, { code: JSONRPC.parseError, message: `parse error: not JSON (${(e as Error).message.slice(0, 200)})` });
      return;
    }
    const id = idOf(value);
    if (Array.isArray(value)) {
      this.reply(null, { code: JSONRPC.invalidRequest, message: 'invalid request: batches are not part of MCP; send one message per line' });
      return;
    }
    const parsed = JSONRPCMessageSchema.safeParse(value);
    if (!parsed.success) {
      // A malformed notification or response gets no answer (JSON-RPC answers requests only).
      const obj = typeof value === 'object' && value !== null ? value : undefined;
      const unanswerable = obj !== undefined && (('method' in obj && !('id' in obj)) || (!('method' in obj) && ('result' in obj || 'error' in obj)));
      if (!unanswerable)
        this.reply(id ?? null, { code: JSONRPC.invalidRequest, message: 'invalid request: not a JSON-RPC 2.0 message (jsonrpc "2.0", a string method, an id that is a string or number)' });
      return;
    }
    const message = parsed.data;
    if ('method' in message && 'id' in message) {
      const problem = this.options.check?.(message);
      if (problem) {
        this.reply(message.id, problem);
        return;
      }
      this.pending.add(message.id);
    }
    this.onmessage?.(message);
  }

  private reply(id: Id, error: ErrorReply): void {
    void this.write({ jsonrpc: '2.0', id, error });
  }
}

function idOf(value: unknown): Id | undefined {
  if (typeof value !== 'object' || value === null || !('id' in value)) return undefined;
  const id = (value as { id: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? id : undefined;
}

/** The id of a frame too big to parse, when it comes before the params (as clients write it). */
function leadingId(head: string): Id {
  const m = /^\s*\{(?:\s*"(?:jsonrpc|method)"\s*:\s*"[^"\\]{0,200}"\s*,)*\s*"id"\s*:\s*(-?\d{1,16}|"(?:[^"\\]|\\.){0,200}")/.exec(head);
  if (!m) return null;
  return m[1]!.startsWith('"') ? (JSON.parse(m[1]!) as string) : Number(m[1]);
}
