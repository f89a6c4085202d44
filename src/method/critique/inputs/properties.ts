// Java .properties text -> key/value pairs with their line numbers. Follows java.util.Properties:
// '#' and '!' comments, '=', ':' or whitespace between key and value, '\' continues a line.

export interface RawEntry {
  key: string;
  value: string;
  line: number;
}

function unescape(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, c: string) => {
    if (c.length === 5) return String.fromCharCode(parseInt(c.slice(1), 16));
    return ({ t: '\t', n: '\n', r: '\r', f: '\f' } as Record<string, string>)[c] ?? c;
  });
}

/** Index of the first unescaped separator ('=', ':' or whitespace) that ends the key. */
function keyEnd(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '=' || c === ':' || c === ' ' || c === '\t' || c === '\f') return i;
  }
  return line.length;
}

export function parseProperties(text: string): RawEntry[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: RawEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1;
    let logical = lines[i]!.replace(/^[ \t\f]+/, '');
    if (logical === '' || logical.startsWith('#') || logical.startsWith('!')) continue;
    // An odd number of trailing backslashes joins the next line.
    while (/(^|[^\\])(\\\\)*\\$/.test(logical) && i + 1 < lines.length) {
      logical = logical.slice(0, -1) + lines[++i]!.replace(/^[ \t\f]+/, '');
    }
    const end = keyEnd(logical);
    const key = unescape(logical.slice(0, end));
    let rest = logical.slice(end).replace(/^[ \t\f]*/, '');
    if (rest.startsWith('=') || rest.startsWith(':')) rest = rest.slice(1).replace(/^[ \t\f]*/, '');
    out.push({ key, value: unescape(rest).trimEnd(), line: start });
  }
  return out;
}
