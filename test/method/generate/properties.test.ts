// Properties of generated code over many designs (seeded, so failures reproduce): every language and
// library renders every design (or refuses it for a stated reason), each flow gets its programs, and
// every setting the design makes appears in the program under the library's name, or as a comment
// saying why it is not set.
import { describe, expect, it } from 'vitest';
import { design } from '../../../src/method/design.js';
import { franzGoConfig, kafkajsConfig, kafkaPythonConfig, librdkafkaConfig, type Setting, type Translation } from '../../../src/method/generate/client-config.js';
import { generate } from '../../../src/method/generate/index.js';
import { planGeneration } from '../../../src/method/generate/plan.js';
import { UserError } from '../../../src/model/errors.js';
import { requirementsSchema, type Requirements } from '../../../src/model/requirements.js';

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 2 ** 32;
  };
}

function requirements(next: () => number, index: number): Requirements {
  const one = <T>(options: readonly T[]): T => options[Math.floor(next() * options.length)]!;
  const flows = Array.from({ length: one([1, 2]) }, (_, i) => {
    const ordering = one(['none', 'per-key'] as const);
    const p50 = one([0.5, 30, 400]);
    return {
      name: ['orders', 'refunds'][i]!,
      source: i === 0 ? 'origin' : 'orders-sink',
      sink: `${['orders', 'refunds'][i]!}-sink`,
      ...(ordering === 'per-key' ? { key: 'account_id' } : {}),
      ordering,
      delivery: one(['at-most-once', 'at-least-once', 'exactly-once'] as const),
      state: ordering === 'per-key' && next() < 0.2,
      throughput: { average_per_second: 5, peak_per_second: one([20, 800, 50000]), message_bytes: one([200, 5000]) },
      retention: one(['6h', '7d']),
      processing: {
        per_message_ms: { p50, p99: p50 * one([2, 20]) },
        max_instances: one([1, 3, 8]),
        ...(next() < 0.3 ? { external_rate_limit_per_second: one([10, 250]) } : {}),
        side_effects: one(['none', 'kafka', 'database', 'external-api'] as const),
      },
      schema: { format: one(['avro', 'json'] as const), evolves: next() < 0.5 },
    };
  });
  return requirementsSchema.parse({ name: `generated-${index}`, cluster: { kafka_version: one(['3.6', '3.9', '4.1']), brokers: 3 }, flows });
}

const TARGETS = [
  { language: 'python', library: 'confluent-kafka', translate: (s: Setting[]) => librdkafkaConfig(s) },
  { language: 'python', library: 'kafka-python', translate: (s: Setting[]) => kafkaPythonConfig(s) },
  { language: 'typescript', library: 'kafkajs', translate: (s: Setting[], role: 'producer' | 'consumer') => kafkajsConfig(s, role) as Translation },
  { language: 'java', library: 'kafka-clients', translate: (s: Setting[]) => ({ settings: s.map((x) => ({ javaName: x.name, name: x.name, value: x.value, why: x.why })), untranslated: [] }) },
  { language: 'go', library: 'confluent-kafka-go', translate: (s: Setting[]) => librdkafkaConfig(s) },
  { language: 'go', library: 'franz-go', translate: (s: Setting[]) => franzGoConfig(s) },
] as const;

/** What the program must contain for one setting: its library name (a kgo call for franz-go), or the not-set comment. */
function mentions(t: Translation): string[] {
  return [...t.settings.map((s) => (typeof s.value === 'object' && s.value.code.startsWith('kgo.') ? `kgo.${s.name}(` : s.name)), ...t.untranslated.map((u) => `${u.name}=${u.value} not set`)];
}

describe('generated code over generated designs', () => {
  const next = seeded(7);
  const designs = Array.from({ length: 40 }, (_, i) => design(requirements(next, i)));

  it.each(designs.map((d, i) => [i, d] as const))('design %i: every target renders it, with every setting present', (_i, d) => {
    const plan = planGeneration(d);
    for (const target of TARGETS) {
      let files;
      try {
        files = generate(d, { language: target.language, library: target.library });
      } catch (e) {
        // Only kafka-python may refuse, and only for transactions.
        expect(e).toBeInstanceOf(UserError);
        expect(target.library).toBe('kafka-python');
        expect((e as Error).message).toMatch(/transactions/);
        continue;
      }
      const code = files
        .filter((f) => /\.(py|ts|java|go)$/.test(f.path))
        .map((f) => f.contents)
        .join('\n');
      // One program per producer and consumer; the security helpers beside them (security.go, Security.java) are support files.
      const programs = files.filter((f) => /\.(py|ts|java|go)$/.test(f.path) && !/(^|\/)(security\.go|Security\.java)$/.test(f.path));
      expect(programs).toHaveLength(plan.producers.length + plan.consumers.length);
      for (const p of plan.producers) {
        for (const m of mentions(target.translate(p.settings, 'producer'))) expect(code, `${target.library}: producer ${p.flow}`).toContain(m);
      }
      for (const c of plan.consumers) {
        for (const m of mentions(target.translate(c.settings, 'consumer'))) expect(code, `${target.library}: consumer ${c.flow}`).toContain(m);
      }
    }
  });
});
