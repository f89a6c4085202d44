import { configRule } from '../../engine.js';
import { docRef, SERVER_KINDS } from '../support.js';

export const advertisedWildcard = configRule({
  meta: {
    id: 'broker/advertised-wildcard',
    severity: 'error',
    summary: 'advertised.listeners with the 0.0.0.0 meta-address.',
    why: 'Clients connect to the advertised address; 0.0.0.0 is not an address anyone can reach, and the broker refuses to start with it.',
    refs: [docRef('broker', 'advertised.listeners'), docRef('broker', 'listeners')],
    fix: 'Advertise a host name or IP that clients can resolve and reach (bind to 0.0.0.0 in listeners instead).',
    messages: {
      advertisedListenersAdvertisesWhichClients: 'advertised.listeners={{value}} advertises 0.0.0.0, which clients cannot connect to',
    },
    kinds: SERVER_KINDS,
  },
  check(ctx) {
    const adv = ctx.explicit('advertised.listeners');
    if (!adv || !/:\/\/0\.0\.0\.0:/.test(adv.value)) return [];
    return [{ messageId: 'advertisedListenersAdvertisesWhichClients', data: { value: adv.value }, setting: 'advertised.listeners' }];
  },
});
