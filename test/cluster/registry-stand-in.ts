// A Schema Registry stand-in on 127.0.0.1 for tests: the REST endpoints producers and our readers
// use (register, schema by id, subjects, versions, config), kept in memory, every request logged.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Stored {
  id: number;
  schema: string;
  schemaType: string;
  references: unknown[];
}

export interface RegistryStandIn {
  url: string;
  /** "METHOD /path" of every request, in order. */
  requests: string[];
  /** Registers a schema under a subject as a producer would, returning its id. */
  register(subject: string, schema: string, schemaType?: string, references?: Array<{ name: string; subject: string; version: number }>): number;
  close(): Promise<void>;
}

export async function startRegistryStandIn(): Promise<RegistryStandIn> {
  const byId: Stored[] = [];
  const subjects = new Map<string, Stored[]>();
  const config = new Map<string, string>();
  const requests: string[] = [];

  const register = (subject: string, schema: string, schemaType = 'AVRO', references: unknown[] = []): number => {
    const same = byId.find((s) => s.schema === schema && s.schemaType === schemaType);
    const stored = same ?? { id: byId.length + 1, schema, schemaType, references };
    if (!same) byId.push(stored);
    const versions = subjects.get(subject) ?? [];
    if (!versions.includes(stored)) versions.push(stored);
    subjects.set(subject, versions);
    return stored.id;
  };

  const reply = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/vnd.schemaregistry.v1+json' });
    res.end(JSON.stringify(body));
  };
  const notFound = (res: ServerResponse, code: number, message: string) => reply(res, 404, { error_code: code, message });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let text = '';
    for await (const chunk of req) text += String(chunk);
    requests.push(`${req.method} ${req.url}`);
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    const get = req.method === 'GET';
    let m: RegExpExecArray | null;
    if (path === '/subjects' && get) return reply(res, 200, [...subjects.keys()]);
    if ((m = /^\/subjects\/([^/]+)\/versions$/.exec(path))) {
      if (req.method === 'POST') {
        const body = JSON.parse(text) as { schema: string; schemaType?: string; references?: unknown[] };
        return reply(res, 200, { id: register(m[1]!, body.schema, body.schemaType ?? 'AVRO', body.references ?? []) });
      }
      const versions = subjects.get(m[1]!);
      return versions
        ? reply(
            res,
            200,
            versions.map((_, i) => i + 1),
          )
        : notFound(res, 40401, `Subject '${m[1]}' not found.`);
    }
    if ((m = /^\/subjects\/([^/]+)\/versions\/(\d+|latest)$/.exec(path)) && get) {
      const versions = subjects.get(m[1]!);
      if (!versions) return notFound(res, 40401, `Subject '${m[1]}' not found.`);
      const n = m[2] === 'latest' ? versions.length : Number(m[2]);
      const v = versions[n - 1];
      if (!v) return notFound(res, 40402, `Version ${m[2]} not found.`);
      return reply(res, 200, {
        subject: m[1],
        version: n,
        id: v.id,
        schema: v.schema,
        ...(v.schemaType !== 'AVRO' ? { schemaType: v.schemaType } : {}),
        ...(v.references.length ? { references: v.references } : {}),
      });
    }
    if ((m = /^\/schemas\/ids\/(\d+)$/.exec(path)) && get) {
      const v = byId.find((s) => s.id === Number(m![1]));
      if (!v) return notFound(res, 40403, 'Schema not found');
      return reply(res, 200, { schema: v.schema, ...(v.schemaType !== 'AVRO' ? { schemaType: v.schemaType } : {}), ...(v.references.length ? { references: v.references } : {}) });
    }
    if ((m = /^\/config\/([^/]+)$/.exec(path))) {
      if (req.method === 'PUT') {
        const level = (JSON.parse(text) as { compatibility: string }).compatibility;
        config.set(m[1]!, level);
        return reply(res, 200, { compatibility: level });
      }
      const level = config.get(m[1]!);
      return level ? reply(res, 200, { compatibilityLevel: level }) : notFound(res, 40408, `Subject '${m[1]}' does not have subject-level compatibility configured`);
    }
    if (path === '/config' && get) return reply(res, 200, { compatibilityLevel: 'BACKWARD' });
    return notFound(res, 404, 'HTTP 404 Not Found');
  }

  const server = createServer((req, res) => void handle(req, res).catch(() => reply(res, 500, { error_code: 500, message: 'stand-in failed' })));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    register: (subject, schema, schemaType, references) => register(subject, schema, schemaType, references),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
