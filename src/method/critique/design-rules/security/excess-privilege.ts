import { SECURITY_DOCS } from '../../../../knowledge/security.js';
import { aclTarget, deriveAcls } from '../../../strategy/acls.js';
import { type DesignHit, designRule } from '../types.js';

export const excessPrivilege = designRule({
  meta: {
    id: 'security/excess-privilege',
    severity: 'error',
    summary: 'A principal granted more than its service needs: a wildcard resource, ALL operations, or a grant no producer, consumer or connector of the design uses.',
    why: "A grant beyond need turns one service's bug or leaked credential into damage on other services' topics; wildcards also grant every topic created later.",
    refs: [SECURITY_DOCS.authorization, SECURITY_DOCS.aclOperations],
    fix: 'Grant each principal only the literal (or application-prefixed) resources and the operations its producers and consumers use, as the design derives them.',
    messages: {
      everyPrincipal: '{{what}}: granted to every principal',
      wildcard: '{{what}}: a wildcard grants {{operations}} on every {{resourceType}}, including ones created later',
      all: '{{what}}: ALL operations, including DELETE and ALTER, where the service needs only some',
      unneeded: '{{what}}: {{operations}} not needed by any producer, consumer or connector of {{service}}',
    },
  },
  check({ facts, design }) {
    if (!design.acls?.length) return [];
    // deriveAcls merges its grants: one need per target.
    const needs = new Map(deriveAcls(facts, design).map((n) => [aclTarget(n), n]));
    return design.acls.flatMap((a): DesignHit[] => {
      const data = {
        what: `${a.principal} on ${a.resourceType} ${a.patternType === 'prefixed' ? `${a.name}*` : a.name}`,
        resourceType: a.resourceType,
        operations: a.operations.join(', '),
        service: a.principal.replace(/^User:/, ''),
      };
      if (a.principal === 'User:*') return [{ flow: design.name, messageId: 'everyPrincipal', data }];
      if (a.name === '*' && a.resourceType !== 'cluster') return [{ flow: design.name, messageId: 'wildcard', data }];
      if (a.operations.includes('ALL')) return [{ flow: design.name, messageId: 'all', data }];
      const extra = a.operations.filter((op) => !needs.get(aclTarget(a))?.operations.includes(op));
      return extra.length ? [{ flow: design.name, messageId: 'unneeded', data: { ...data, operations: extra.join(', ') }, severity: 'warning' }] : [];
    });
  },
});
