import { configRule } from '../../engine.js';
import { docRef } from '../support.js';
import { fmtConfigMs } from '../../../../model/units.js';

const UNIT_MS: Record<string, number> = { 'log.retention.ms': 1, 'log.retention.minutes': 60_000, 'log.retention.hours': 3_600_000 };

export const retentionPrecedence = configRule({
  meta: {
    id: 'broker/retention-precedence',
    severity: 'warning',
    summary: 'Broker retention written in two units that disagree.',
    why: 'log.retention.ms wins over log.retention.minutes, which wins over log.retention.hours. When a file sets more than one, the finer one silently decides, and whoever edits log.retention.hours (the one in the sample config) changes nothing.',
    refs: [docRef('broker', 'log.retention.ms'), docRef('broker', 'log.retention.hours')],
    fix: 'Keep one retention setting (log.retention.ms is the most precise) and remove the others.',
    messages: {
      disagreeWins: '{{asMs}} disagree; {{n}} wins ({{detail}})',
    },
    kinds: ['broker'],
  },
  check(ctx) {
    const set = Object.keys(UNIT_MS).filter((n) => ctx.explicit(n) && Number.isFinite(ctx.number(n)));
    if (set.length < 2) return [];
    const asMs = set.map((n) => ({ n, v: ctx.number(n) < 0 ? -1 : ctx.number(n) * UNIT_MS[n]! }));
    if (new Set(asMs.map((x) => x.v)).size === 1) return [];
    const winner = asMs[0]!;
    return [
      {
        messageId: 'disagreeWins',
        data: { asMs: asMs.map((x) => `${x.n}=${ctx.number(x.n)}`).join(', '), n: winner.n, detail: winner.v < 0 ? 'unlimited' : fmtConfigMs(winner.v) },
        setting: asMs.at(-1)!.n,
      },
    ];
  },
});
