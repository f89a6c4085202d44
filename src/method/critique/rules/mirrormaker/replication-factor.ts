import { MM2_REPLICATION_FACTORS, MM2_SOURCES } from '../../../../knowledge/mirror-maker.js';
import type { Severity } from '../../../../model/design.js';
import { configRule, type RuleContext } from '../../engine.js';
import { byEnvironment } from '../support.js';
import { flowEntry, mm2Flows, workerEntry } from './mm2-file.js';

type Message = 'exceedsBrokers' | 'belowPolicy';

/** The replication factor the target cluster's topics use: stated, else three (fewer on a smaller cluster). */
function targetPolicy(ctx: RuleContext): number {
  return ctx.replicationFactor ?? Math.min(3, ctx.brokers ?? 3);
}

/** MirrorMaker 2 creates its topics in the target with fewer replicas than the cluster's policy, or more than it has brokers. */
export const mm2ReplicationFactor = configRule({
  meta: {
    id: 'mirrormaker/replication-factor',
    severity: 'warning',
    summary:
      "MirrorMaker 2 creates topics in the target cluster with fewer replicas than the cluster's other topics (the mirrored topics default to 2), or with more replicas than the cluster has brokers.",
    why: "MirrorMaker 2 creates the mirrored topics with replication.factor (default 2, not the broker's default) and its own topics (checkpoints, heartbeats, offset-syncs, and the Connect offsets/configs/status topics) with 3 each; the example file Kafka ships sets all of them to 1. A mirrored topic is what consumers fail over to, so it needs the same durability as the original: with 2 replicas and min.insync.replicas 2, one broker down stops mirroring into it. A factor above the broker count makes topic creation fail, and the flow never starts.",
    refs: [MM2_SOURCES.georeplication, MM2_SOURCES.source, MM2_SOURCES.example],
    fix: "Set replication.factor and every *.replication.factor to the target cluster's replication factor (3 on three or more brokers), or -1 where the broker default is right.",
    messages: {
      exceedsBrokers: '{{key}} = {{value}}{{origin}} > {{brokers}} broker(s){{target}}: MirrorMaker cannot create {{topic}} and the flow does not start',
      belowPolicy: "{{key}} = {{value}}{{origin}}: {{topic}}{{target}} get {{value}} replica(s), fewer than the {{want}} the cluster's topics use{{consequence}}",
    },
    kinds: ['mirrormaker'],
  },
  check(ctx) {
    const flows = mm2Flows(ctx);
    const flowTargets = flows.length ? flows : [undefined];
    const workerTargets = flows.length ? [...new Set(flows.map((f) => f.target))] : [undefined];
    const want = targetPolicy(ctx);
    const seen = new Set<string>();
    const hits = [];
    for (const fact of MM2_REPLICATION_FACTORS) {
      const targets =
        fact.scope === 'flow' ? flowTargets.map((f) => ({ target: f?.target, entry: flowEntry(ctx, f, fact.name) })) : workerTargets.map((t) => ({ target: t, entry: workerEntry(ctx, t, fact.name) }));
      for (const { target, entry } of targets) {
        const value = entry ? Number(entry.value.trim()) : fact.default;
        const id = `${fact.name}|${entry?.key ?? 'default'}|${target ?? ''}`;
        if (!Number.isInteger(value) || value === -1 || seen.has(id)) continue;
        seen.add(id);
        const data = { key: entry?.key.trim() ?? fact.name, value, origin: entry ? '' : ' (default)', topic: fact.topic, target: target ? ` in ${target}` : '' };
        if (ctx.brokers !== undefined && value > ctx.brokers) {
          hits.push({ messageId: 'exceedsBrokers' as Message, severity: 'error' as Severity, data: { ...data, brokers: ctx.brokers }, ...(entry ? { setting: entry.name } : {}) });
        } else if (value < want) {
          const consequence =
            value === 1 ? ': one broker loss loses them' : value === 2 && fact.name === 'replication.factor' ? ': with the usual min.insync.replicas 2, one broker down stops mirroring into them' : '';
          hits.push({
            messageId: 'belowPolicy' as Message,
            severity: value === 1 ? byEnvironment(ctx) : ('warning' as Severity),
            data: { ...data, want, consequence },
            ...(entry ? { setting: entry.name } : {}),
          });
        }
      }
    }
    return hits;
  },
});
