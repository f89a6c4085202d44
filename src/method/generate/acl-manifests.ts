// The design's ACLs and quotas as the tools that apply them take them: kafka-acls.sh and
// kafka-configs.sh commands, Strimzi KafkaUser resources, and Terraform kafka_acl / kafka_quota
// resources (Mongey/kafka provider). Each grant keeps its reason as a comment.
import { stringify } from 'yaml';
import type { Acl, Design, Quota } from '../../model/design.js';
import { type GeneratedFile, lines, oneLine, quote, snakeCase } from './files.js';
import { kubernetesName } from './strimzi.js';

/** READ -> Read, IDEMPOTENT_WRITE -> IdempotentWrite: the spelling the tools take. */
export function operationName(op: string): string {
  return op
    .toLowerCase()
    .split('_')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

const SHELL_SAFE = /^[A-Za-z0-9._,:=/+-]+$/;
function shellWord(word: string): string {
  return SHELL_SAFE.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

const ACL_FLAG: Record<Acl['resourceType'], string> = { topic: '--topic', group: '--group', 'transactional-id': '--transactional-id', cluster: '--cluster' };

function quotaEntries(q: Quota): Array<[string, number]> {
  return [
    ['producer_byte_rate', q.producerByteRate],
    ['consumer_byte_rate', q.consumerByteRate],
    ['request_percentage', q.requestPercentage],
  ].filter((e): e is [string, number] => typeof e[1] === 'number');
}

const userName = (principal: string) => principal.replace(/^User:/, '');

export function renderAclScript(design: Design, dir: string): GeneratedFile {
  const acls = design.acls ?? [];
  const quotas = design.quotas ?? [];
  const aclCommand = (a: Acl) =>
    lines(
      `# ${oneLine(a.why)}`,
      '"$KAFKA_ACLS" --bootstrap-server "$BOOTSTRAP_SERVERS" $ADMIN_CONFIG --add \\',
      `  --allow-principal ${shellWord(a.principal)} \\`,
      ...a.operations.map((op) => `  --operation ${operationName(op)} \\`),
      a.resourceType === 'cluster' ? '  --cluster' : `  ${ACL_FLAG[a.resourceType]} ${shellWord(a.name)}${a.patternType === 'prefixed' ? ' --resource-pattern-type prefixed' : ''}`,
    );
  const quotaCommand = (q: Quota) =>
    lines(
      `# ${oneLine(q.why)}`,
      `"$KAFKA_CONFIGS" --bootstrap-server "$BOOTSTRAP_SERVERS" $ADMIN_CONFIG --alter --entity-type users --entity-name ${shellWord(userName(q.principal))} \\`,
      `  --add-config ${shellWord(
        quotaEntries(q)
          .map(([k, v]) => `${k}=${v}`)
          .join(','),
      )}`,
    );
  return {
    path: `${dir}/create-acls.sh`,
    description: 'ACLs with kafka-acls.sh and quotas with kafka-configs.sh',
    contents: lines(
      '#!/usr/bin/env sh',
      `# Grants each service of the design "${design.name}" only what it needs, and sets its quotas.`,
      '# Safe to run again: adding an ACL or quota that exists changes nothing.',
      '#   KAFKA_BOOTSTRAP_SERVERS  brokers to connect to (default localhost:9092)',
      '#   KAFKA_ADMIN_CONFIG       client properties of an admin principal (security.protocol, sasl.*)',
      '#   KAFKA_ACLS, KAFKA_CONFIGS  paths of kafka-acls.sh and kafka-configs.sh (default: on PATH)',
      'set -eu',
      'BOOTSTRAP_SERVERS="${KAFKA_BOOTSTRAP_SERVERS:-localhost:9092}"',
      'KAFKA_ACLS="${KAFKA_ACLS:-kafka-acls.sh}"',
      'KAFKA_CONFIGS="${KAFKA_CONFIGS:-kafka-configs.sh}"',
      'ADMIN_CONFIG="${KAFKA_ADMIN_CONFIG:+--command-config $KAFKA_ADMIN_CONFIG}"',
      '',
      acls.length ? acls.map(aclCommand).join('\n\n') : '# The design grants no ACLs (authorization: none).',
      quotas.length ? '' : null,
      quotas.map(quotaCommand).join('\n\n') || null,
      '',
    ),
  };
}

const STRIMZI_RESOURCE: Record<Acl['resourceType'], string> = { topic: 'topic', group: 'group', 'transactional-id': 'transactionalId', cluster: 'cluster' };
/** KafkaUser authentication types Strimzi manages credentials for. */
const STRIMZI_AUTHENTICATION: Record<string, string> = { scram: 'scram-sha-512', mtls: 'tls' };

export function renderKafkaUsers(design: Design, cluster: string, dir: string): GeneratedFile {
  const acls = design.acls ?? [];
  const principals = [...new Set([...acls.map((a) => a.principal), ...(design.quotas ?? []).map((q) => q.principal)])];
  const authentication = STRIMZI_AUTHENTICATION[design.security?.authentication ?? ''];
  const user = (principal: string) => {
    const own = acls.filter((a) => a.principal === principal);
    const quota = design.quotas?.find((q) => q.principal === principal);
    const resource = {
      apiVersion: 'kafka.strimzi.io/v1beta2',
      kind: 'KafkaUser',
      metadata: { name: kubernetesName(userName(principal)), labels: { 'strimzi.io/cluster': cluster } },
      spec: {
        ...(authentication ? { authentication: { type: authentication } } : {}),
        ...(own.length
          ? {
              authorization: {
                type: 'simple',
                acls: own.map((a) => ({
                  resource: { type: STRIMZI_RESOURCE[a.resourceType], ...(a.resourceType === 'cluster' ? {} : { name: a.name, patternType: a.patternType }) },
                  operations: a.operations.map(operationName),
                })),
              },
            }
          : {}),
        ...(quota ? { quotas: Object.fromEntries(quotaEntries(quota).map(([k, v]) => [k.replace(/_(\w)/g, (_m, c: string) => c.toUpperCase()), v])) } : {}),
      },
    };
    return lines(
      '---',
      ...own.map((a) => `# ${a.resourceType} ${a.name}${a.patternType === 'prefixed' ? '*' : ''}: ${oneLine(a.why)}`),
      quota ? `# quota: ${oneLine(quota.why)}` : null,
      stringify(resource, { lineWidth: 0 }).trimEnd(),
    );
  };
  return {
    path: `${dir}/strimzi-users.yaml`,
    description: 'Strimzi KafkaUser resources (credentials, ACLs, quotas)',
    contents: lines(
      `# KafkaUser resources for the design "${design.name}", one per service. The User Operator creates`,
      `# ${authentication ? `their ${authentication} credentials as Secrets named after each user and ` : ''}applies their ACLs (the Kafka resource "${cluster}" needs authorization type simple).`,
      authentication ? null : `# The design authenticates with ${design.security?.authentication ?? 'none'}, which KafkaUser does not issue credentials for: ACLs and quotas only.`,
      principals.length ? principals.map(user).join('\n') : '# The design grants no ACLs (authorization: none).',
      '',
    ),
  };
}

const TERRAFORM_RESOURCE: Record<Acl['resourceType'], string> = { topic: 'Topic', group: 'Group', 'transactional-id': 'TransactionalID', cluster: 'Cluster' };

export function renderTerraformAcls(design: Design, dir: string): GeneratedFile {
  const resource = (a: Acl, op: string) =>
    lines(
      `resource "kafka_acl" ${quote(snakeCase(`${userName(a.principal)} ${a.resourceType} ${a.name} ${a.patternType} ${op}`))} {`,
      `  acl_principal                = ${quote(a.principal)}`,
      '  acl_host                     = "*"',
      `  acl_operation                = ${quote(operationName(op))}`,
      '  acl_permission_type          = "Allow"',
      `  acl_resource_type            = ${quote(TERRAFORM_RESOURCE[a.resourceType])}`,
      `  acl_resource_name            = ${quote(a.name)}`,
      `  resource_pattern_type_filter = ${quote(a.patternType === 'prefixed' ? 'Prefixed' : 'Literal')}`,
      '}',
    );
  const quota = (q: Quota) =>
    lines(
      `# ${oneLine(q.why)}`,
      `resource "kafka_quota" ${quote(snakeCase(`${userName(q.principal)} quota`))} {`,
      `  entity_name = ${quote(userName(q.principal))}`,
      '  entity_type = "user"',
      '  config = {',
      ...quotaEntries(q).map(([k, v]) => `    ${quote(k)} = ${quote(String(v))}`),
      '  }',
      '}',
    );
  return {
    path: `${dir}/acls.tf`,
    description: 'Terraform kafka_acl and kafka_quota resources (Mongey/kafka provider)',
    contents: lines(
      `# ACLs and quotas of the design "${design.name}" (the provider is configured in main.tf).`,
      ...(design.acls ?? []).map((a) => lines(`# ${oneLine(a.why)}`, a.operations.map((op) => resource(a, op)).join('\n'), '')),
      ...(design.quotas ?? []).map((q) => lines(quota(q), '')),
    ),
  };
}
