// What changed between two rounds of requirements, field by field. Flows are matched by name
// (their order in the file means nothing), so a path reads flows[notifications].delivery.
import type { Requirements } from '../../model/requirements.js';

export interface RequirementChange {
  field: string;
  /** The flow the field belongs to, when it is a flow field. */
  flow?: string;
  before: unknown;
  after: unknown;
}

function leaves(value: unknown, path: string, out: Map<string, unknown>): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out);
  } else if (value !== undefined) {
    out.set(path, value);
  }
}

/** Every leaf of the requirements by path; `environments` is left out (diff the applied variants). */
export function flattenRequirements(req: Requirements): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const { flows, environments: _environments, ...rest } = req;
  leaves(rest, '', out);
  for (const flow of flows) {
    const { name, ...fields } = flow;
    out.set(`flows[${name}]`, 'present');
    leaves(fields, `flows[${name}]`, out);
  }
  return out;
}

const FLOW_PATH = /^flows\[([^\]]+)\]\.?(.*)$/;

/** The flow and the field within it: "flows[a].delivery" -> { flow: "a", field: "delivery" }. */
export function splitFlowField(path: string): { flow?: string; field: string } {
  const m = FLOW_PATH.exec(path);
  return m ? { flow: m[1]!, field: m[2]! } : { field: path };
}

export function diffRequirements(before: Requirements, after: Requirements): RequirementChange[] {
  const a = flattenRequirements(before);
  const b = flattenRequirements(after);
  const changes: RequirementChange[] = [];
  for (const field of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(field);
    const y = b.get(field);
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    const { flow } = splitFlowField(field);
    // A flow that came or went is one change, not one per field.
    if (flow && field !== `flows[${flow}]` && (!a.has(`flows[${flow}]`) || !b.has(`flows[${flow}]`))) continue;
    changes.push({ field, ...(flow ? { flow } : {}), before: x ?? null, after: y ?? null });
  }
  return changes;
}
