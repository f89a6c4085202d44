import { connectorById } from '../../../../knowledge/connectors.js';
import { configRule } from '../../engine.js';
import { connectorId } from './support.js';

export const s3Rotation = configRule({
  meta: {
    id: 'connector/s3-rotation',
    severity: 'warning',
    summary: 'An S3 sink that closes files on record count only.',
    why: 'Without rotate.interval.ms (record time) or rotate.schedule.interval.ms (wall clock), a file is written only when flush.size records arrive for its partition: a quiet partition keeps its records out of S3 for hours or days, and its consumer offsets stay uncommitted.',
    refs: [connectorById('s3-sink').docUrl],
    fix: 'Set rotate.interval.ms (or rotate.schedule.interval.ms) to the latency you can accept, and flush.size to what arrives in that time.',
    messages: {
      countOnly: 'only flush.size{{size}} closes files: a quiet partition is never written out',
    },
    kinds: ['connector'],
  },
  check(ctx) {
    if (connectorId(ctx) !== 's3-sink') return [];
    const off = (name: string) => !(ctx.number(name) > 0);
    return off('rotate.interval.ms') && off('rotate.schedule.interval.ms')
      ? [{ messageId: 'countOnly', data: { size: ctx.value('flush.size') ? ` (${ctx.value('flush.size')})` : '' }, setting: 'rotate.interval.ms' }]
      : [];
  },
});
