import { it } from 'vitest';
import { z } from 'zod';
import { TOOLS } from '../src/mcp/tools/index.js';
type S = { type?: string | string[]; maximum?: number; exclusiveMaximum?: number; properties?: Record<string, S>; items?: S; anyOf?: S[] };
function walk(s: S, at: string, out: string[]) {
  const types = Array.isArray(s.type) ? s.type : [s.type];
  if ((types.includes('number') || types.includes('integer')) && s.maximum === undefined && s.exclusiveMaximum === undefined) out.push(at);
  for (const [n, p] of Object.entries(s.properties ?? {})) walk(p, at ? `${at}.${n}` : n, out);
  if (s.items) walk(s.items, `${at}[]`, out);
  for (const b of s.anyOf ?? []) walk(b, at, out);
}
it('x', () => { for (const t of TOOLS) { const out: string[] = []; walk(z.toJSONSchema(t.input, { io: 'input' }) as S, '', out); if (out.length) console.log(t.name, out.join(' ')); } });
