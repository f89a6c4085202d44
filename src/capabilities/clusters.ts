// The clusters a door may reach, by name only: connection details and secrets are never shown.
import { z } from 'zod';
import { defineCapability } from './capability.js';

export const clusters = defineCapability({
  name: 'clusters',
  title: 'Configured clusters',
  description:
    'The names of the clusters this server was started with: the only ones the cluster tools (topics, groups, read_records, registry, critique_cluster, doctor, lag_status) accept as `cluster`. Names only; addresses and credentials are never shown. Call it first when the user has not said which cluster.',
  input: z.object({}),
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: false, idempotentHint: true },
  output: z.object({ clusters: z.array(z.string()).describe('names to pass as `cluster`, sorted') }),
  run: (_input, io) => ({ clusters: io.clusterNames().sort() }),
  render: (result, _format: 'text') => `${result.clusters.join('\n')}\n`,
  summarize: (result) =>
    result.clusters.length ? `Clusters: ${result.clusters.join(', ')}.` : 'No cluster was configured at server start (--bootstrap, --cluster name=host:port or --clusters file).',
});
