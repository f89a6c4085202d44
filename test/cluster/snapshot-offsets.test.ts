// A group's committed offsets in O(1) requests: subscriptions named when known, otherwise
// OffsetFetch's "all topics" form, and every partition named only when a broker answers that form
// with nothing (older brokers, the local mock).
import { describe, expect, it } from 'vitest';
import { readGroupOffsets } from '../../src/cluster/snapshot.js';
import type { TopicInfo } from '../../src/model/cluster-snapshot.js';

type Requested = Array<{ topic: string; partitions: Array<{ partition: number }> }>;
type Answer = Array<{ topic: string; partitions: Array<{ partition: number; offset: string }> }>;

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

/** A coordinator that records each OffsetFetch's topic list and answers from `answer`. */
function fakeCluster(answer: (topics: Requested) => Answer) {
  const requests: Requested[] = [];
  const cluster = {
    findGroupCoordinator: async () => ({
      offsetFetch: async ({ topics }: { groupId: string; topics: Requested }) => {
        requests.push(topics);
        return { responses: answer(topics) };
      },
    }),
  };
  return { cluster, requests };
}

/** What a broker has committed for the group, answered for the partitions named (all of them for the "all topics" form). */
const committed: Answer = [
  {
    topic: 'orders',
    partitions: [
      { partition: 0, offset: '90' },
      { partition: 1, offset: '-1' },
    ],
  },
  { topic: 'deleted-topic', partitions: [{ partition: 0, offset: '5' }] },
];
const named = (topics: Requested): Answer =>
  topics.map((t) => ({
    topic: t.topic,
    partitions: t.partitions.map(({ partition }) => ({ partition, offset: committed.find((c) => c.topic === t.topic)?.partitions.find((p) => p.partition === partition)?.offset ?? '-1' })),
  }));
const EXPECTED = [{ topic: 'orders', partition: 0, committed: 90, end: 100, lag: 10 }];

describe('readGroupOffsets', () => {
  it('names the partitions of the subscribed topics in one request', async () => {
    const { cluster, requests } = fakeCluster(named);
    expect(await readGroupOffsets(cluster, 'g', ENDS, [TOPICS[0]!], true)).toEqual(EXPECTED);
    expect(requests).toEqual([[{ topic: 'orders', partitions: [{ partition: 0 }, { partition: 1 }] }]]);
  });

  it("asks for every committed offset without naming topics when the subscriptions are unknown, keeping the cluster's topics", async () => {
    const { cluster, requests } = fakeCluster((topics) => (topics.length === 0 ? committed : named(topics)));
    expect(await readGroupOffsets(cluster, 'g', ENDS, TOPICS, false)).toEqual(EXPECTED);
    expect(requests).toEqual([[]]);
  });

  it('names every partition once a broker answers the "all topics" form with nothing', async () => {
    const { cluster, requests } = fakeCluster((topics) => (topics.length === 0 ? [] : named(topics)));
    expect(await readGroupOffsets(cluster, 'g', ENDS, TOPICS, false)).toEqual(EXPECTED);
    expect(requests.map((r) => r.reduce((n, t) => n + t.partitions.length, 0))).toEqual([0, 5]);
  });
});
