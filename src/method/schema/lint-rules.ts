// The schema lint rules, one module each in the rule kernel's shape (meta with its messages, and a
// check that returns the places it applies to). New rules go here, beside the others; lint.ts
// builds what they see and runs them.
import { AVRO_DOCS, LOGICAL_TYPES } from '../../knowledge/avro.js';
import { type Hit, type MessageData, registry } from '../rules.js';
import type { JsonNode } from './json.js';
import type { LintContext, LintHitExtra, LintRule } from './lint.js';
import { defaultFits, type AvroField, type AvroSchema } from './parse.js';

const ASCII_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const TIME_NAME = /(^|_)(at|time|timestamp|ts)$|At$|Time$|Timestamp$/;

function nullBranch(schema: AvroSchema): number {
  return schema.type === 'union' ? schema.branches.findIndex((b) => b.type === 'null') : -1;
}

/** `"default": "null"` on a nullable field: null was meant. */
function isNullAsString(field: AvroField): boolean {
  return field.default?.kind === 'string' && field.default.value === 'null' && nullBranch(field.type) >= 0;
}

function member(node: JsonNode, key: string): JsonNode | undefined {
  return node.kind === 'object' ? node.members.get(key) : undefined;
}

function hit(node: JsonNode, at: string, messageId: string, data?: MessageData): Hit & LintHitExtra {
  return { node, at, messageId, ...(data ? { data } : {}) };
}

/** The fields `test` picks, each a hit at the field naming it and its record ({{name}}, {{fullName}}). */
function fieldsWhere(fields: LintContext['fields'], test: (field: AvroField) => boolean, messageId: string): Array<Hit & LintHitExtra> {
  return fields.filter(({ field }) => test(field)).map(({ record, field }) => hit(field.node, field.at, messageId, { name: field.name, fullName: record.fullName }));
}

/** A hit at a field's default (which `test` picked it for), naming the field and its union's first branch ({{name}}, {{describeBranch}}). */
function defaultsWhere(fields: LintContext['fields'], test: (field: AvroField) => boolean, messageId: string): Array<Hit & LintHitExtra> {
  return fields.filter(({ field }) => test(field)).map(({ field }) => hit(field.default!, `${field.at}/default`, messageId, { name: field.name, describeBranch: describeBranch(field.type, 0) }));
}

export const SCHEMA_LINT_REGISTRY = registry<LintRule>([
  {
    meta: {
      id: 'avro/field-without-default',
      severity: 'info',
      summary: 'a field without a default is required forever',
      why: 'A reader field with no default cannot be filled from data that lacks it: removing the field later breaks FORWARD compatibility, and a field added without a default breaks BACKWARD. Fine for facts every event has (ids, timestamps); risky for anything that may become optional.',
      refs: [AVRO_DOCS.resolution, AVRO_DOCS.confluentEvolution],
      fix: 'if the field may ever be absent, make it optional: "type": ["null", T], "default": null',
      messages: {
        fieldOfHasNo: 'field "{{name}}" of {{fullName}} has no default',
      },
    },
    check: ({ fields }) => fieldsWhere(fields, (field) => field.default === undefined && nullBranch(field.type) < 0, 'fieldOfHasNo'),
  },
  {
    meta: {
      id: 'avro/optional-without-default',
      severity: 'warning',
      summary: 'a nullable field without "default": null',
      why: 'The field can hold null but has no default, so it is still required when resolving schemas: a reader that adds it cannot read older data, and it cannot be dropped under FORWARD compatibility.',
      refs: [AVRO_DOCS.resolution, AVRO_DOCS.unions],
      fix: 'put "null" first in the union and add "default": null',
      messages: {
        fieldOfIsNullable: 'field "{{name}}" of {{fullName}} is nullable but has no default',
      },
    },
    check: ({ fields }) => fieldsWhere(fields, (field) => field.default === undefined && nullBranch(field.type) >= 0, 'fieldOfIsNullable'),
  },
  {
    meta: {
      id: 'avro/enum-without-default',
      severity: 'warning',
      summary: 'an enum without a default symbol',
      why: 'A consumer that reads a symbol it does not know fails to decode the whole event. With an enum "default", old readers map new symbols to it, so adding a symbol stays FORWARD compatible.',
      refs: [AVRO_DOCS.enums, AVRO_DOCS.resolution],
      fix: 'add a catch-all symbol such as UNKNOWN and set the enum\'s "default" to it',
      messages: {
        enumHasNoDefault: 'enum {{fullName}} has no "default"',
      },
    },
    check: ({ named }) => named.filter((n) => n.type === 'enum' && n.default === undefined).map((n) => hit(n.node, n.at, 'enumHasNoDefault', { fullName: n.fullName })),
  },
  {
    meta: {
      id: 'avro/null-default-not-first',
      severity: 'error',
      summary: '"default": null on a union whose first branch is not null',
      why: "The specification says a union's default must belong to its first branch. Avro Java accepts any branch, but other implementations (avsc, the Python and C libraries) reject the schema, and code generators may pick the wrong default.",
      refs: [AVRO_DOCS.unions],
      fix: 'move "null" to the front of the union: ["null", T]',
      messages: {
        fieldDefaultsToNull: 'field "{{name}}" defaults to null but its union starts with {{describeBranch}}',
      },
    },
    check: ({ fields }) => defaultsWhere(fields, (field) => field.type.type === 'union' && field.default?.kind === 'null' && nullBranch(field.type) > 0, 'fieldDefaultsToNull'),
  },
  {
    meta: {
      id: 'avro/default-not-first-branch',
      severity: 'error',
      summary: 'a union default that does not fit the first branch',
      why: "The specification requires a union field's default to be a value of the first branch. Avro Java tolerates other branches; other Avro libraries refuse the schema.",
      refs: [AVRO_DOCS.unions],
      fix: "reorder the union so the default's type comes first, or change the default to a value of the first branch",
      messages: {
        theDefaultOfField: 'the default of field "{{name}}" is not a {{describeBranch}}',
      },
    },
    check: ({ fields }) =>
      defaultsWhere(
        fields,
        (field) =>
          field.type.type === 'union' &&
          field.default !== undefined &&
          field.default.kind !== 'null' &&
          field.type.branches.length > 0 &&
          !defaultFits(field.type.branches[0]!, field.default) &&
          !isNullAsString(field),
        'theDefaultOfField',
      ),
  },
  {
    meta: {
      id: 'avro/null-default-as-string',
      severity: 'error',
      summary: '"default": "null" (a string) where null was meant',
      why: 'The quoted word "null" is the four-letter string, not the null value: readers filling the field get the text "null".',
      refs: [AVRO_DOCS.unions],
      fix: 'write "default": null without quotes, with "null" first in the union',
      messages: {
        fieldHasTheString: 'field "{{name}}" has the string "null" as default',
      },
    },
    check: ({ fields }) => fields.filter(({ field }) => isNullAsString(field)).map(({ field }) => hit(field.default!, `${field.at}/default`, 'fieldHasTheString', { name: field.name })),
  },
  {
    meta: {
      id: 'avro/missing-namespace',
      severity: 'warning',
      summary: 'the top-level type has no namespace',
      why: 'Generated classes land in the default package, and two teams\' "OrderCreated" collide in a registry or a union. The namespace is part of the full name, so adding it later is a rename.',
      refs: [AVRO_DOCS.names],
      fix: 'add "namespace": "com.yourcompany.domain" to the top-level type',
      messages: {
        hasNoNamespace: '{{type}} {{name}} has no namespace',
      },
    },
    check: ({ root }) => ('fullName' in root && root.namespace === undefined ? [hit(root.node, root.at, 'hasNoNamespace', { type: root.type, name: root.name })] : []),
  },
  {
    meta: {
      id: 'avro/missing-doc',
      severity: 'info',
      summary: 'a type or field without "doc"',
      why: "The schema is the contract between teams that never meet; a field's meaning, unit and allowed values belong next to it, and the registry shows it to every consumer.",
      refs: [AVRO_DOCS.records],
      fix: 'add "doc": "what it means, its unit, when it is null"',
      messages: {
        hasNoDoc: '{{type}} {{fullName}} has no doc',
        fieldOfHasNo: 'field "{{name}}" of {{fullName}} has no doc',
      },
    },
    check: ({ named, fields }) => [
      ...named.filter((n) => !n.doc).map((n) => hit(n.node, n.at, 'hasNoDoc', { type: n.type, fullName: n.fullName })),
      ...fieldsWhere(fields, (field) => !field.doc, 'fieldOfHasNo'),
    ],
  },
  {
    meta: {
      id: 'avro/logical-type-on-field',
      severity: 'error',
      summary: '"logicalType" written on the field instead of inside its type',
      why: 'Avro reads logicalType only from a type object; on a field it is an ignored attribute, so the value is a plain long or int and tools show raw numbers.',
      refs: [AVRO_DOCS.logicalTypes],
      fix: 'move it into the type: "type": {"type": "long", "logicalType": "timestamp-millis"}',
      messages: {
        fieldCarriesLogicalTypeOutside: 'field "{{name}}" carries logicalType outside its type',
      },
    },
    check: ({ fields }) =>
      fields
        .filter(({ field }) => member(field.node, 'logicalType') !== undefined && !('logicalType' in field.type && field.type.logicalType))
        .map(({ field }) => hit(member(field.node, 'logicalType')!, `${field.at}/logicalType`, 'fieldCarriesLogicalTypeOutside', { name: field.name })),
  },
  {
    meta: {
      id: 'avro/logical-type-unknown',
      severity: 'warning',
      summary: 'a logical type Avro does not define',
      why: 'Readers ignore logical types they do not know and fall back to the underlying type, so the annotation protects nothing (a typo such as "timestamp-milli" goes unnoticed).',
      refs: [AVRO_DOCS.logicalTypes],
      fix: `use one of: ${Object.keys(LOGICAL_TYPES).join(', ')}`,
      messages: {
        unknownLogicalType: 'unknown logical type "{{logicalType}}"',
      },
    },
    check: ({ schemas }) =>
      schemas
        .filter((s) => 'logicalType' in s && s.logicalType !== undefined && !(s.logicalType in LOGICAL_TYPES))
        .map((s) => hit(s.node, s.at, 'unknownLogicalType', { logicalType: (s as { logicalType: string }).logicalType })),
  },
  {
    meta: {
      id: 'avro/logical-type-wrong-base',
      severity: 'error',
      summary: 'a logical type on a type it cannot annotate',
      why: 'Avro silently ignores a logical type on the wrong underlying type (timestamp-millis on an int, date on a long, uuid on bytes), so consumers get raw numbers or bytes instead of the value you meant.',
      refs: [AVRO_DOCS.logicalTypes],
      fix: 'use the underlying type the specification names for it (e.g. long for timestamp-millis, int for date)',
      messages: {
        cannotAnnotateItNeeds: '{{logical}} cannot annotate {{type}}; it needs {{on}}',
        onAFixedNeeds: '{{logical}} on a fixed needs size {{fixedSize}}, found {{size}}',
      },
    },
    check: ({ schemas }) =>
      schemas.flatMap((s) => {
        const logical = 'logicalType' in s ? s.logicalType : undefined;
        const fact = logical === undefined ? undefined : LOGICAL_TYPES[logical];
        if (!fact || s.type === 'union') return [];
        if (!(fact.on as readonly string[]).includes(s.type)) {
          return [hit(s.node, s.at, 'cannotAnnotateItNeeds', { logical, type: s.type, on: fact.on.join(' or ') })];
        }
        if (s.type === 'fixed' && fact.fixedSize !== undefined && s.size !== fact.fixedSize) {
          return [hit(s.node, s.at, 'onAFixedNeeds', { logical, fixedSize: fact.fixedSize, size: s.size })];
        }
        return [];
      }),
  },
  {
    meta: {
      id: 'avro/decimal-invalid',
      severity: 'error',
      summary: 'a decimal without a valid precision and scale',
      why: 'A decimal needs a positive precision and 0 <= scale <= precision (and a fixed large enough for the precision); otherwise Avro drops the logical type and the value becomes opaque bytes.',
      refs: [AVRO_DOCS.decimal],
      fix: 'set e.g. "precision": 18, "scale": 2 inside the type',
      messages: {
        decimalHasNoPositive: 'decimal has no positive integer "precision"',
        decimalScaleIsNot: 'decimal scale {{detail}} is not between 0 and the precision {{p}}',
        aFixedOfBytes: 'a fixed of {{size}} bytes holds at most {{maxDigits}} digits, precision is {{p}}',
      },
    },
    check: ({ schemas }) =>
      schemas.flatMap((s) => {
        if (!('logicalType' in s) || s.logicalType !== 'decimal' || (s.type !== 'bytes' && s.type !== 'fixed')) return [];
        const precision = member(s.node, 'precision');
        const scale = member(s.node, 'scale');
        const p = precision?.kind === 'number' && precision.integral ? precision.value : NaN;
        const sc = scale === undefined ? 0 : scale.kind === 'number' && scale.integral ? scale.value : NaN;
        if (!(p > 0)) return [hit(s.node, s.at, 'decimalHasNoPositive')];
        if (!(sc >= 0 && sc <= p)) return [hit(s.node, s.at, 'decimalScaleIsNot', { detail: String(scale && 'value' in scale ? scale.value : scale?.kind), p })];
        if (s.type === 'fixed') {
          const maxDigits = Math.floor(Math.log10(2) * (8 * s.size - 1));
          if (p > maxDigits) return [hit(s.node, s.at, 'aFixedOfBytes', { size: s.size, maxDigits, p })];
        }
        return [];
      }),
  },
  {
    meta: {
      id: 'avro/name-not-portable',
      severity: 'warning',
      summary: 'a name with letters outside A-Z, a-z, 0-9 and "_"',
      why: 'Avro Java accepts any Unicode letter in names, but the specification allows only [A-Za-z_][A-Za-z0-9_]*, and other implementations and code generators reject the rest.',
      refs: [AVRO_DOCS.names],
      fix: 'rename with ASCII letters, digits and "_" only (add the old name to "aliases" if data exists)',
      messages: {
        inIsNotA: '"{{x}}" in {{fullName}} is not a portable Avro name',
        enumSymbolIsNot: 'enum symbol "{{x}}" is not a portable Avro name',
        fieldNameIsNot: 'field name "{{name}}" is not a portable Avro name',
      },
    },
    check: ({ named, fields }) => [
      ...named.flatMap((n) => [
        ...[n.name, ...(n.namespace?.split('.') ?? [])].filter((x) => !ASCII_NAME.test(x)).map((x) => hit(n.node, n.at, 'inIsNotA', { x, fullName: n.fullName })),
        ...(n.type === 'enum' ? n.symbols.filter((x) => !ASCII_NAME.test(x)).map((x) => hit(n.node, `${n.at}/symbols`, 'enumSymbolIsNot', { x })) : []),
      ]),
      ...fields.filter(({ field }) => !ASCII_NAME.test(field.name)).map(({ field }) => hit(field.node, field.at, 'fieldNameIsNot', { name: field.name })),
    ],
  },
  {
    meta: {
      id: 'avro/time-without-logical-type',
      severity: 'info',
      summary: 'a time-like long field without a timestamp logical type',
      why: 'A bare long leaves the unit (seconds? millis? micros?) to guesswork; timestamp-millis states it and lets tools and generated code use date types.',
      refs: [AVRO_DOCS.logicalTypes],
      fix: 'use {"type": "long", "logicalType": "timestamp-millis"} (or timestamp-micros)',
      messages: {
        fieldLooksLikeA: 'field "{{name}}" looks like a point in time but is a plain long',
      },
    },
    check: ({ fields }) => fieldsWhere(fields, looksLikeUntypedTime, 'fieldLooksLikeA'),
  },
]);

export const SCHEMA_LINT_RULES = SCHEMA_LINT_REGISTRY.all;

/** A long field named like a point in time (`created_at`, `updateTime`) with no logical type to say its unit. */
function looksLikeUntypedTime(field: AvroField): boolean {
  if (!TIME_NAME.test(field.name) || member(field.node, 'logicalType') !== undefined) return false;
  const base = field.type.type === 'union' ? field.type.branches.find((b) => b.type !== 'null') : field.type;
  return base?.type === 'long' && !base.logicalType;
}

function describeBranch(union: AvroSchema, i: number): string {
  const b = union.type === 'union' ? union.branches[i] : undefined;
  return b === undefined ? '' : 'fullName' in b ? b.fullName : b.type;
}
