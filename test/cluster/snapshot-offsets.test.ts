// A group's committed offsets in O(1) requests: subscriptions named when known, otherwise
// OffsetFetch's "all topics" form, and every partition named only once a broker shows it does not
// take that form (a null topic list: the local mock), the list then encoded once for all groups.
import { describe, expect, it } from 'vitest';
import type { CommittedOffset } from '../../src/cluster/offset-fetch.js';
import { GroupOffsetReader } from '../../src/cluster/snapshot.js';
import type { TopicInfo } from '../../src/model/cluster-snapshot.js';

const topic = (name: string, partitions: number): TopicInfo => ({
  name,
  internal: false,
  config: null,
  partitions: Array.from({ length: partitions }, (_, id) => ({ id, leader: 1, replicas: [1], isr: [1], offlineReplicas: [], earliest: 0, latest: 100 })),
});
const TOPICS = [topic('orders', 2), topic('payments', 3)];
const ENDS = new Map([
  ['orders:0', 100],
  ['orders:1', 50],
  ['payments:0', 10],
  ['payments:1', 10],
  ['payments:2', 10],
]);

/** What the broker holds per group: committed offsets, including one on a topic the cluster no longer lists. */
const COMMITTED: Record<string, CommittedOffset[]> = {
  g1: [
    { topic: 'payments', partition: 2, committed: 4 },
    { topic: 'orders', partition: 0, committed: 90 },
    { topic: 'deleted-topic', partition: 0, committed: 5 },
  ],
  g2: [{ topic: 'orders', partition: 1, committed: 50 }],
};

/** Decodes an encoded topic list back (int32 count, then per topic an int16-length name, an int32 count and int32 partitions). */
function namedPartitions(list: Buffer): Set<string> {
  const out = new Set<string>();
  let at = 4;
  for (let t = list.readInt32BE(0); t > 0; t--) {
    const length = list.readInt16BE(at);
    const name = list.toString('utf8', at + 2, at + 2 + length);
    at += 2 + length;
    for (let p = list.readInt32BE(at); p > 0; p--) out.add(`${name}:${list.readInt32BE((at += 4))}`);
    at += 4;
  }
  return out;
}

/** A broker that answers the "all topics" form (or, with allTopics false, answers it with a null list as the mock does) and named lists. */
function fakeBroker(allTopics: boolean) {
  const requests: Array<{ groupId: string; topics: Buffer | null }> = [];
  const fetch = async (groupId: string, topics: Buffer | null) => {
    requests.push({ groupId, topics });
    const held = COMMITTED[groupId] ?? [];
    if (topics === null) return { throttleTimeMs: 0, committed: allTopics ? held : null };
    const named = namedPartitions(topics);
    return { throttleTimeMs: 0, committed: held.filter((c) => named.has(`${c.topic}:${c.partition}`)) };
  };
  return { reader: new GroupOffsetReader(fetch), requests };
}

const G1 = [
  { topic: 'orders', partition: 0, committed: 90, end: 100, lag: 10 },
  { topic: 'payments', partition: 2, committed: 4, end: 10, lag: 6 },
];

describe('GroupOffsetReader', () => {
  it('names the partitions of the subscribed topics in one request', async () => {
    const { reader, requests } = fakeBroker(true);
    expect(await reader.read('g1', ENDS, [TOPICS[0]!], true)).toEqual([G1[0]]);
    expect(requests.map((r) => r.topics && [...namedPartitions(r.topics)])).toEqual([['orders:0', 'orders:1']]);
  });

  it("asks for every committed offset without naming topics when the subscriptions are unknown, keeping the cluster's topics", async () => {
    const { reader, requests } = fakeBroker(true);
    expect(await reader.read('g1', ENDS, TOPICS, false)).toEqual(G1);
    expect(await reader.read('g2', ENDS, TOPICS, false)).toEqual([{ topic: 'orders', partition: 1, committed: 50, end: 50, lag: 0 }]);
    expect(await reader.read('nothing-committed', ENDS, TOPICS, false)).toEqual([]);
    expect(requests.map((r) => [r.groupId, r.topics])).toEqual([
      ['g1', null],
      ['g2', null],
      ['nothing-committed', null],
    ]);
  });

  it('names every partition once a broker answers the "all topics" form with a null list, and from then on asks that way first', async () => {
    const { reader, requests } = fakeBroker(false);
    expect(await reader.read('g1', ENDS, TOPICS, false)).toEqual(G1);
    expect(await reader.read('g2', ENDS, TOPICS, false)).toEqual([{ topic: 'orders', partition: 1, committed: 50, end: 50, lag: 0 }]);
    expect(requests.map((r) => [r.groupId, r.topics && namedPartitions(r.topics).size])).toEqual([
      ['g1', null],
      ['g1', 5],
      ['g2', 5],
    ]);
    // The same list of every partition, encoded once for both groups.
    expect(requests[1]!.topics).toBe(requests[2]!.topics);
  });

  it('leaves the lag unknown for a partition without a log end offset', async () => {
    const { reader } = fakeBroker(true);
    expect(await reader.read('g1', new Map([['orders:0', 95]]), TOPICS, false)).toEqual([
      { topic: 'orders', partition: 0, committed: 90, end: 95, lag: 5 },
      { topic: 'payments', partition: 2, committed: 4, end: null, lag: null },
    ]);
  });
});
