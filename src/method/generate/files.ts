// The generator's output: a list of files, each with a path relative to the output directory,
// its contents and one line saying what it is for. Renderers build these; only the CLI writes them.

export interface GeneratedFile {
  path: string;
  contents: string;
  description: string;
}

/** Joins lines, dropping `null`/`undefined` entries so optional lines can be written inline. */
export function lines(...parts: Array<string | null | undefined | false | Array<string | null | undefined | false>>): string {
  return parts
    .flat()
    .filter((p): p is string => typeof p === 'string')
    .join('\n');
}

/** Indents every non-empty line of `text` by `spaces`. */
export function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((l) => (l.length ? pad + l : l))
    .join('\n');
}

/** A string literal valid in Python, TypeScript, Java and Go (JSON escaping is a common subset). */
export function quote(s: string): string {
  return JSON.stringify(s);
}

/** `"prefix" + variable + "suffix"`: string concatenation as Python, TypeScript, Java and Go write it. */
export function concat(prefix: string, variable: string, suffix: string): string {
  return [prefix ? quote(prefix) : null, variable, suffix ? quote(suffix) : null].filter(Boolean).join(' + ');
}

/** Collapses a rationale to one comment line: comments must never break the code around them. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\*\//g, '* /').trim();
}

function words(name: string): string[] {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

export const snakeCase = (name: string): string => words(name).join('_');
export const kebabCase = (name: string): string => words(name).join('-');
export const pascalCase = (name: string): string =>
  words(name)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
export const camelCase = (name: string): string => {
  const p = pascalCase(name);
  return p ? p[0]!.toLowerCase() + p.slice(1) : p;
};
