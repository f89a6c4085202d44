// Every library x every setting a design writes: the rationale tells the truth about that
// library's own default (never Java's for another library, never "above" a default it is below).
import { describe, expect, it } from 'vitest';
import { CLIENT_LIBRARIES, clientDefault, clientLibrary } from '../../src/knowledge/clients.js';
import { design } from '../../src/method/design.js';
import type { Flow, Requirements } from '../../src/model/requirements.js';
import { requirements } from './helpers.js';

const FLOWS: Partial<Flow>[] = [
  { delivery: 'at-least-once', throughput: { peak_per_second: 50000, message_bytes: 2000 }, latency: { end_to_end_p99_ms: 30000 } },
  { delivery: 'at-most-once', throughput: { peak_per_second: 400000, message_bytes: 1000 }, latency: { end_to_end_p99_ms: 30000 } },
  { delivery: 'exactly-once', key: 'id', processing: { side_effects: 'kafka', per_message_ms: { p50: 200, p99: 4000 } } },
  { throughput: { peak_per_second: 20, message_bytes: 300 } },
];
const PRIORITIES = ['balanced', 'cost', 'latency'] as const;
const VERSIONS = ['3.6', '4.1'] as const;

const cases = CLIENT_LIBRARIES.flatMap((lib) =>
  lib.languages.slice(0, 1).flatMap((language) => FLOWS.flatMap((flow, i) => PRIORITIES.flatMap((priority) => VERSIONS.map((version) => ({ library: lib.id, language, flow, i, priority, version }))))),
);

describe.each(CLIENT_LIBRARIES.map((l) => l.id))('%s', (library) => {
  it.each(cases.filter((c) => c.library === library))('flow $i, priority $priority, Kafka $version', ({ language, flow, priority, version }) => {
    const top: Partial<Requirements> = { priority, cluster: { kafka_version: version, brokers: 3 }, client: { language, library } };
    const d = design(requirements(flow, top));
    const family = clientLibrary(library)!.family;
    for (const [scope, members] of [
      ['producer', d.producers],
      ['consumer', d.consumers],
    ] as const) {
      for (const m of members) {
        for (const r of m.rationale) {
          if (family !== 'java') expect(r.why).not.toMatch(/Java default/);
          const value = m.config[r.setting];
          if (value === undefined || !/^-?\d+$/.test(value)) continue;
          const def = clientDefault(scope, r.setting, version, library).value;
          if (def === null || !/^-?\d+$/.test(def)) continue;
          if (/\b(above|raises?|raised) the\b[^.]*default/i.test(r.why)) expect(Number(value), `${r.setting}: ${r.why}`).toBeGreaterThan(Number(def));
          if (/\b(below|lowers?|lowered) the\b[^.]*default/i.test(r.why)) expect(Number(value), `${r.setting}: ${r.why}`).toBeLessThan(Number(def));
          const said = /Default would be (\S+) \(([^)]*)\)/.exec(r.why);
          if (said && family !== 'java' && !/not in the catalog/.test(said[2]!)) expect(said[2]).not.toMatch(/^Kafka \d/);
        }
      }
    }
  });
});
