import { SECURITY_DOCS } from '../../../../knowledge/security.js';
import type { Acl } from '../../../../model/design.js';
import { deriveAcls } from '../../../strategy/acls.js';
import type { DesignRule } from '../types.js';

export const excessPrivilege: DesignRule = {
  id: 'security/excess-privilege',
  severity: 'error',
  summary: 'A principal granted more than its service needs: a wildcard resource, ALL operations, or a grant no producer, consumer or connector of the design uses.',
  why: 'A grant beyond need turns one service\'s bug or leaked credential into damage on other services\' topics; wildcards also grant every topic created later.',
  fix: 'Grant each principal only the literal (or application-prefixed) resources and the operations its producers and consumers use, as the design derives them.',
  refs: [SECURITY_DOCS.authorization, SECURITY_DOCS.aclOperations],
  check({ facts, design }) {
    if (!design.acls?.length) return [];
    const needs = deriveAcls(facts, design);
    return design.acls.flatMap((a) => {
      const what = `${a.principal} on ${a.resourceType} ${a.patternType === 'prefixed' ? `${a.name}*` : a.name}`;
      if (a.principal === 'User:*') return [{ flow: design.name, message: `${what}: granted to every principal` }];
      if (a.name === '*' && a.resourceType !== 'cluster') return [{ flow: design.name, message: `${what}: a wildcard grants ${a.operations.join(', ')} on every ${a.resourceType}, including ones created later` }];
      if (a.operations.includes('ALL')) return [{ flow: design.name, message: `${what}: ALL operations, including DELETE and ALTER, where the service needs only some` }];
      const extra = a.operations.filter((op) => !needs.some((n) => sameResource(a, n) && n.operations.includes(op)));
      return extra.length ? [{ flow: design.name, message: `${what}: ${extra.join(', ')} not needed by any producer, consumer or connector of ${a.principal.slice('User:'.length)}`, severity: 'warning' as const }] : [];
    });
  },
};

/** The same grant target: principal, resource and pattern. */
function sameResource(a: Acl, b: Acl): boolean {
  return a.principal === b.principal && a.resourceType === b.resourceType && a.name === b.name && a.patternType === b.patternType;
}
