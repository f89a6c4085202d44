// Text in, validated requirements out, or every problem at once with file, line, column, field
// path, what was expected and a suggestion. YAML is a superset of JSON, so one parser reads both.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { didYouMean, UserError, type UserProblem } from '../../model/errors.js';
import { guardInput } from '../../model/input-guard.js';
import { yamlValue } from '../../model/yaml-value.js';

export interface Located {
  line?: number;
  column?: number;
}

/** Renders a zod path as flows[0].throughput.peak_per_second. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

function nodeAt(doc: Document, path: ReadonlyArray<PropertyKey>): Node | undefined {
  const node = doc.getIn(path as unknown[], true);
  return node && typeof node === 'object' && 'range' in node ? (node as Node) : undefined;
}

/** Position of the key `key` inside the map at `path`, for unknown-key messages. */
function keyNodeAt(doc: Document, path: ReadonlyArray<PropertyKey>, key: string): Node | undefined {
  const parent = path.length ? doc.getIn(path as unknown[], true) : doc.contents;
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
  return (pair?.key as Node | undefined) ?? undefined;
}

function locate(counter: LineCounter, node: Node | undefined): Located {
  if (!node?.range) return {};
  const { line, col } = counter.linePos(node.range[0]);
  return { line, column: col };
}

/** Keys the schema accepts at `path`, read from the zod object shapes. */
function knownKeys(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  let s: unknown = schema;
  for (const k of path) {
    s = unwrap(s);
    const def = (s as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } }).def;
    if (def?.type === 'object' && typeof k === 'string') s = def.shape?.[k];
    else if (def?.type === 'array') s = def.element;
    else return [];
  }
  s = unwrap(s);
  const def = (s as { def?: { type?: string; shape?: Record<string, unknown> } }).def;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function unwrap(s: unknown): unknown {
  let cur = s as { def?: { type?: string; innerType?: unknown; in?: unknown } } | undefined;
  while (cur?.def && ['optional', 'nullable', 'default', 'pipe'].includes(cur.def.type ?? '')) {
    cur = (cur.def.type === 'pipe' ? cur.def.in : cur.def.innerType) as typeof cur;
  }
  return cur;
}

function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur = root;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[k];
  }
  return cur;
}

/**
 * A version is text: YAML reads an unquoted `kafka_version: 3.10` as the number 3.1, which is
 * another Kafka release. Every `*version` field takes the characters as written instead.
 */
function versionsAsWritten(doc: Document): void {
  visit(doc, {
    Pair: (_key, pair) => {
      if (
        isScalar(pair.key) &&
        typeof pair.key.value === 'string' &&
        /version$/.test(pair.key.value) &&
        isScalar(pair.value) &&
        typeof pair.value.value === 'number' &&
        typeof pair.value.source === 'string'
      ) {
        pair.value.value = pair.value.source;
      }
    },
  });
}

/**
 * Parses YAML or JSON text and validates it against `schema`. Throws one UserError listing
 * every problem; never returns partially valid data.
 */
export function parseWithSchema<S extends z.ZodType>(text: string, file: string, schema: S): z.output<S> {
  guardInput(text, file, 'yaml');
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new UserError(
      doc.errors.map((e) => {
        const { line, col } = counter.linePos(e.pos[0]);
        return {
          file,
          line,
          column: col,
          message: `not valid YAML or JSON: ${e.message.split('\n')[0]}`,
          suggestion: e.code === 'DUPLICATE_KEY' ? 'remove one of the two entries' : 'check indentation and quoting around this position',
        };
      }),
    );
  }
  versionsAsWritten(doc);
  const data: unknown = yamlValue(doc, counter, file);
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data) || !(isMap(doc.contents) || isSeq(doc.contents) || doc.contents === null)) {
    throw new UserError({ file, line: 1, column: 1, message: 'expected a mapping of fields (name, cluster, flows, ...)', found: describeFound(data) });
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;

  const problems: UserProblem[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path;
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, path);
      for (const key of issue.keys) {
        const suggestions = didYouMean(key, known);
        problems.push({
          file,
          ...locate(counter, keyNodeAt(doc, path, key)),
          field: fieldPath([...path, key]),
          message: `unknown field "${key}"`,
          expected: known.length ? `one of: ${known.join(', ')}` : undefined,
          suggestion: suggestions.length ? `did you mean "${suggestions[0]}"?` : 'remove it, or check the contract in the README',
        });
      }
      continue;
    }
    const found = valueAt(data, path);
    const expected = issue.code === 'invalid_value' && 'values' in issue ? `one of: ${(issue.values as unknown[]).map((v) => String(v)).join(', ')}` : undefined;
    const suggestion = issue.code === 'invalid_value' && 'values' in issue && typeof found === 'string' ? didYouMean(found, (issue.values as unknown[]).map(String))[0] : undefined;
    problems.push({
      file,
      ...locate(counter, nodeAt(doc, path) ?? (path.length ? nodeAt(doc, path.slice(0, -1)) : undefined)),
      field: fieldPath(path),
      message: found === undefined ? `missing required field: ${issue.message}` : issue.message,
      expected,
      found: found === undefined ? undefined : describeFound(found),
      suggestion: suggestion ? `did you mean "${suggestion}"?` : undefined,
    });
  }
  throw new UserError(problems);
}
