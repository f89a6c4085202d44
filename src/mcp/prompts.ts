// The specialist's method as MCP prompts. The method prompt's text is the agent definition's body
// (agents/kafka-specialist.md), so the subagent and the prompt cannot drift apart.
import { readFileSync } from 'node:fs';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const AGENT_FILE = new URL('../../agents/kafka-specialist.md', import.meta.url);

export function methodText(): string {
  const text = readFileSync(AGENT_FILE, 'utf8');
  return text.replace(/^---\n[\s\S]*?\n---\n/, '').trim();
}

const user = (text: string) => ({ messages: [{ role: 'user' as const, content: { type: 'text' as const, text } }] });

export function registerPrompts(server: McpServer): void {
  server.registerPrompt(
    'kafka-method',
    {
      title: "Work a Kafka problem the specialist's way",
      description: 'Deconstruct, contextualize with the reference tools, formulate a strategy with the design tool, generate, self-critique and verify.',
      argsSchema: { request: z.string().describe("the streaming problem in the user's words") },
    },
    ({ request }) => user(`${methodText()}\n\n## The request\n\n${request}`),
  );

  server.registerPrompt(
    'diagnose-consumer-lag',
    {
      title: 'Diagnose my consumer lag',
      description: 'Why a consumer falls behind, with the arithmetic, and what to change.',
      argsSchema: { symptoms: z.string().describe('what is observed: rates, processing times, instances, partitions, config') },
    },
    ({ symptoms }) =>
      user(
        `A consumer is falling behind. Symptoms: ${symptoms}\n\nPass what the user said to lag_analyze: the arrival rate, processing time (both percentiles, or a range as processing_min_ms/processing_max_ms), the configured batch (max.poll.records, or N of consume(num_messages=N) for librdkafka) as batch_records, rebalances_reported when they see rebalances, the client library, and instances and partitions only if known: the tool assumes what is missing and lists each assumption with its question. Put those questions to the user. If a cluster is configured, call lag_status for the group. Explain the capacity arithmetic, the poll-loop timing in the library's own terms and the ranked recommendations it returns; do not invent numbers the tools did not give.`,
      ),
  );

  server.registerPrompt(
    'design-event-schema',
    {
      title: 'Design an event schema',
      description: 'An Avro event schema that evolves safely, checked for compatibility.',
      argsSchema: { entity: z.string().describe('the entity, e.g. task'), fields: z.string().describe('its fields, e.g. "title:string,due:timestamp-millis?"') },
    },
    ({ entity, fields }) =>
      user(
        `Design an Avro event schema for the entity "${entity}" with fields ${fields}. Call schema_scaffold to get an envelope (event id, type, occurred-at, correlation and causation ids) with the entity nested and optional fields as null unions, then schema_lint on it. For any later change, call schema_check against the earlier versions in the subject's compatibility mode and report every incompatibility with its fix.`,
      ),
  );

  server.registerPrompt(
    'review-config',
    {
      title: 'Review my Kafka config',
      description: 'What in an existing client, broker or topic config will bite, before production does.',
      argsSchema: { config: z.string().describe('the config file contents'), intent: z.string().optional().describe('what it is for: delivery guarantee, processing time, environment') },
    },
    ({ config, intent }) =>
      user(
        `Review this Kafka configuration${intent ? ` (intent: ${intent})` : ''}. Call the critique tool with it and the intent as its fields (delivery, input_transactional when the input is written in transactions, external_side_effect for what the handler does outside Kafka such as a card charge, processing_p99_ms, batch_records, client), then explain each finding, most severe first, with its fix. A finding that says it rests on an assumed value is a question for the user (it ends with the question to ask), not a verdict. Do not add findings of your own without checking them with explain_setting.\n\n\`\`\`\n${config}\n\`\`\``,
      ),
  );
}
