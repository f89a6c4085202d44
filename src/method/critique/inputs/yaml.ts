// YAML/JSON documents with line numbers, shared by the dict, kafkajs and Strimzi readers.
import { isMap, isScalar, LineCounter, parseAllDocuments, type Node, type YAMLMap } from 'yaml';
import { UserError } from '../../../model/errors.js';

export interface YamlSource {
  docs: unknown[];
  /** The top-level node of each document, for locating keys. */
  nodes: Array<Node | null>;
  lineOf(node: Node | null | undefined): number | undefined;
}

export function readYaml(text: string, file: string): YamlSource {
  const counter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter: counter, prettyErrors: false });
  const list = Array.isArray(parsed) ? parsed : [parsed];
  const problems = list.flatMap((d) => d.errors);
  if (problems.length > 0) {
    throw new UserError(problems.map((e) => ({
      file,
      line: e.linePos?.[0]?.line,
      column: e.linePos?.[0]?.col,
      message: `not valid YAML or JSON: ${e.message.split('\n')[0]}`,
      suggestion: 'check indentation and quoting around this position',
    })));
  }
  const docs = list.filter((d) => d.contents !== null);
  return {
    docs: docs.map((d) => d.toJS() as unknown),
    nodes: docs.map((d) => d.contents as Node | null),
    lineOf: (node) => (node?.range ? counter.linePos(node.range[0]).line : undefined),
  };
}

/** The child node at `path` of a mapping node. */
export function nodeAt(node: Node | null | undefined, path: readonly string[]): Node | undefined {
  let cur: unknown = node;
  for (const key of path) {
    if (!isMap(cur)) return undefined;
    cur = (cur as YAMLMap).get(key, true);
  }
  return (cur ?? undefined) as Node | undefined;
}

/** The key nodes of a mapping, by key text, for pointing at the line a setting is written on. */
export function keyNodes(node: Node | null | undefined): Map<string, Node> {
  const out = new Map<string, Node>();
  if (!isMap(node)) return out;
  for (const pair of node.items) {
    if (isScalar(pair.key)) out.set(String(pair.key.value), pair.key);
  }
  return out;
}

/** A YAML/JSON scalar as the string a .properties file would hold. */
export function scalarText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(scalarText).join(',');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
