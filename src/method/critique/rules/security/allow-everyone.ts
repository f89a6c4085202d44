import { configRule } from '../../engine.js';
import { byEnvironment } from '../support.js';

export const allowEveryone = configRule({
  meta: {
    id: 'security/allow-everyone',
    severity: 'warning',
    summary: 'allow.everyone.if.no.acl.found=true with an authorizer.',
    why: 'Any resource without an ACL is open to every authenticated (or anonymous) principal; a new topic is readable and writable by anyone until someone remembers to add ACLs.',
    refs: ['https://kafka.apache.org/documentation/#security_authz'],
    fix: 'Set allow.everyone.if.no.acl.found=false and grant access with ACLs.',
    messages: {
      allowEveryoneIfNoAclFoundTrueResourcesWithout: 'allow.everyone.if.no.acl.found=true: resources without ACLs are open to everyone',
    },
    kinds: ['broker'],
  },
  check(ctx) {
    if (!ctx.explicit('authorizer.class.name') || ctx.explicit('allow.everyone.if.no.acl.found')?.value.trim().toLowerCase() !== 'true') return [];
    return [{ messageId: 'allowEveryoneIfNoAclFoundTrueResourcesWithout', setting: 'allow.everyone.if.no.acl.found', severity: byEnvironment(ctx, 'error', 'warning', 'info') }];
  },
});
