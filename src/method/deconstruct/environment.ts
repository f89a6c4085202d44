// One requirements file, several environments. `environments.<env>` holds what that environment
// changes; applying it gives the requirements `design` works on. Switching a production file to
// development also brings the development defaults (one local broker, one consumer), and the
// way back drops them, each stated in the notes so nothing changes silently.
import { UserError } from '../../model/errors.js';
import { requirementsSchema, type Environment, type EnvironmentOverride, type Flow, type Requirements } from '../../model/requirements.js';

export interface EnvironmentVariant {
  requirements: Requirements;
  environment: Environment;
  /** What applying the environment changed, in words. */
  notes: string[];
}

type Plain = Record<string, unknown>;

function isPlain(v: unknown): v is Plain {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Objects merge key by key; anything else in `over` replaces what `base` had. */
function merge<T>(base: T, over: unknown): T {
  if (!isPlain(base) || !isPlain(over)) return (over === undefined ? base : over) as T;
  const out: Plain = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = merge(out[k], v);
  return out as T;
}

function mergeFlows(flows: Flow[], overrides: NonNullable<EnvironmentOverride['flows']>, env: Environment, file?: string): Flow[] {
  const out = flows.map((f) => structuredClone(f));
  overrides.forEach((o, i) => {
    const at = out.findIndex((f) => f.name === o.name);
    if (at < 0) {
      throw new UserError({ file, field: `environments.${env}.flows[${i}].name`, message: `no flow named "${o.name}" to override`, expected: `one of: ${flows.map((f) => f.name).join(', ')}` });
    }
    out[at] = merge(out[at]!, o);
  });
  return out;
}

/** Defaults that come with moving a file from one environment to another. */
function switchDefaults(req: Requirements, from: Environment, to: Environment, notes: string[]): Requirements {
  const out = structuredClone(req);
  if (to === 'development' && from !== 'development') {
    out.cluster = { ...out.cluster, brokers: 1 };
    delete out.cluster.racks;
    notes.push(`development: one local broker (the ${from} file has ${req.cluster?.brokers ?? 'the default'} broker(s)), so replication 1 and no rack spread`);
    for (const flow of out.flows) {
      flow.processing = { ...flow.processing, max_instances: 1 };
      if (flow.throughput?.growth_factor !== undefined) delete flow.throughput.growth_factor;
    }
    notes.push('development: one consumer instance per flow and no planned growth, so partition counts stay small');
  }
  if (from === 'development' && to !== 'development' && out.cluster?.brokers === 1) {
    delete out.cluster.brokers;
    notes.push(`${to}: the single development broker is dropped; the design takes the ${to} default (3 brokers) unless environments.${to} sets one`);
  }
  return out;
}

/**
 * The requirements for `env` (default: the file's own environment): its override applied over
 * the rest of the file, and `environments` removed. Throws a UserError for an override that
 * names a flow the file does not have.
 */
export function applyEnvironment(req: Requirements, env?: Environment, file?: string): EnvironmentVariant {
  const from = req.environment ?? 'production';
  const to = env ?? from;
  const notes: string[] = [];
  const { environments, ...rest } = req;
  let out: Requirements = switchDefaults({ ...rest, environment: to }, from, to, notes);
  const override = environments?.[to];
  if (override) {
    const { flows, ...scalars } = override;
    out = merge(out, scalars);
    if (flows) out.flows = mergeFlows(out.flows, flows, to, file);
    notes.push(`environments.${to} applied: ${describeOverride(override)}`);
  }
  const parsed = requirementsSchema.safeParse(out);
  if (!parsed.success) throw new Error(`applying environment ${to} built invalid requirements: ${parsed.error.message}`);
  return { requirements: parsed.data, environment: to, notes };
}

function describeOverride(o: EnvironmentOverride): string {
  const fields: string[] = [];
  const walk = (v: unknown, path: string) => {
    if (isPlain(v)) for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
    else fields.push(`${path}=${JSON.stringify(v)}`);
  };
  const { flows, ...scalars } = o;
  walk(scalars, '');
  for (const f of flows ?? []) {
    const { name, ...rest } = f;
    walk(rest, `flows[${name}]`);
  }
  return fields.join(', ') || 'nothing';
}
