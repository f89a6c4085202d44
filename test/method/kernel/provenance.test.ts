import { describe, expect, it } from 'vitest';
import { provenanceOf, type AssumedValue } from '../../../src/method/rules.js';

const assumed = (field: string, value: unknown = 1): AssumedValue => ({ field, value, why: `assumed ${field}` });

/** The definition the indexed lookup must keep: the exact field's first assumption, else the earliest one for a whole or a part of it. */
function byScan(list: AssumedValue[], field: string): AssumedValue | undefined {
  const related = (a: string, b: string) => a.startsWith(b) && (a[b.length] === '.' || a[b.length] === '[');
  return list.find((a) => a.field === field) ?? list.find((a) => related(a.field, field) || related(field, a.field));
}

describe('provenanceOf', () => {
  const list = [
    assumed('environment'),
    assumed('flows[1].processing.per_message_ms.p99'),
    assumed('flows[0]'),
    assumed('flows[1].processing.per_message_ms', 'second'),
    assumed('flows[1].processing.per_message_ms', 'third'),
    assumed('flows[10].delivery'),
    assumed('cluster.brokers'),
  ];
  const provenance = provenanceOf(list);

  it.each([
    ['environment', 'environment', undefined],
    // The first assumption for an exact field answers, even when a part of it was assumed earlier.
    ['flows[1].processing.per_message_ms', 'flows[1].processing.per_message_ms', 'second'],
    // A whole rests on its parts; a part on its whole.
    ['flows[1].processing', 'flows[1].processing.per_message_ms.p99', undefined],
    ['flows[0].delivery', 'flows[0]', undefined],
    ['flows[1].processing.per_message_ms.p50', 'flows[1].processing.per_message_ms', 'second'],
    // `flows[1]` is not a prefix of `flows[10]` at a path boundary.
    ['flows[1].delivery', undefined, undefined],
    ['flows[10]', 'flows[10].delivery', undefined],
    ['cluster', 'cluster.brokers', undefined],
    ['clusters', undefined, undefined],
  ])('%s rests on %s', (field, expected, value) => {
    const found = provenance(field);
    expect(found?.field).toBe(expected);
    if (value !== undefined) expect(found?.value).toBe(value);
  });

  it('answers as a scan of the whole list does, for every field of a large design', () => {
    const many: AssumedValue[] = [];
    const paths = ['delivery', 'ordering', 'processing', 'processing.per_message_ms', 'processing.per_message_ms.p99', 'throughput.message_bytes'];
    for (let f = 0; f < 60; f++) for (const p of paths) if ((f * 7 + p.length) % 3 === 0) many.push(assumed(`flows[${f}].${p}`));
    many.push(assumed('flows'), assumed('environment'));
    const lookup = provenanceOf(many);
    for (let f = 0; f < 60; f++) {
      for (const p of [...paths, 'processing.per_message_ms.p50', 'sink']) {
        const field = `flows[${f}].${p}`;
        expect(lookup(field)).toBe(byScan(many, field));
      }
    }
    expect(lookup('flows')).toBe(byScan(many, 'flows'));
  });
});
