import { defaultValue } from '../../../../knowledge/catalog.js';
import { configRule } from '../../engine.js';
import { byEnvironment, docRef } from '../support.js';

export const streamsStateDirTemporary = configRule({
  meta: {
    id: 'streams/state-dir-temporary',
    severity: 'warning',
    summary: 'Kafka Streams state in a temporary directory.',
    why: 'The default state.dir is under the temp directory, which containers and many hosts wipe on restart: every restart then restores all stores from their changelogs, which can take minutes to hours.',
    refs: [docRef('streams', 'state.dir')],
    fix: 'Set state.dir to a directory on a persistent volume (e.g. /var/lib/kafka-streams/<application.id>).',
    messages: {
      stateDirTemporary: 'state.dir is {{where}}: local state does not survive a restart of the host or container',
    },
    kinds: ['streams'],
  },
  check(ctx) {
    const explicit = ctx.explicit('state.dir')?.value.trim();
    if (explicit !== undefined && !/^\/tmp(\/|$)|java\.io\.tmpdir|^\/var\/folders\//.test(explicit)) return [];
    const where = explicit ?? `the default (${defaultValue('streams', 'state.dir', ctx.kafkaVersion) ?? 'the temp directory'})`;
    return [{ messageId: 'stateDirTemporary', data: { where }, setting: 'state.dir', severity: byEnvironment(ctx, 'warning', 'warning', 'info') }];
  },
});
