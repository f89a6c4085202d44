// A Java .properties reader for consumer configs: key=value, key:value or "key value", # and !
// comments, backslash line continuations. Keeps the line of every entry so messages can point at it.
import { UserError } from '../../model/errors.js';

export interface PropertyEntry {
  key: string;
  value: string;
  line: number;
}

export function parseProperties(text: string, file?: string): PropertyEntry[] {
  const entries: PropertyEntry[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const startLine = i + 1;
    let logical = lines[i]!.replace(/^\s+/, '');
    if (logical === '' || logical.startsWith('#') || logical.startsWith('!')) continue;
    while (/(^|[^\\])(\\\\)*\\$/.test(logical) && i + 1 < lines.length) {
      logical = logical.slice(0, -1) + lines[++i]!.replace(/^\s+/, '');
    }
    const m = /^((?:\\.|[^=:\s\\])+)\s*(?:[=:]\s*|\s+|$)(.*)$/.exec(logical);
    if (!m || m[1] === undefined) {
      throw new UserError({ file, line: startLine, message: 'not a property line', expected: 'key=value', found: logical });
    }
    const key = m[1].replace(/\\(.)/g, '$1');
    entries.push({ key, value: (m[2] ?? '').trim(), line: startLine });
  }
  return entries;
}
