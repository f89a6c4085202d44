// design cost per flow as the number of flows grows (1, 30, 300, 3,000): linear means the
// per-flow figure stays flat; the target is 3,000 flows within 1.5x the per-flow cost at 30.
import './footer.mjs';
import { design, requirementsSchema } from '../dist/index.js';

function requirements(n) {
  const flows = Array.from({ length: n }, (_, i) => ({
    name: `flow-${i}`,
    // Chains of services: every third flow feeds the next one, some of them exactly-once into Kafka.
    source: i % 3 === 0 ? `svc-${i}` : `svc-${i - 1}-out`,
    sink: `svc-${i}-out`,
    key: i % 2 ? 'entity_id' : undefined,
    delivery: i % 5 === 0 ? 'exactly-once' : 'at-least-once',
    throughput: { average_per_second: 50 + (i % 400), peak_per_second: 200 + (i % 1600), message_bytes: 500 + (i % 5) * 200 },
    processing: { per_message_ms: { p50: 2 + (i % 10), p99: 20 + (i % 100) }, side_effects: i % 5 === 0 ? 'kafka' : 'none' },
  }));
  return requirementsSchema.parse({ name: 'scale', cluster: { kafka_version: '3.9', brokers: 6 }, client: { language: 'java' }, flows });
}

const perFlow = {};
for (const n of [1, 30, 300, 3000]) {
  const req = requirements(n);
  design(req); // warm
  const rounds = Math.max(1, Math.floor(300 / n));
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) design(req);
  const c = process.cpuUsage(cpu0);
  perFlow[n] = (c.user + c.system) / 1000 / rounds / n;
  console.log(`design of ${String(n).padStart(5)} flows: ${perFlow[n].toFixed(3)} ms CPU per flow`);
}
const ratio = perFlow[3000] / perFlow[30];
console.log(`per-flow cost at 3,000 flows / at 30 flows = ${ratio.toFixed(2)} (target <= 1.5) ${ratio <= 1.5 ? 'OK' : 'BELOW TARGET'}`);
process.exitCode = ratio <= 1.5 ? 0 : 1;
