import { compareVersions } from '../../../../knowledge/catalog.js';
import { MM2_OFFSETS, MM2_SOURCES } from '../../../../knowledge/mirror-maker.js';
import type { Hit } from '../../../rules.js';
import { configRule, type ConfigHitExtra } from '../../engine.js';
import { byEnvironment } from '../support.js';
import { flowFlag, mm2Flows } from './mm2-file.js';

type Message = 'syncWithoutCheckpoints' | 'noCheckpoints' | 'noGroupSync';

/** A replication flow whose consumers could not resume in the target after a failover. */
export const mm2OffsetTranslation = configRule({
  meta: {
    id: 'mirrormaker/offset-translation',
    severity: 'warning',
    summary: "A MirrorMaker 2 flow does not translate consumer offsets into the target, or translates them without writing them to the target's groups.",
    why: "Offsets differ between clusters, so MirrorMaker's checkpoint connector translates each group's committed offsets (from the offset syncs the source connector records) into <source>.checkpoints.internal in the target. Without checkpoints, consumers moved to the target start at auto.offset.reset (re-reading or skipping everything); with checkpoints but sync.group.offsets.enabled=false (the default), the translated offsets stay in that topic and consumers resume from them only if they translate offsets themselves.",
    refs: [MM2_SOURCES.georeplication, MM2_SOURCES.checkpoint],
    fix: 'Keep emit.checkpoints.enabled and emit.offset-syncs.enabled on, and for a standby cluster set sync.group.offsets.enabled=true (with emit.checkpoints.interval.seconds and sync.group.offsets.interval.seconds as the most a failover may re-read).',
    messages: {
      syncWithoutCheckpoints: '{{flow}}: sync.group.offsets.enabled=true with {{off}}=false: the checkpoint connector refuses to run without checkpoints and offset syncs, so nothing is synced',
      noCheckpoints: '{{flow}}: {{off}}=false: no consumer offsets are translated into {{target}}; consumers started there after a failover begin at auto.offset.reset',
      noGroupSync:
        '{{flow}}: sync.group.offsets.enabled is false{{origin}}: translated offsets stay in {{source}}.checkpoints.internal on {{target}}, and consumers started there after a failover begin at auto.offset.reset unless they translate offsets themselves (RemoteClusterUtils.translateOffsets)',
    },
    kinds: ['mirrormaker'],
  },
  check(ctx) {
    const flows = mm2Flows(ctx);
    const offsetSyncsSwitch = compareVersions(ctx.kafkaVersion, MM2_OFFSETS.emitOffsetSyncs.since) >= 0;
    return flows.flatMap((flow): Array<Hit<Message> & ConfigHitExtra> => {
      const name = `${flow.source}->${flow.target}`;
      const checkpoints = flowFlag(ctx, flow, MM2_OFFSETS.emitCheckpoints.name, MM2_OFFSETS.emitCheckpoints.default);
      const syncs = offsetSyncsSwitch ? flowFlag(ctx, flow, MM2_OFFSETS.emitOffsetSyncs.name, MM2_OFFSETS.emitOffsetSyncs.default) : { on: true };
      const groups = flowFlag(ctx, flow, MM2_OFFSETS.syncGroupOffsets.name, MM2_OFFSETS.syncGroupOffsets.default);
      const off = !checkpoints.on ? checkpoints : !syncs.on ? syncs : undefined;
      if (off) {
        const data = { flow: name, off: off.entry!.key.trim(), target: flow.target };
        return [groups.on ? { messageId: 'syncWithoutCheckpoints', severity: 'error', data, setting: off.entry!.name } : { messageId: 'noCheckpoints', data, setting: off.entry!.name }];
      }
      // Both directions mirrored (active-active): each region's groups stay its own, so syncing is a choice.
      const reverse = flows.some((f) => f.source === flow.target && f.target === flow.source);
      if (groups.on || reverse) return [];
      return [
        {
          messageId: 'noGroupSync',
          severity: byEnvironment(ctx, 'warning', 'warning', 'info'),
          data: { flow: name, origin: groups.entry ? '' : ' (default)', source: flow.source, target: flow.target },
          ...(groups.entry ? { setting: groups.entry.name } : {}),
        },
      ];
    });
  },
});
