import { configRule } from '../../engine.js';
import { docRef } from '../support.js';

const OLD = /^(TLSv1|TLSv1\.1|SSLv3|SSLv2|SSL)$/i;

export const oldTlsProtocol = configRule({
  meta: {
    id: 'security/old-tls-protocol',
    severity: 'warning',
    summary: 'TLS 1.0/1.1 or SSL enabled.',
    why: 'TLS 1.0 and 1.1 are deprecated (RFC 8996) and have known weaknesses; current JDKs disable them, so enabling them either fails or weakens every connection.',
    refs: [docRef('producer', 'ssl.enabled.protocols'), 'https://www.rfc-editor.org/rfc/rfc8996'],
    fix: 'Use ssl.enabled.protocols=TLSv1.3,TLSv1.2 and ssl.protocol=TLSv1.3.',
    messages: {
      enables: '{{n}} enables {{old}}',
    },
    kinds: ['producer', 'consumer', 'admin', 'client', 'streams', 'connect', 'broker', 'controller'],
  },
  check(ctx) {
    return ['ssl.enabled.protocols', 'ssl.protocol'].flatMap((n) => {
      const e = ctx.explicit(n);
      const old =
        e?.value
          .split(',')
          .map((p) => p.trim())
          .filter((p) => OLD.test(p)) ?? [];
      return old.length ? [{ messageId: 'enables', data: { n, old: old.join(', ') }, setting: n }] : [];
    });
  },
});
