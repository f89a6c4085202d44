// Requirements the generator's tests design from: text through the same parsing and design step
// the CLI uses, and the small keyed orders flow the tests that run programs on a broker share.
import { parseWithSchema } from '../../../src/method/deconstruct/parse.js';
import { design as designFor } from '../../../src/method/design.js';
import type { Design } from '../../../src/model/design.js';
import { requirementsSchema } from '../../../src/model/requirements.js';

export function designFromText(text: string, file: string): Design {
  return designFor(parseWithSchema(text, file, requirementsSchema), { file });
}

/** A keyed, at-least-once orders flow light enough to run end to end; `cluster` is its YAML mapping. */
export function ordersRequirements(name: string, cluster: string): string {
  return `
name: ${name}
environment: development
cluster: ${cluster}
flows:
  - name: orders
    source: checkout
    sink: fulfilment
    key: order_id
    ordering: per-key
    delivery: at-least-once
    throughput: { average_per_second: 20, peak_per_second: 100, message_bytes: 300 }
    retention: 1d
    processing: { per_message_ms: { p50: 1, p99: 5 }, max_instances: 2 }
    schema: { format: json, evolves: false }
`;
}
