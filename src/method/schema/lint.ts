// Evolution hazards in one Avro schema: the choices that make a later change painful or that
// other Avro implementations read differently. Each rule is in the rule kernel's shape (meta with
// its messages, and a check that returns the places it applies to).
// The rules themselves are in lint-rules.ts.
import type { Finding, Severity } from '../../model/design.js';
import { findingOf, type RuleModule } from '../rules.js';
import { lineIndex, type JsonNode } from './json.js';
import { SCHEMA_LINT_RULES } from './lint-rules.js';
import { parseSchema, showPointer, type AvroField, type AvroSchema, type NamedSchema, type RecordSchema } from './parse.js';

export { SCHEMA_LINT_REGISTRY, SCHEMA_LINT_RULES } from './lint-rules.js';

export interface SchemaFinding extends Finding {
  /** JSON pointer of what the finding is about, in the schema file. */
  location: string;
  column?: number;
  why: string;
}

/** What a schema rule's hit adds: the place it applies to. */
export interface LintHitExtra {
  at: string;
  node: JsonNode;
}

/** The schema as the rules see it: every schema occurrence, every named type once, every field. */
export interface LintContext {
  root: AvroSchema;
  schemas: AvroSchema[];
  named: NamedSchema[];
  fields: Array<{ record: RecordSchema; field: AvroField }>;
}

/** A schema lint rule: the rule kernel's shape (method/rules.ts) over one parsed schema. */
export type LintRule = RuleModule<LintContext, LintHitExtra>;

/** Every schema occurrence (named types once), every named type, every field. */
function lintContext(root: AvroSchema): LintContext {
  const context: LintContext = { root, schemas: [], named: [], fields: [] };
  const seen = new Set<AvroSchema>();
  const visit = (s: AvroSchema): void => {
    if (seen.has(s)) return;
    seen.add(s);
    context.schemas.push(s);
    switch (s.type) {
      case 'record':
        context.named.push(s);
        for (const field of s.fields) {
          context.fields.push({ record: s, field });
          visit(field.type);
        }
        break;
      case 'enum':
      case 'fixed':
        context.named.push(s);
        break;
      case 'array':
        visit(s.items);
        break;
      case 'map':
        visit(s.values);
        break;
      case 'union':
        s.branches.forEach(visit);
        break;
    }
  };
  visit(root);
  return context;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Runs every rule over a parsed schema; `text` and `file` add file, line and column to findings. */
export function lintParsedSchema(schema: AvroSchema, source: { text?: string; file?: string } = {}, rules: readonly LintRule[] = SCHEMA_LINT_RULES): SchemaFinding[] {
  const context = lintContext(schema);
  const findings: SchemaFinding[] = [];
  const positionOf = source.text !== undefined ? lineIndex(source.text) : undefined;
  for (const rule of rules) {
    for (const h of rule.check(context)) {
      const position = positionOf?.(h.node.start);
      // A schema finding always takes the rule's severity and fix.
      const { rule: id, severity, message, fix, refs } = findingOf(rule.meta, { messageId: h.messageId, ...(h.data ? { data: h.data } : {}) });
      findings.push({
        rule: id,
        severity,
        message,
        why: rule.meta.why,
        fix,
        refs,
        location: showPointer(h.at),
        ...(source.file !== undefined ? { file: source.file } : {}),
        ...(position ? { line: position.line, column: position.column } : {}),
      });
    }
  }
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** Parses .avsc text and lints it. A schema Avro would reject is a UserError, not a finding. */
export function lintSchema(text: string, file?: string): SchemaFinding[] {
  return lintParsedSchema(parseSchema(text, file), { text, file });
}
