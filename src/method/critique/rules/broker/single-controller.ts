import { configRule } from '../../engine.js';
import { isPlaceholder } from '../../config-model.js';
import { byEnvironment, docRef, SERVER_KINDS } from '../support.js';

export const singleController = configRule({
  meta: {
    id: 'broker/single-controller',
    severity: 'warning',
    summary: 'A KRaft controller quorum of one voter.',
    why: 'The controller quorum holds the cluster metadata. With one voter, its loss stops every metadata change (leader elections, topic changes) and losing its disk loses the metadata.',
    refs: [docRef('broker', 'controller.quorum.voters'), 'https://kafka.apache.org/documentation/#kraft_voter'],
    fix: 'Run 3 controllers (5 to survive two failures) for anything beyond development.',
    messages: {
      oneKRaftControllerA: 'one KRaft controller (a single controller node pool replica): its failure stops all metadata changes',
      oneControllerItsFailure: '{{key}}={{value}}: one controller; its failure stops all metadata changes',
    },
    kinds: SERVER_KINDS,
  },
  check(ctx) {
    if (ctx.config.controllers === 1) return [{ messageId: 'oneKRaftControllerA', severity: byEnvironment(ctx) }];
    const voters = ctx.explicit('controller.quorum.voters') ?? ctx.explicit('controller.quorum.bootstrap.servers');
    if (!voters || isPlaceholder(voters.value) || voters.value.split(',').filter((v) => v.trim()).length !== 1) return [];
    return [{ messageId: 'oneControllerItsFailure', data: { key: voters.key, value: voters.value }, setting: voters.name, severity: byEnvironment(ctx) }];
  },
});
