import { describe, expect, it } from 'vitest';
import { renderIdl } from '../../../src/method/schema/idl.js';
import { lintParsedSchema } from '../../../src/method/schema/lint.js';
import { checkCompatibility } from '../../../src/method/schema/modes.js';
import { parseSchemaValue, type AvroSchema, type RecordSchema } from '../../../src/method/schema/parse.js';
import { parseFieldSpecs, scaffoldEventSchema, scaffoldForFlow } from '../../../src/method/schema/scaffold.js';
import { UserError } from '../../../src/model/errors.js';

const task = { name: 'TaskEvent', namespace: 'com.acme.tasks', entity: 'task', fields: 'title:string,due:timestamp-millis?,priority:enum(LOW,HIGH)' };

function record(s: AvroSchema): RecordSchema {
  if (s.type !== 'record') throw new Error('not a record');
  return s;
}

describe('parseFieldSpecs', () => {
  it('reads names, types, optional marks and parenthesised lists', () => {
    expect(parseFieldSpecs('title:string, due:timestamp-millis?, priority:enum(LOW,HIGH), amount:decimal(18,2)')).toEqual([
      { name: 'title', type: 'string', optional: false },
      { name: 'due', type: 'timestamp-millis', optional: true },
      { name: 'priority', type: 'enum(LOW,HIGH)', optional: false },
      { name: 'amount', type: 'decimal(18,2)', optional: false },
    ]);
  });
  it('rejects an entry without a type', () => {
    expect(() => parseFieldSpecs('title')).toThrow(UserError);
  });
});

describe('scaffoldEventSchema', () => {
  const result = scaffoldEventSchema(task);
  const top = record(result.parsed);
  const byName = (r: RecordSchema, n: string) => r.fieldByName.get(n)!;

  it('wraps the entity in an envelope with id, type, time, correlation, causation, producer and version', () => {
    expect(top.fullName).toBe('com.acme.tasks.TaskEvent');
    expect(top.fields.map((f) => f.name)).toEqual(['event_id', 'event_type', 'occurred_at', 'correlation_id', 'causation_id', 'producer', 'schema_version', 'task']);
    expect(byName(top, 'occurred_at').type).toMatchObject({ type: 'long', logicalType: 'timestamp-millis' });
    expect(byName(top, 'event_id').type).toMatchObject({ type: 'string', logicalType: 'uuid' });
    expect(byName(top, 'event_type').type).toMatchObject({ type: 'enum', symbols: ['UNKNOWN', 'TASK_CREATED', 'TASK_UPDATED', 'TASK_DELETED'], default: 'UNKNOWN' });
    expect(record(byName(top, 'task').type).fullName).toBe('com.acme.tasks.Task');
  });

  it('makes optional fields ["null", T] with a null default and gives enums an UNKNOWN default', () => {
    const entity = record(byName(top, 'task').type);
    const due = byName(entity, 'due');
    expect(due.type.type).toBe('union');
    expect(due.type.type === 'union' && due.type.branches.map((b) => b.type)).toEqual(['null', 'long']);
    expect(due.default?.kind).toBe('null');
    expect(byName(entity, 'priority').type).toMatchObject({ type: 'enum', name: 'Priority', symbols: ['UNKNOWN', 'LOW', 'HIGH'], default: 'UNKNOWN' });
  });

  it('documents every type and field, and passes its own lint without errors or warnings', () => {
    const findings = lintParsedSchema(result.parsed);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'avro/missing-doc')).toEqual([]);
  });

  it('stays FULL_TRANSITIVE compatible when an optional field is added later', () => {
    const v2 = scaffoldEventSchema({ ...task, fields: `${task.fields},assignee:string?` });
    expect(checkCompatibility(v2.parsed, [result.parsed], 'FULL_TRANSITIVE').compatible).toBe(true);
    const v3 = scaffoldEventSchema({ ...task, fields: `${task.fields},assignee:string` });
    const check = checkCompatibility(v3.parsed, [result.parsed], 'FULL_TRANSITIVE');
    expect(check.compatible).toBe(false);
    expect(check.checks[0]!.incompatibilities[0]).toMatchObject({ type: 'READER_FIELD_MISSING_DEFAULT_VALUE', location: '/fields/7/type/fields/3' });
  });

  it('offers both partial-update styles and applies the chosen one', () => {
    expect(result.partialUpdateOptions.map((o) => [o.style, o.chosen])).toEqual([
      ['none', true],
      ['all-optional', false],
      ['changed-fields', false],
    ]);
    const allOptional = record(scaffoldEventSchema({ ...task, key: 'task_id', partialUpdates: 'all-optional' }).parsed);
    const entity = record(byName(allOptional, 'task').type);
    expect(entity.fields.map((f) => [f.name, f.type.type])).toEqual([
      ['task_id', 'string'],
      ['title', 'union'],
      ['due', 'union'],
      ['priority', 'union'],
    ]);
    const changed = record(scaffoldEventSchema({ ...task, partialUpdates: 'changed-fields' }).parsed);
    expect(byName(changed, 'changed_fields').type).toMatchObject({ type: 'array', items: { type: 'string' } });
  });

  it('maps logical and container field types', () => {
    const r = record(scaffoldEventSchema({ ...task, fields: 'amount:decimal(18,2),on:date,tags:array(string),attrs:map(long),id:uuid' }).parsed);
    const entity = record(byName(r, 'task').type);
    expect(entity.fields.map((f) => f.type)).toMatchObject([
      { type: 'bytes', logicalType: 'decimal' },
      { type: 'int', logicalType: 'date' },
      { type: 'array', items: { type: 'string' } },
      { type: 'map', values: { type: 'long' } },
      { type: 'string', logicalType: 'uuid' },
    ]);
  });

  it.each([
    [{ ...task, name: 'Task-Event' }, '--name'],
    [{ ...task, namespace: 'com.acme-corp' }, '--namespace'],
    [{ ...task, fields: 'due-date:string' }, '--fields due-date'],
    [{ ...task, fields: 'x:varchar' }, '--fields x'],
    [{ ...task, fields: 'p:enum(low-prio)' }, '--fields p'],
  ])('rejects bad input with the flag it came from (%#)', (input, flag) => {
    try {
      scaffoldEventSchema(input);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).problems[0]!.field).toBe(flag);
    }
  });
});

describe('scaffoldForFlow', () => {
  it('names the event after the flow and keys the entity by the flow key', () => {
    const r = scaffoldForFlow({ flow: 'notifications', key: 'user_id', system: 'notification-service', producer: 'order-service' });
    const top = record(r.parsed);
    expect(top.fullName).toBe('com.example.notification_service.NotificationEvent');
    expect(record(top.fieldByName.get('notification')!.type).fields.map((f) => f.name)).toEqual(['user_id']);
    expect(r.notes[0]).toMatch(/Assumed/);
    expect(record(scaffoldForFlow({ flow: 'order-events', namespace: 'com.shop' }).parsed).fullName).toBe('com.shop.OrderEvent');
  });
});

describe('renderIdl', () => {
  it('declares named types before use, with defaults, docs and logical types', () => {
    const idl = renderIdl(scaffoldEventSchema(task).parsed);
    expect(idl.startsWith('@namespace("com.acme.tasks")\nprotocol TaskEventProtocol {')).toBe(true);
    expect(idl.indexOf('enum Priority')).toBeLessThan(idl.indexOf('record Task {'));
    expect(idl.indexOf('record Task {')).toBeLessThan(idl.indexOf('record TaskEvent {'));
    expect(idl).toContain('union { null, @logicalType("timestamp-millis") long } due = null;');
    expect(idl).toContain('} = UNKNOWN;');
    expect(idl).toContain('/** The task this event is about. */');
  });

  it('quotes keywords and qualifies types from other namespaces', () => {
    const idl = renderIdl(
      parseSchemaValue({
        type: 'record',
        name: 'R',
        namespace: 'a',
        fields: [
          { name: 'error', type: { type: 'fixed', name: 'F', namespace: 'b', size: 4 } },
          { name: 'g', type: 'b.F' },
        ],
      }),
    );
    expect(idl).toContain('@namespace("b") fixed F(4);');
    expect(idl).toContain('b.F `error`;');
    expect(idl).toContain('b.F g;');
  });
});
