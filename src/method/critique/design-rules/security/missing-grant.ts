// Two rules over the same question, "can this client do what its design asks?", for the grants
// whose absence fails at run time in the least obvious way.
import { SECURITY_DOCS } from '../../../../knowledge/security.js';
import type { Acl } from '../../../../model/design.js';
import { deriveAcls, uncovered } from '../../../strategy/acls.js';
import { designRule, type DesignUnderReview } from '../types.js';

function missing({ facts, design }: DesignUnderReview, resourceType: Acl['resourceType']): Acl[] {
  if (design.security?.authorization !== 'acls' || !design.acls) return [];
  return uncovered(
    deriveAcls(facts, design).filter((n) => n.resourceType === resourceType),
    design.acls,
  );
}

const named = (n: Acl) => `${n.name}${n.patternType === 'prefixed' ? '*' : ''}`;

export const consumerGroupUnreadable = designRule({
  meta: {
    id: 'security/consumer-group-unreadable',
    severity: 'error',
    summary: 'A consumer whose principal has no READ on its consumer group.',
    why: 'Joining a group and committing offsets both need READ on the group; without it the consumer fails with GroupAuthorizationException at startup, or reads but cannot commit and reprocesses after every restart.',
    refs: [SECURITY_DOCS.aclOperations],
    fix: "Grant READ on the group (literal group id) to the consumer's principal.",
    messages: {
      cannotRead: '{{principal}} cannot READ group {{group}}: its consumer cannot join or commit',
    },
  },
  check(input) {
    return missing(input, 'group').map((n) => ({ flow: input.design.name, messageId: 'cannotRead', data: { principal: n.principal, group: named(n) } }));
  },
});

export const transactionalIdUnauthorized = designRule({
  meta: {
    id: 'security/transactional-id-unauthorized',
    severity: 'error',
    summary: 'A transactional producer whose principal has no WRITE and DESCRIBE on its transactional id.',
    why: 'initTransactions() needs WRITE on the transactional id; without it the producer fails with TransactionalIdAuthorizationException before writing anything.',
    refs: [SECURITY_DOCS.aclOperations, 'https://kafka.apache.org/documentation/#usingtransactions'],
    fix: 'Grant WRITE and DESCRIBE on the transactional id, prefixed by the part before the per-instance suffix.',
    messages: {
      lacks: '{{principal}} lacks {{operations}} on transactional ids {{id}}: initTransactions() will be refused',
    },
  },
  check(input) {
    return missing(input, 'transactional-id').map((n) => ({ flow: input.design.name, messageId: 'lacks', data: { principal: n.principal, operations: n.operations.join(' and '), id: named(n) } }));
  },
});
