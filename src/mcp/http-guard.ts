// Who may talk to the Streamable HTTP door. A browser page on another site can reach a server
// on loopback through DNS rebinding unless Host and Origin are checked (the MCP transport spec
// requires it); beyond loopback every request must carry the operator's bearer token.
import { timingSafeEqual } from 'node:crypto';

export interface HttpPolicy {
  /** Host header values accepted: host:port forms of the bound address and loopback names. */
  hosts: ReadonlySet<string>;
  /** Origin header values accepted (a request without Origin is not from a browser page). */
  origins: ReadonlySet<string>;
  /** Bearer token every request must carry; null on loopback without one. */
  token: string | null;
}

export interface Refusal {
  status: 401 | 403;
  message: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** The policy for a server bound to host:port. */
export function httpPolicy(host: string, port: number, token: string | null): HttpPolicy {
  const names = isLoopback(host) ? ['127.0.0.1', 'localhost', '[::1]', ...(LOOPBACK.has(host) ? [] : [host])] : [host.includes(':') ? `[${host}]` : host];
  const hosts = new Set(names.map((n) => `${n}:${port}`));
  const origins = new Set(names.flatMap((n) => [`http://${n}:${port}`, `https://${n}:${port}`]));
  return { hosts, origins, token };
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** null when the request may go on; otherwise the status and the reason to answer with. */
export function refuseRequest(headers: { host?: string; origin?: string; authorization?: string }, policy: HttpPolicy): Refusal | null {
  if (!headers.host || !policy.hosts.has(headers.host.toLowerCase())) {
    return { status: 403, message: `Host "${headers.host ?? ''}" is not this server's address (DNS rebinding protection)` };
  }
  if (headers.origin !== undefined && !policy.origins.has(headers.origin.toLowerCase())) {
    return { status: 403, message: `Origin "${headers.origin}" may not call this server` };
  }
  if (policy.token !== null) {
    const m = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '');
    if (!m || !sameToken(m[1]!, policy.token)) return { status: 401, message: 'a valid bearer token is required (Authorization: Bearer <token>)' };
  }
  return null;
}
