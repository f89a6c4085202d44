// The conversations in examples/conversations: every round designed, compared with the round
// before (and with production when it is not production), and checked against what its
// conversation.yaml expects.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { designRound, type Round } from '../../../src/method/converge/round.js';
import type { DecisionChange } from '../../../src/method/converge/design-diff.js';
import { parseWithSchema } from '../../../src/method/deconstruct/parse.js';
import { draftFromWords } from '../../../src/method/intake/compose.js';
import type { Design } from '../../../src/model/design.js';
import { lintSchema } from '../../../src/method/schema/lint.js';
import { checkCompatibility, type CompatibilityMode } from '../../../src/method/schema/modes.js';
import { parseSchema, type AvroField, type AvroSchema } from '../../../src/method/schema/parse.js';
import { requirementsSchema, type Environment, type Requirements } from '../../../src/model/requirements.js';

const ROOT = fileURLToPath(new URL('../../../examples/conversations/', import.meta.url));

interface ChangeExpectation {
  subject: string;
  setting: string;
  before?: string | null;
  after?: string | null;
  cause?: string;
}
interface Expectations {
  patterns?: string[];
  absentPatterns?: string[];
  findings?: string[];
  absentFindings?: string[];
  topics?: Record<string, object>;
  producers?: Record<string, object>;
  consumers?: Record<string, object>;
  alternatives?: Array<{ decision: string; option: string; chosen: boolean }>;
  changes?: ChangeExpectation[];
  findingsAppeared?: string[];
  findingsGone?: string[];
  toProduction?: ChangeExpectation[];
}
interface SchemaExpectations {
  file: string;
  /** Top-level field names, in order. */
  fields: string[];
  /** Dotted paths of fields whose type is a record. */
  nested?: string[];
  /** Dotted paths of fields that are ["null", ...] with default null. */
  optional?: string[];
  /** Rules of the schema linter that report a warning or error (info is left out). */
  lintHazards?: string[];
  /** An earlier schema this one must be compatible with, as a registry at `mode` checks it. */
  compatibleWith?: { file: string; mode: CompatibilityMode };
}
interface Conversation {
  title: string;
  rounds: Array<{ file: string; said: string; env?: Environment; draftedBy?: 'ask'; schema?: SchemaExpectations; expect: Expectations }>;
}

/** A field by dotted path through nested records. */
function fieldAt(schema: AvroSchema, path: string): AvroField | undefined {
  const [head, ...rest] = path.split('.');
  if (schema.type !== 'record') return undefined;
  const f = schema.fields.find((x) => x.name === head);
  return !f || rest.length === 0 ? f : fieldAt(f.type, rest.join('.'));
}

function checkSchema(dir: string, e: SchemaExpectations): void {
  const text = (file: string) => readFileSync(join(dir, file), 'utf8');
  const schema = parseSchema(text(e.file), e.file);
  expect(schema.type === 'record' && schema.fields.map((f) => f.name)).toEqual(e.fields);
  for (const path of e.nested ?? []) expect(fieldAt(schema, path)?.type.type, `${path} is a record`).toBe('record');
  for (const path of e.optional ?? []) {
    const f = fieldAt(schema, path);
    expect(f, path).toBeDefined();
    expect(f!.type.type === 'union' && f!.type.branches[0]?.type, `${path} is nullable`).toBe('null');
    expect(f!.default?.kind, `${path} defaults to null`).toBe('null');
  }
  const hazards = lintSchema(text(e.file), e.file)
    .filter((f) => f.severity !== 'info')
    .map((f) => f.rule);
  expect(hazards, 'lint warnings and errors').toEqual(e.lintHazards ?? []);
  if (e.compatibleWith) {
    const result = checkCompatibility(schema, [parseSchema(text(e.compatibleWith.file), e.compatibleWith.file)], e.compatibleWith.mode);
    expect(result.checks.flatMap((c) => c.incompatibilities.map((i) => i.message))).toEqual([]);
  }
}

function checkChanges(decisions: DecisionChange[], wanted: ChangeExpectation[], label: string): void {
  for (const w of wanted) {
    const hit = decisions.find(
      (d) =>
        d.subject.startsWith(w.subject) &&
        d.setting === w.setting &&
        (w.before === undefined || d.before === w.before) &&
        (w.after === undefined || d.after === w.after) &&
        (w.cause === undefined || d.causes.some((c) => c.field === w.cause)),
    );
    expect(hit, `${label}: ${JSON.stringify(w)} among ${JSON.stringify(decisions.map((d) => [d.subject, d.setting, d.before, d.after, d.causes.map((c) => c.field)]))}`).toBeDefined();
  }
}

function checkDesign(d: Design, e: Expectations): void {
  const patterns = d.patterns.map((p) => p.id);
  for (const id of e.patterns ?? []) expect(patterns, 'patterns').toContain(id);
  for (const id of e.absentPatterns ?? []) expect(patterns, 'patterns').not.toContain(id);
  const rules = d.findings.map((f) => f.rule);
  for (const r of e.findings ?? []) expect(rules, 'findings').toContain(r);
  for (const r of e.absentFindings ?? []) expect(rules, 'findings').not.toContain(r);
  for (const [name, want] of Object.entries(e.topics ?? {}))
    expect(
      d.topics.find((t) => t.name === name),
      `topic ${name}`,
    ).toMatchObject(want);
  for (const [flow, want] of Object.entries(e.producers ?? {}))
    expect(
      d.producers.find((p) => p.flow === flow),
      `producer ${flow}`,
    ).toMatchObject(want);
  for (const [flow, want] of Object.entries(e.consumers ?? {}))
    expect(
      d.consumers.find((c) => c.flow === flow),
      `consumer ${flow}`,
    ).toMatchObject(want);
  for (const a of e.alternatives ?? []) {
    expect(
      d.alternatives.some((x) => x.decision === a.decision && x.option.includes(a.option) && x.chosen === a.chosen),
      `alternative ${JSON.stringify(a)}`,
    ).toBe(true);
  }
}

function checkRound(round: Round, e: Expectations): void {
  checkDesign(round.design, e);
  if (e.changes) {
    checkChanges(round.changes?.decisions ?? [], e.changes, 'changes');
    // An empty list means the design must not move at all.
    if (e.changes.length === 0) expect(round.changes?.decisions, 'no decision changes').toEqual([]);
  }
  for (const r of e.findingsAppeared ?? [])
    expect(
      round.changes?.findingsAppeared.map((f) => f.rule),
      'findings appeared',
    ).toContain(r);
  for (const r of e.findingsGone ?? [])
    expect(
      round.changes?.findingsGone.map((f) => f.rule),
      'findings gone',
    ).toContain(r);
  if (e.toProduction) checkChanges(round.toProduction?.decisions ?? [], e.toProduction, 'on the way to production');
}

const conversations = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(ROOT, d.name, 'conversation.yaml')))
  .map((d) => d.name)
  .sort();

describe('examples/conversations', () => {
  it('holds the four situations', () => {
    expect(conversations).toEqual(['consumer-falling-behind', 'event-schema-envelope', 'exactly-once-pipeline', 'producer-dev-to-prod']);
  });

  describe.each(conversations)('%s', (name) => {
    const dir = join(ROOT, name);
    const conversation = parse(readFileSync(join(dir, 'conversation.yaml'), 'utf8')) as Conversation;
    const read = (file: string): Requirements => parseWithSchema(readFileSync(join(dir, file), 'utf8'), file, requirementsSchema);

    it('has at least two rounds, each with the words that led to it', () => {
      expect(conversation.rounds.length).toBeGreaterThanOrEqual(2);
      for (const r of conversation.rounds) expect(r.said.length).toBeGreaterThan(10);
    });

    it.each(conversation.rounds.map((r, i) => [i + 1, r] as const))('round %i', (n, r) => {
      const requirements = read(r.file);
      if (r.draftedBy === 'ask') expect(draftFromWords(r.said).requirements).toEqual(requirements);
      const before = conversation.rounds[n - 2];
      const previous = before ? { design: designRound({ requirements: read(before.file), ...(before.env ? { env: before.env } : {}) }).design, requirements: read(before.file) } : undefined;
      const round = designRound({ requirements, ...(r.env ? { env: r.env } : {}), ...(previous ? { previous } : {}) });
      checkRound(round, r.expect);
      if (r.schema) checkSchema(dir, r.schema);
    });
  });
});

describe('event-schema-envelope: why round 3 happens before production', () => {
  it('a registry at BACKWARD would refuse the envelope after the first draft', () => {
    const read = (file: string) => parseSchema(readFileSync(join(ROOT, 'event-schema-envelope', file), 'utf8'), file);
    expect(checkCompatibility(read('round-3.avsc'), [read('round-2.avsc')], 'BACKWARD').compatible).toBe(false);
  });
});
