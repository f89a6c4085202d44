// The agent definition names exactly the tools the server offers, so an assistant using it can
// call every capability and nothing that does not exist.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { methodText } from '../../src/mcp/prompts.js';
import { TOOLS } from '../../src/mcp/tools/index.js';
import { parse } from 'yaml';
import { connectStdio } from './mcp-client.js';

const agent = readFileSync(new URL('../../agents/kafka-specialist.md', import.meta.url), 'utf8');
const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(agent)![1]!;

describe('agents/kafka-specialist.md', () => {
  it('has the subagent front matter: name, description, tools', () => {
    expect(frontMatter).toMatch(/^name: kafka-specialist$/m);
    expect(frontMatter).toMatch(/^description: .{40,}$/m);
  });

  it('lists every MCP tool, and only those', () => {
    const listed = /^tools: (.*)$/m
      .exec(frontMatter)![1]!
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t.startsWith('mcp__kafka-specialist__'))
      .map((t) => t.slice('mcp__kafka-specialist__'.length));
    expect([...listed].sort()).toEqual(TOOLS.map((t) => t.name).sort());
  });

  it('declares its own server, so its tool names hold whatever name the user registered the server under, and can read the kafka:// resources', async () => {
    const declared = parse(frontMatter) as { mcpServers?: Record<string, { command: string; args: string[] }>; tools: string };
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(declared.mcpServers?.['kafka-specialist']).toEqual({ command: 'npx', args: ['-y', `kafka-specialist@${version}`, 'mcp'] });
    expect(declared.tools.split(',').map((t) => t.trim())).toEqual(expect.arrayContaining(['ListMcpResourcesTool', 'ReadMcpResourceTool']));
    // The resources the agent points to are the server's resource templates.
    const pointed = [...new Set(methodText().match(/kafka:\/\/[a-z/{}-]+/g) ?? [])].sort();
    const client = await connectStdio();
    try {
      const { resourceTemplates } = await client.listResourceTemplates();
      expect(pointed).toEqual(resourceTemplates.map((t) => t.uriTemplate).sort());
    } finally {
      await client.close();
    }
  });

  it('states the guardrails and is the method prompt', () => {
    const body = methodText();
    for (const idea of [/order only within a partition/i, /unit of scale/i, /at-least-once/i, /read_committed/i, /schema registry/i, /not from memory/i]) expect(body).toMatch(idea);
  });
});

describe('agents/kafka-specialist.md: the three request shapes', () => {
  const section = (title: string) => {
    const start = agent.indexOf(`### ${title}`);
    expect(start, title).toBeGreaterThan(0);
    const rest = agent.slice(start + 4);
    return rest.slice(0, rest.search(/\n##/));
  };
  const order = (text: string, tools: string[]) => tools.map((t) => text.indexOf(`\`${t}\``));
  it.each([
    ['New design', ['ask', 'design', 'generate', 'verify']],
    ['Diagnosis', ['lag_analyze', 'explain_setting', 'critique', 'lag_status']],
    ['Config review', ['critique', 'explain_setting', 'generate']],
  ])('%s: asks first, then calls its tools in order', (title, tools) => {
    const text = section(title);
    expect(text).toMatch(/Ask first:/);
    const at = order(text, tools);
    expect(
      at.every((i) => i >= 0),
      `${title} names ${tools.join(', ')}`,
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const t of tools) expect(TOOLS.map((x) => x.name)).toContain(t);
  });
  it('says what the tools do not know and to say so', () => {
    expect(agent).toMatch(/advertised.listener/i);
    expect(agent).toMatch(/outbox/i);
    expect(agent).toMatch(/429/);
    expect(agent).toMatch(/say that it is yours/i);
  });
});
