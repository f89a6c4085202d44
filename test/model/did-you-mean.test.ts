// did-you-mean skips candidates that cannot be within the distance limit; the suggestions must be
// exactly those a full edit distance over every candidate gives.
import { describe, expect, it } from 'vitest';
import { catalogData } from '../../src/knowledge/catalog.js';
import { didYouMean, editDistance } from '../../src/model/errors.js';

const names = [...new Set(catalogData().settings.map((s) => s.name))];

function reference(word: string, max = 3): string[] {
  const limit = Math.max(2, Math.floor(word.length / 3));
  return names
    .map((c): [string, number] => [c, editDistance(word.toLowerCase(), c.toLowerCase())])
    .filter(([, d]) => d <= limit)
    .sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]))
    .slice(0, max)
    .map(([c]) => c);
}

/** Deterministic misspellings: a letter dropped, doubled, swapped or replaced, at positions spread over the name. */
function misspellings(name: string): string[] {
  const at = (k: number) => Math.floor((k * (name.length - 1)) / 4);
  return [
    name.slice(0, at(1)) + name.slice(at(1) + 1),
    name.slice(0, at(2)) + name[at(2)] + name.slice(at(2)),
    name.slice(0, at(3)) + (name[at(3) + 1] ?? '') + name[at(3)] + name.slice(at(3) + 2),
    name.slice(0, at(2)) + 'x' + name.slice(at(2) + 1),
    `${name}.typo`,
    name.toUpperCase(),
  ];
}

describe('didYouMean', () => {
  it('suggests what a full comparison suggests, for misspellings of every catalog name', () => {
    for (const name of names.filter((_, i) => i % 41 === 0)) {
      for (const word of misspellings(name)) expect(didYouMean(word, names), word).toEqual(reference(word));
    }
  });

  it('finds the intended name for a one-letter slip', () => {
    expect(didYouMean('max.pol.records', names)).toContain('max.poll.records');
    expect(didYouMean('retention.mss', names)[0]).toBe('retention.ms');
  });

  it('suggests nothing for a word far from every name', () => {
    expect(didYouMean('zzzzzzzzzzzzzzzzzzzzzzzzzz', names)).toEqual([]);
  });
});
