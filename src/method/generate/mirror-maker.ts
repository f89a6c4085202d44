// MirrorMaker 2 files for a design that spans regions: an mm2.properties for a dedicated MirrorMaker 2
// cluster (bin/connect-mirror-maker.sh) and Strimzi KafkaMirrorMaker2 resources, one per target
// region. Both carry the design's replication flows, topics, groups, policy and replication factors.
import { stringify } from 'yaml';
import { compareVersions } from '../../knowledge/catalog.js';
import type { ConsumerDesign, Design, RegionReplication } from '../../model/design.js';
import { type GeneratedFile, lines } from './files.js';
import { securityOf } from './security.js';

const DIR = 'replication';
const IDENTITY_POLICY = 'org.apache.kafka.connect.mirror.IdentityReplicationPolicy';
/** ${env:...} in configs: the EnvVarConfigProvider arrived in Kafka 3.5 (KIP-887). */
const ENV_PROVIDER_FROM = '3.5';

/** Settings the design keeps per direction, written with the flow's `source->target.` prefix. */
const PER_FLOW = ['topics', 'emit.checkpoints.enabled', 'emit.checkpoints.interval.seconds', 'sync.group.offsets.enabled', 'emit.heartbeats.enabled'];

/** A direction's setting, whether the design keys it with the flow's prefix or without. */
const flowSetting = (f: RegionReplication, key: string): string | undefined => f.config[`${f.source}->${f.target}.${key}`] ?? f.config[key];
/** .properties files read a backslash as an escape: a regex's "\." must be written "\\.". */
const propertyValue = (value: string) => value.replace(/\\/g, '\\\\');
const envName = (alias: string, what: string) => `${alias.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_${what}`;
const escapeName = (name: string) => name.replace(/[.$^*+?()[\]{}|\\]/g, (c) => `\\${c}`);

/** The groups reading the mirrored topics: only their offsets are worth translating. */
function groupsPattern(flow: RegionReplication, consumers: readonly ConsumerDesign[]): string | null {
  const groups = [...new Set(consumers.filter((c) => flow.topics.includes(c.topic)).map((c) => c.groupId))].sort();
  return groups.length > 0 ? groups.map(escapeName).join('|') : null;
}

/** Partitions of the mirrored topics: a MirrorSourceConnector task copies whole partitions, so more tasks than this idle. */
function mirroredPartitions(design: Design, flow: RegionReplication): number {
  return design.topics.filter((t) => flow.topics.includes(t.name)).reduce((n, t) => n + t.partitions, 0);
}

function policyComment(flows: readonly RegionReplication[], policy: string): string[] {
  const mode = flows[0]!.mode;
  if (policy === IDENTITY_POLICY) {
    return [
      '# IdentityReplicationPolicy: mirrored topics keep their names, so consumers fail over without changing',
      '# subscriptions; a flow back would copy records in a loop, so it never runs both ways.',
    ];
  }
  return [
    `# DefaultReplicationPolicy: a mirrored topic is named <source alias>.<topic> (e.g. ${flows[0]!.remoteTopics[0] ?? '<source>.<topic>'}),`,
    '# so local and mirrored records never mix and nothing is copied back.',
    mode === 'active-active'
      ? '# Active-active needs it: consumers that want every region subscribe to the topic and its prefixed copies.'
      : '# On failover, consumers in the standby read the prefixed topic (their offsets are translated by the checkpoints);',
    ...(mode === 'active-active'
      ? []
      : [
          '# producers there write to the unprefixed name. IdentityReplicationPolicy would keep names (no resubscribe on',
          '# failover) at the price of an ambiguous failback: both clusters then hold "the" topic.',
        ]),
  ];
}

function clusterLines(alias: string, design: Design, useEnv: boolean): string[] {
  const { protocol, mechanism } = securityOf(design.security);
  const value = (what: string, placeholder: string) => (useEnv ? `\${env:${envName(alias, what)}}` : placeholder);
  return [
    `${alias}.bootstrap.servers = ${value('BOOTSTRAP_SERVERS', `${alias}-kafka:9092`)}`,
    `${alias}.security.protocol = ${protocol}`,
    ...(mechanism
      ? [
          `${alias}.sasl.mechanism = ${mechanism}`,
          `${alias}.sasl.jaas.config = ${value('SASL_JAAS_CONFIG', '<the JAAS line for this cluster>')}`,
          ...(mechanism === 'AWS_MSK_IAM' ? [`${alias}.sasl.client.callback.handler.class = software.amazon.msk.auth.iam.IAMClientCallbackHandler`] : []),
        ]
      : []),
  ];
}

export function renderMirrorMakerProperties(design: Design): GeneratedFile {
  const flows = design.replication!;
  const aliases = [...new Set(flows.flatMap((f) => [f.source, f.target]))];
  const targets = [...new Set(flows.map((f) => f.target))];
  const policy = flowSetting(flows[0]!, 'replication.policy.class')!;
  const rf = flowSetting(flows[0]!, 'replication.factor')!;
  const useEnv = compareVersions(design.kafkaVersion, ENV_PROVIDER_FROM) >= 0;
  const reverse =
    flows[0]!.mode === 'active-passive'
      ? flows.map((f) => [`# ${f.target} -> ${f.source} stays off until a failback: enable it then, with the roles swapped.`, `${f.target}->${f.source}.enabled = false`])
      : [];
  return {
    path: `${DIR}/mm2.properties`,
    description: 'MirrorMaker 2 (dedicated cluster) configuration for the replication between regions',
    contents: lines(
      `# MirrorMaker 2 for "${design.name}": ${flows[0]!.mode} between ${aliases.join(', ')}, as the design's replication says.`,
      '# Run a dedicated MirrorMaker 2 cluster near each target region (it consumes over the WAN and produces locally):',
      ...targets.map((t) => `#   bin/connect-mirror-maker.sh mm2.properties --clusters ${t}`),
      ...(flows[0]!.tool !== 'MirrorMaker 2' ? [`# The platform's own link (${flows[0]!.tool}) is the managed alternative; this file is for MirrorMaker 2.`] : []),
      ...(useEnv
        ? [
            '# Addresses and credentials come from the environment (EnvVarConfigProvider, Kafka 3.5+).',
            'config.providers = env',
            'config.providers.env.class = org.apache.kafka.common.config.provider.EnvVarConfigProvider',
          ]
        : [`# Kafka ${design.kafkaVersion} has no environment config provider: fill in the addresses and credentials (or use a FileConfigProvider).`]),
      '',
      `clusters = ${aliases.join(', ')}`,
      ...aliases.flatMap((a) => clusterLines(a, design, useEnv)),
      '',
      ...policyComment(flows, policy),
      `replication.policy.class = ${policy}`,
      `# Copies as durable as their sources (MirrorMaker's own default is 2), and so are MirrorMaker's internal topics.`,
      `replication.factor = ${rf}`,
      ...['checkpoints.topic', 'heartbeats.topic', 'offset-syncs.topic', 'config.storage', 'offset.storage', 'status.storage'].map((t) => `${t}.replication.factor = ${rf}`),
      ...(compareVersions(design.kafkaVersion, '3.5') >= 0
        ? ['# Several MirrorMaker nodes per region forward task configs to the leader over this REST listener (KIP-710).', 'dedicated.mode.enable.internal.rest = true']
        : []),
      ...flows.flatMap((f) => {
        const groups = groupsPattern(f, design.consumers);
        const tasks = mirroredPartitions(design, f);
        return [
          '',
          `# ${f.source} -> ${f.target}: ${f.topics.map((t, i) => `${t} -> ${f.remoteTopics[i]}`).join(', ')}`,
          ...f.rationale.filter((r) => r.setting !== 'tool').map((r) => `# ${r.setting}: ${r.why.replace(/\s+/g, ' ')}`),
          `${f.source}->${f.target}.enabled = true`,
          ...PER_FLOW.filter((k) => flowSetting(f, k) !== undefined).map((k) => `${f.source}->${f.target}.${k} = ${propertyValue(flowSetting(f, k)!)}`),
          ...(groups ? ['# Offsets are translated only for the groups that read the mirrored topics.', `${f.source}->${f.target}.groups = ${propertyValue(groups)}`] : []),
          `# At most one task per mirrored partition (${tasks}).`,
          `${f.source}->${f.target}.tasks.max = ${tasks}`,
        ];
      }),
      ...(reverse.length > 0 ? ['', ...reverse.flat()] : []),
      '',
    ),
  };
}

/** One KafkaMirrorMaker2 per target region: Strimzi runs it on that region's Kubernetes, beside its target. */
export function renderStrimziMirrorMaker(design: Design): GeneratedFile {
  const flows = design.replication!;
  const targets = [...new Set(flows.map((f) => f.target))];
  const rf = Number(flowSetting(flows[0]!, 'replication.factor'));
  const bootstrap = (alias: string) => `${alias}-kafka-bootstrap:9092`;
  const resources = targets.map((target) => {
    const into = flows.filter((f) => f.target === target);
    const aliases = [...new Set([target, ...into.map((f) => f.source)])];
    return {
      apiVersion: 'kafka.strimzi.io/v1beta2',
      kind: 'KafkaMirrorMaker2',
      metadata: { name: `${design.name}-mm2-${target}`.toLowerCase().replace(/[^a-z0-9-]/g, '-') },
      spec: {
        replicas: 1,
        connectCluster: target,
        clusters: aliases.map((alias) => ({
          alias,
          bootstrapServers: bootstrap(alias),
          ...(alias === target ? { config: { 'config.storage.replication.factor': rf, 'offset.storage.replication.factor': rf, 'status.storage.replication.factor': rf } } : {}),
        })),
        mirrors: into.map((f) => {
          const groups = groupsPattern(f, design.consumers);
          const policy = flowSetting(f, 'replication.policy.class')!;
          return {
            sourceCluster: f.source,
            targetCluster: f.target,
            topicsPattern: flowSetting(f, 'topics') ?? f.topics.map(escapeName).join('|'),
            ...(groups ? { groupsPattern: groups } : {}),
            sourceConnector: {
              tasksMax: mirroredPartitions(design, f),
              config: { 'replication.factor': rf, 'offset-syncs.topic.replication.factor': rf, 'replication.policy.class': policy },
            },
            checkpointConnector: {
              config: {
                'checkpoints.topic.replication.factor': rf,
                ...(flowSetting(f, 'emit.checkpoints.interval.seconds') ? { 'emit.checkpoints.interval.seconds': Number(flowSetting(f, 'emit.checkpoints.interval.seconds')) } : {}),
                'sync.group.offsets.enabled': flowSetting(f, 'sync.group.offsets.enabled') === 'true',
                'replication.policy.class': policy,
              },
            },
            heartbeatConnector: { config: { 'heartbeats.topic.replication.factor': rf } },
          };
        }),
      },
    };
  });
  return {
    path: `${DIR}/strimzi-mirrormaker2.yaml`,
    description: 'Strimzi KafkaMirrorMaker2 resources, one per target region',
    contents: lines(
      `# KafkaMirrorMaker2 resources for "${design.name}" (${flows[0]!.mode}). Apply each in its target region's namespace;`,
      '# bootstrapServers name the Strimzi bootstrap services: replace them with the real addresses (and add tls/authentication',
      `# for ${securityOf(design.security).protocol}). Topic names, offsets and failover: see mm2.properties beside this file.`,
      resources.map((r) => lines('---', stringify(r, { lineWidth: 0 }).trimEnd())).join('\n'),
      '',
    ),
  };
}

export function renderMirrorMaker(design: Design): GeneratedFile[] {
  if (!design.replication || design.replication.length === 0) return [];
  return [renderMirrorMakerProperties(design), renderStrimziMirrorMaker(design)];
}
