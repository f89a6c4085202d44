// critique: the configurations people already run -> findings. Reads every file, pairs topics and
// clients with a broker configuration given alongside, runs every rule with the user's intent,
// and redacts secrets from whatever the rules say.
import { isVersionString, newestVersion } from '../../knowledge/catalog.js';
import type { Finding } from '../../model/design.js';
import { didYouMean, UserError } from '../../model/errors.js';
import { CLIENT_LIBRARIES, clientLibrary } from '../../knowledge/clients.js';
import { requirementsSchema } from '../../model/requirements.js';
import { deconstruct } from '../deconstruct/normalize.js';
import { parseWithSchema } from '../deconstruct/parse.js';
import { provenanceOf } from '../rules.js';
import { createContext, type Intent, runRules } from './engine.js';
import { type ConfigKind, type ConfigUnderReview } from './config-model.js';
import { readConfigFiles } from './inputs/index.js';
import { ALL_RULES } from './rules/index.js';
import { redact, secretValues } from './secrets.js';

export interface CritiqueFile {
  text: string;
  file: string;
  /** The kind when it is known rather than detected (a live topic's or broker's configs). */
  kind?: ConfigKind;
}

export interface CritiqueOptions {
  kind?: ConfigKind;
  library?: string;
  /** Overrides any version a file states. */
  kafkaVersion?: string;
  intent?: Intent;
}

export interface ReviewedConfig {
  file?: string;
  kind: ConfigKind;
  label?: string;
  library: string;
  kafkaVersion: string;
  settings: number;
}

export interface CritiqueResult {
  findings: Finding[];
  reviewed: ReviewedConfig[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function critique(files: readonly CritiqueFile[], options: CritiqueOptions = {}): CritiqueResult {
  if (options.kafkaVersion !== undefined && !isVersionString(options.kafkaVersion)) {
    throw new UserError({ field: '--kafka-version', message: 'not a Kafka version', expected: 'a version such as 3.9 or 4.1.0', found: options.kafkaVersion });
  }
  if (options.library !== undefined && !clientLibrary(options.library)) {
    const known = CLIENT_LIBRARIES.map((l) => l.id);
    const near = didYouMean(options.library, known);
    throw new UserError({ field: '--client', message: `unknown client library "${options.library}"`, expected: known.join(', '), ...(near.length ? { suggestion: `did you mean ${near[0]}?` } : {}) });
  }
  const configs = readConfigFiles(files, { ...(options.kind ? { kind: options.kind } : {}), ...(options.library ? { library: options.library } : {}) });
  const secrets = secretValues(configs);
  const findings: Finding[] = [];
  const reviewed: ReviewedConfig[] = [];
  for (const config of configs) {
    const version = versionFor(config, options.kafkaVersion);
    const stated = options.kafkaVersion ?? config.statedVersion ?? config.cluster?.statedVersion;
    const ctx = createContext(stated ? config : { ...config, versionAssumed: true }, version, options.intent ?? {});
    reviewed.push({
      ...(config.file ? { file: config.file } : {}),
      kind: config.kind,
      ...(config.label ? { label: config.label } : {}),
      library: ctx.library,
      kafkaVersion: version,
      settings: config.entries.length,
    });
    // The findings are runRules' own: secrets are redacted in place.
    for (const f of runRules(ALL_RULES, ctx)) {
      if (secrets.length > 0) {
        f.message = redact(f.message, secrets);
        f.fix = redact(f.fix, secrets);
      }
      findings.push(f);
    }
  }
  // Equal strings are compared without the collator: most findings share their file.
  const byLocale = (a: string, b: string) => (a === b ? 0 : a.localeCompare(b));
  findings.sort((a, b) => byLocale(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || byLocale(a.rule, b.rule));
  return { findings, reviewed };
}

function versionFor(config: ConfigUnderReview, requested: string | undefined): string {
  const stated = config.statedVersion ?? config.cluster?.statedVersion;
  if (requested) return requested;
  if (stated && isVersionString(stated)) return stated;
  return newestVersion();
}

/** The intent a flow of a requirements file states, plus the cluster facts it gives. */
export function intentFromRequirements(text: string, file: string, flowName: string | undefined): { intent: Intent; kafkaVersion?: string; library?: string } {
  const facts = deconstruct(parseWithSchema(text, file, requirementsSchema), file);
  const names = facts.flows.map((f) => f.name);
  const flow = flowName === undefined && facts.flows.length === 1 ? facts.flows[0] : facts.flows.find((f) => f.name === flowName);
  if (!flow) {
    throw new UserError({
      file,
      field: '--flow',
      message: flowName === undefined ? 'the requirements hold several flows; say which one the configs serve' : `no flow named "${flowName}"`,
      expected: names.join(', '),
      ...(flowName !== undefined ? { found: flowName } : {}),
      suggestion: `pass --flow ${names[0]}`,
    });
  }
  // Only what the user stated becomes intent: an assumed value would judge their files by our guess.
  const assumed = provenanceOf(facts.assumptions);
  const stated = (field: string) => assumed(field) === undefined;
  const at = (f: string) => `flows[${flow.index}].${f}`;
  return {
    intent: {
      ...(stated(at('delivery')) ? { delivery: flow.delivery } : {}),
      ...(stated(at('ordering')) ? { ordering: flow.ordering } : {}),
      ...(flow.state || (stated(at('processing.side_effects')) && flow.processing.sideEffects === 'database') ? { buildsState: true } : {}),
      ...(stated('environment') ? { environment: facts.environment } : {}),
      ...(stated(at('processing.per_message_ms')) ? { processingP99Ms: flow.processing.p99Ms } : {}),
      ...(stated(at('throughput.message_bytes')) ? { messageBytes: flow.messageBytes } : {}),
      ...(stated('cluster.brokers') ? { brokers: facts.brokers } : {}),
      // The platform has no assumption of its own: self-managed is what an unstated platform means.
      ...(facts.platform !== 'self-managed' ? { platform: facts.platform } : {}),
      ...(facts.brokerType !== null ? { brokerType: facts.brokerType } : {}),
    },
    ...(stated('cluster.kafka_version') ? { kafkaVersion: facts.kafkaVersion } : {}),
    ...(stated('client.library') ? { library: facts.library } : {}),
  };
}
