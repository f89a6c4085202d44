// Renders a schema as Avro IDL (.avdl), the form people review more easily than JSON. Named
// types come before their first use; logical types are written as annotations, which every IDL
// version reads. https://avro.apache.org/docs/1.12.0/idl-language/
import { toValue } from './json.js';
import type { AvroField, AvroSchema, NamedSchema } from './parse.js';

const KEYWORDS = new Set([
  'array',
  'boolean',
  'bytes',
  'date',
  'decimal',
  'double',
  'enum',
  'error',
  'false',
  'fixed',
  'float',
  'idl',
  'import',
  'int',
  'local_timestamp_ms',
  'long',
  'map',
  'namespace',
  'null',
  'oneway',
  'protocol',
  'record',
  'schema',
  'string',
  'throws',
  'time_ms',
  'timestamp_ms',
  'true',
  'union',
  'uuid',
  'void',
]);

function identifier(name: string): string {
  return KEYWORDS.has(name) ? `\`${name}\`` : name;
}

function docComment(doc: string | undefined, indent: string): string {
  return doc ? `${indent}/** ${doc.replace(/\*\//g, '* /')} */\n` : '';
}

/** Named types reachable from `root`, each once, every type after the ones it uses. */
function namedInOrder(root: AvroSchema): NamedSchema[] {
  const out: NamedSchema[] = [];
  const seen = new Set<AvroSchema>();
  const visit = (s: AvroSchema): void => {
    if (seen.has(s)) return;
    seen.add(s);
    if (s.type === 'record') s.fields.forEach((f) => visit(f.type));
    else if (s.type === 'array') visit(s.items);
    else if (s.type === 'map') visit(s.values);
    else if (s.type === 'union') s.branches.forEach(visit);
    if (s.type === 'record' || s.type === 'enum' || s.type === 'fixed') out.push(s);
  };
  visit(root);
  return out;
}

function annotations(schema: AvroSchema): string {
  if (!('logicalType' in schema) || !schema.logicalType || schema.node.kind !== 'object') return '';
  const parts = [`@logicalType(${JSON.stringify(schema.logicalType)})`];
  for (const key of ['precision', 'scale']) {
    const v = schema.node.members.get(key);
    if (v) parts.push(`@${key}(${JSON.stringify(toValue(v))})`);
  }
  return `${parts.join(' ')} `;
}

function typeRef(schema: AvroSchema, namespace: string | undefined): string {
  switch (schema.type) {
    case 'record':
    case 'enum':
    case 'fixed':
      return schema.namespace === namespace ? identifier(schema.name) : schema.fullName;
    case 'array':
      return `${annotations(schema)}array<${typeRef(schema.items, namespace)}>`;
    case 'map':
      return `${annotations(schema)}map<${typeRef(schema.values, namespace)}>`;
    case 'union':
      return `union { ${schema.branches.map((b) => typeRef(b, namespace)).join(', ')} }`;
    default:
      return `${annotations(schema)}${schema.type}`;
  }
}

function field(f: AvroField, namespace: string | undefined): string {
  const aliases = f.aliases.length ? `@aliases(${JSON.stringify(f.aliases)}) ` : '';
  const order = f.order !== 'ascending' ? `@order(${JSON.stringify(f.order)}) ` : '';
  const defaultValue = f.default !== undefined ? ` = ${JSON.stringify(toValue(f.default))}` : '';
  return `${docComment(f.doc, '    ')}    ${typeRef(f.type, namespace)} ${order}${aliases}${identifier(f.name)}${defaultValue};\n`;
}

function declaration(schema: NamedSchema, namespace: string | undefined): string {
  const own = schema.namespace !== namespace ? `@namespace(${JSON.stringify(schema.namespace ?? '')}) ` : '';
  const aliases = schema.aliases.length ? `@aliases(${JSON.stringify(schema.aliases.map((a) => a.replace(/^\./, '')))}) ` : '';
  const head = `${docComment(schema.doc, '  ')}  ${own}${aliases}`;
  const ns = schema.namespace;
  switch (schema.type) {
    case 'enum':
      return `${head}enum ${identifier(schema.name)} {\n    ${schema.symbols.join(', ')}\n  }${schema.default !== undefined ? ` = ${schema.default}` : ''};\n`;
    case 'fixed':
      return `${head}${annotations(schema)}fixed ${identifier(schema.name)}(${schema.size});\n`;
    case 'record':
      return `${head}${schema.isError ? 'error' : 'record'} ${identifier(schema.name)} {\n${schema.fields.map((f) => field(f, ns)).join('')}  }\n`;
  }
}

/** The schema as an IDL protocol named after the top-level type (or "Schemas" for other roots). */
export function renderIdl(root: AvroSchema): string {
  const namespace = 'namespace' in root ? root.namespace : undefined;
  const name = 'name' in root ? `${root.name}Protocol` : 'Schemas';
  const body = namedInOrder(root)
    .map((s) => declaration(s, namespace))
    .join('\n');
  return `${namespace ? `@namespace(${JSON.stringify(namespace)})\n` : ''}protocol ${name} {\n${body}}\n`;
}
