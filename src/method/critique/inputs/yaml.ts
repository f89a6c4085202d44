// YAML/JSON documents with the line of any key, shared by the dict, kafkajs and Strimzi readers.
// JSON text takes a fast path (JSON.parse and a key scan): it is most of what dict configs are.
// Block YAML as config files write it takes another (yaml-block.ts); the yaml package reads the rest.
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { UserError } from '../../../model/errors.js';
import { guardInput } from '../../../model/input-guard.js';
import { yamlValue } from '../../../model/yaml-value.js';
import { readBlockYaml } from './yaml-block.js';

/** Where a key sits: a document index and the path of keys down to it. */
export type KeyLine = (doc: number, path: readonly string[]) => number | undefined;

export interface YamlSource {
  docs: unknown[];
  keyLine: KeyLine;
}

export function readYaml(text: string, file: string): YamlSource {
  guardInput(text, file, 'yaml');
  if (text.trimStart().startsWith('{')) {
    try {
      return { docs: [JSON.parse(text) as unknown], keyLine: (_doc, path) => jsonKeyLine(text, path) };
    } catch {
      // Not strict JSON (comments, trailing commas): YAML reads it, or says where it breaks.
    }
  }
  return readBlockYaml(text) ?? readYamlWithPackage(text, file);
}

/** Any YAML, through the yaml package (the reference the block reader is held to). */
export function readYamlWithPackage(text: string, file: string): YamlSource {
  const counter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter: counter, prettyErrors: false });
  const list = Array.isArray(parsed) ? parsed : [parsed];
  const problems = list.flatMap((d) => d.errors);
  if (problems.length > 0) {
    throw new UserError(
      problems.map((e) => ({
        file,
        line: e.linePos?.[0]?.line,
        column: e.linePos?.[0]?.col,
        message: `not valid YAML or JSON: ${e.message.split('\n')[0]}`,
        suggestion: 'check indentation and quoting around this position',
      })),
    );
  }
  const docs = list.filter((d) => d.contents !== null);
  return {
    docs: docs.map((d) => yamlValue(d, counter, file)),
    keyLine: (doc, path) => {
      const key = keyNode(nodeAt(docs[doc]?.contents as Node | undefined, path.slice(0, -1)), path.at(-1)!);
      return key?.range ? counter.linePos(key.range[0]).line : undefined;
    },
  };
}

/** The line of `"a": ... "b":` in JSON text, following the path from the top. */
function jsonKeyLine(text: string, path: readonly string[]): number | undefined {
  let pos = 0;
  for (const key of path) {
    const re = new RegExp(`${JSON.stringify(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`, 'g');
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) return undefined;
    pos = m.index;
  }
  let line = 1;
  for (let i = 0; i < pos; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function nodeAt(node: Node | null | undefined, path: readonly string[]): Node | undefined {
  let cur: unknown = node;
  for (const key of path) {
    // A list item is addressed by its index ("0", "1", ...).
    if (isSeq(cur) && /^\d+$/.test(key)) cur = (cur as YAMLSeq).get(Number(key), true);
    else if (isMap(cur)) cur = (cur as YAMLMap).get(key, true);
    else return undefined;
  }
  return (cur ?? undefined) as Node | undefined;
}

function keyNode(map: Node | undefined, key: string): Node | undefined {
  if (!isMap(map)) return undefined;
  const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  return pair?.key as Node | undefined;
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
