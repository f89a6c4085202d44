import { DOCS } from '../../../../knowledge/planning.js';
import { featuresUsed } from '../../../strategy/library-floors.js';
import { designRule } from '../types.js';

/** The design relies on a client feature the stated library release does not have. */
export const featureFloor = designRule({
  meta: {
    id: 'client/feature-floor',
    severity: 'error',
    summary: 'The design relies on a client feature (transactions, idempotence, zstd, the KIP-848 consumer protocol) that the stated library version does not have.',
    why: 'Each client library gained these features in its own release, independent of the Kafka version: a config the library does not know is rejected or, worse, ignored.',
    refs: [DOCS.kip848, DOCS.transactions],
    fix: 'Upgrade the client library to the release named, or design without the feature.',
    messages: {
      belowFloor: '{{by}} needs {{feature}}, which {{library}} does not have: {{note}}{{since}}.',
    },
  },
  check({ facts, design }) {
    const flow = design.producers[0]?.flow ?? design.consumers[0]?.flow ?? '';
    return featuresUsed(facts, design)
      .filter((u) => u.support.available === 'no')
      .map((u) => ({
        flow,
        messageId: 'belowFloor' as const,
        data: {
          by: u.by,
          feature: u.feature,
          library: `${facts.library}${facts.libraryVersion ? ` ${facts.libraryVersion}` : ''}`,
          note: u.support.floor.note,
          since: u.support.floor.since ? ` (from ${u.support.floor.since})` : '',
        },
      }));
  },
});
