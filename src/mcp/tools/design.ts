import { z } from 'zod';
import { designDocumentFromText } from '../../method/converge/round.js';
import { findingsDigest } from '../../method/report/findings-digest.js';
import { defineTool, MAX_TEXT } from '../tool.js';

export const designTool = defineTool({
  name: 'design',
  title: 'Design a Kafka pipeline',
  description: [
    'Turns streaming requirements into a checked Kafka design: topics (partitions from the throughput arithmetic, keys for the ordering asked, replication and min.insync.replicas), producer and consumer settings for the Kafka version and client library, patterns, and self-critique findings.',
    'Call it instead of proposing partition counts or client settings yourself. Input: the requirements file as YAML or JSON text (fields: name, environment, cluster{kafka_version,brokers,racks,platform}, client{language,library}, flows[{name,source,sink,key,ordering,delivery,state,throughput{average_per_second,peak_per_second,message_bytes,growth_factor},latency{end_to_end_p99_ms},retention,processing{per_message_ms{p50,p99},max_instances,external_rate_limit_per_second,side_effects},schema{format,evolves}}]); the contract resource kafka://contract/requirements has the JSON Schema.',
    'Failure handling, hot keys and caches read flows[].throughput.hot_key_share, flows[].consumption (group | every-instance), flows[].deletes and flows[].deletes_within.',
    'Returns the design document (structured content): topics, producers, consumers (config maps use Java client names), patterns, findings, assumptions and questions. Relay the assumptions and questions to the user.',
  ].join('\n'),
  input: z.object({
    requirements: z.string().min(1).max(MAX_TEXT).describe('the requirements file, YAML or JSON text'),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: false, idempotentHint: true },
  run({ requirements }) {
    const d = designDocumentFromText(requirements, 'requirements');
    const topics = d.topics.map((t) => `${t.name}: ${t.partitions} partitions, RF ${t.replicationFactor}, key ${t.key ?? 'none'}`).join('; ');
    return {
      json: d,
      summary: `Design ${d.name} for Kafka ${d.kafkaVersion} (${d.client.library}): ${topics}. Patterns: ${d.patterns.map((p) => p.id).join(', ') || 'none'}. ${d.questions.length} open question(s).\n${findingsDigest(d.findings).join('\n')}`,
    };
  },
});
