import { describe, expect, it } from 'vitest';
import { design } from '../../../../src/method/design.js';
import type { Flow, Requirements } from '../../../../src/model/requirements.js';

const two = (a: Partial<Flow>, b: Partial<Flow>) => {
  const req: Requirements = {
    name: 'x',
    cluster: { kafka_version: '3.9', brokers: 3 },
    client: { language: 'java' },
    flows: [
      { name: 'a', ...a },
      { name: 'b', ...b },
    ],
  };
  return design(req).findings.filter((f) => f.rule === 'group/one-config-per-group');
};

describe('group/one-config-per-group', () => {
  it.each<[string, Partial<Flow>, Partial<Flow>, number]>([
    ['one service reading two flows in one group', { sink: 'svc' }, { sink: 'svc', processing: { per_message_ms: { p50: 500, p99: 2000 } } }, 1],
    ['separate groups', { sink: 'svc-a' }, { sink: 'svc-b' }, 0],
    ['every-instance readers hold no group', { sink: 'svc', key: 'k', state: true, consumption: 'every-instance' }, { sink: 'svc', key: 'k', state: true, consumption: 'every-instance' }, 0],
  ])('%s', (_name, a, b, hits) => {
    expect(two(a, b)).toHaveLength(hits);
  });
});
