// Processing time per message: what the user states is used as stated; a missing median or tail
// is assumed from the other (and said to be assumed, with the question that settles it), never
// written in as if it had been said.
import { describe, expect, it } from 'vitest';
import { parseWithSchema } from '../../../src/method/deconstruct/parse.js';
import { UserError } from '../../../src/model/errors.js';
import { requirementsSchema } from '../../../src/model/requirements.js';
import { facts } from '../helpers.js';

const assumedFields = (f: ReturnType<typeof facts>) => f.assumptions.map((a) => a.field).filter((field) => field.includes('per_message_ms'));

describe('processing.per_message_ms', () => {
  it('both stated: used as given, nothing assumed', () => {
    const f = facts({ processing: { per_message_ms: { p50: 40, p99: 900 } } });
    expect(f.flows[0]!.processing).toMatchObject({ p50Ms: 40, p99Ms: 900 });
    expect(assumedFields(f)).toEqual([]);
  });

  it('only the median: the tail is assumed from it and asked for', () => {
    const f = facts({ processing: { per_message_ms: { p50: 50 } } });
    expect(f.flows[0]!.processing).toMatchObject({ p50Ms: 50, p99Ms: 200 });
    expect(assumedFields(f)).toEqual(['flows[0].processing.per_message_ms.p99']);
    expect(f.questions.some((q) => /slowest 1%.*p99/.test(q))).toBe(true);
  });

  it('only the tail: the median is assumed from it and asked for', () => {
    const f = facts({ processing: { per_message_ms: { p99: 2000 } } });
    expect(f.flows[0]!.processing).toMatchObject({ p50Ms: 500, p99Ms: 2000 });
    expect(assumedFields(f)).toEqual(['flows[0].processing.per_message_ms.p50']);
  });

  it('neither figure inside the object: refused with the field named', () => {
    const text = 'name: a\nflows:\n  - name: e\n    processing:\n      per_message_ms: {}\n';
    expect(() => parseWithSchema(text, 'req.yaml', requirementsSchema)).toThrow(UserError);
    expect(() => parseWithSchema(text, 'req.yaml', requirementsSchema)).toThrow(/per_message_ms[\s\S]*p50.*p99/);
  });

  it('a stated tail below the median is refused', () => {
    expect(() => facts({ processing: { per_message_ms: { p50: 100, p99: 10 } } })).toThrow(/p99 \(10 ms\) is below p50 \(100 ms\)/);
  });
});
