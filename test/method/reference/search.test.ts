import { describe, expect, it } from 'vitest';
import { allSettingNames } from '../../../src/knowledge/catalog.js';
import { CONCEPTS, search, tokens } from '../../../src/method/reference/search.js';

const top = (query: string, n: number) => search(query, { limit: n }).hits.map((h) => h.name);

describe('search', () => {
  it('ranks the exactly-once settings first', () => {
    const names = top('exactly once', 5);
    expect(names).toEqual(expect.arrayContaining(['transactional.id', 'enable.idempotence', 'isolation.level', 'processing.guarantee']));
  });

  it('ranks the rebalance settings first', () => {
    const names = top('rebalance', 8);
    expect(names.slice(0, 3)).toEqual(expect.arrayContaining(['session.timeout.ms', 'heartbeat.interval.ms', 'max.poll.interval.ms']));
    expect(names).toEqual(expect.arrayContaining(['group.protocol', 'partition.assignment.strategy', 'group.instance.id', 'group.initial.rebalance.delay.ms']));
  });

  it('ranks the ordering settings first', () => {
    const names = top('ordering', 5);
    expect(names[0]).toBe('max.in.flight.requests.per.connection');
    expect(names).toEqual(expect.arrayContaining(['enable.idempotence', 'partitioner.class', 'retries']));
  });

  it.each([
    ['how do I avoid losing data', ['acks', 'min.insync.replicas', 'unclean.leader.election.enable']],
    ['large messages', ['max.message.bytes', 'max.request.size', 'message.max.bytes']],
    ['consumer too slow', ['max.poll.interval.ms', 'max.poll.records']],
    ['linger', ['linger.ms']],
    ['tombstones', ['delete.retention.ms']],
  ])('"%s" finds %j near the top', (query, expected) => {
    expect(top(query, 6)).toEqual(expect.arrayContaining(expected));
  });

  it('lists a setting shared by several scopes once when its meaning is the same', () => {
    const hits = search('security protocol', { limit: 20 }).hits.filter((h) => h.name === 'security.protocol');
    expect(hits).toHaveLength(1);
    expect([hits[0]!.scope, ...(hits[0]!.alsoIn ?? [])].sort()).toEqual(['admin', 'connect', 'consumer', 'producer', 'streams']);
  });

  it('folds unexplained client scopes into the explained one, but not broker scopes', () => {
    const retries = search('ordering').hits.filter((h) => h.name === 'retries');
    expect(retries).toHaveLength(1);
    expect(retries[0]!.alsoIn).toEqual(expect.arrayContaining(['admin']));
    const endpoint = search('ssl endpoint identification', { limit: 20 }).hits.filter((h) => h.name === 'ssl.endpoint.identification.algorithm');
    expect(endpoint).toHaveLength(2);
    expect(endpoint.find((h) => !h.what)).toMatchObject({ scope: 'broker' });
    expect(endpoint.find((h) => h.what)?.alsoIn).not.toContain('broker');
  });

  it('keeps different meanings of one name apart', () => {
    const scopes = search('compression', { limit: 20 })
      .hits.filter((h) => h.name === 'compression.type')
      .map((h) => h.scope);
    expect(scopes).toEqual(expect.arrayContaining(['producer', 'topic']));
  });

  it('filters by scope and limit', () => {
    const r = search('retention', { scope: 'topic', limit: 3 });
    expect(r.hits).toHaveLength(3);
    expect(r.hits.every((h) => h.scope === 'topic')).toBe(true);
  });

  it('returns nothing for words it does not know', () => {
    expect(search('zzzz qqqq').hits).toEqual([]);
  });

  it('names only settings the catalog has in its concept table', () => {
    const known = new Set(allSettingNames());
    expect(CONCEPTS.flatMap((c) => c.settings).filter((n) => !known.has(n))).toEqual([]);
  });

  it('matches word forms', () => {
    expect(tokens('Rebalancing rebalances ordering ordered retries')).toEqual(['rebalanc', 'rebalanc', 'order', 'order', 'retry']);
  });
});
