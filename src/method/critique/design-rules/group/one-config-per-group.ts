import { DOCS } from '../../../../knowledge/planning.js';
import { designRule } from '../types.js';

/** Members of one group must agree: the group's assignment and offsets assume one kind of member. */
export const oneConfigPerGroup = designRule({
  meta: {
    id: 'group/one-config-per-group',
    severity: 'error',
    summary: 'One consumer group id carries two different consumer configurations.',
    why: 'Members of a group share its partitions and committed offsets. Members with different topics, assignors, isolation levels or poll settings make rebalances fail or flap, and one member commits offsets the other never processed its way.',
    refs: [DOCS.consumerGroups],
    fix: 'Give each consumer configuration its own group id (e.g. <service>-<flow>), or make the configurations identical.',
    messages: {
      twoConfigurations: 'Group "{{group}}" is used by {{users}} with different configurations: separate subscriptions in one group rebalance against each other and share one offset namespace.',
    },
  },
  check({ design }) {
    const byGroup = new Map<string, typeof design.consumers>();
    for (const c of design.consumers) {
      if (c.assignment === 'every-instance') continue;
      byGroup.set(c.groupId, [...(byGroup.get(c.groupId) ?? []), c]);
    }
    return [...byGroup.entries()].flatMap(([group, members]) => {
      const shapes = new Set(members.map((c) => JSON.stringify({ topic: c.topic, config: Object.entries(c.config).sort() })));
      if (shapes.size < 2) return [];
      const diff = members.map((c) => `${c.flow} (topic ${c.topic}${c.config['max.poll.records'] ? `, max.poll.records ${c.config['max.poll.records']}` : ''})`).join(' and ');
      return [{ flow: members[0]!.flow, messageId: 'twoConfigurations' as const, data: { group, users: diff } }];
    });
  },
});
