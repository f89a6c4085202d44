// The agent definition names exactly the tools the server offers, so an assistant using it can
// call every capability and nothing that does not exist.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { methodText } from '../../src/mcp/prompts.js';
import { TOOLS } from '../../src/mcp/tools/index.js';

const agent = readFileSync(new URL('../../agents/kafka-specialist.md', import.meta.url), 'utf8');
const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(agent)![1]!;

describe('agents/kafka-specialist.md', () => {
  it('has the subagent front matter: name, description, tools', () => {
    expect(frontMatter).toMatch(/^name: kafka-specialist$/m);
    expect(frontMatter).toMatch(/^description: .{40,}$/m);
  });

  it('lists every MCP tool, and only those', () => {
    const listed = /^tools: (.*)$/m.exec(frontMatter)![1]!.split(',').map((t) => t.trim()).filter((t) => t.startsWith('mcp__kafka-specialist__')).map((t) => t.slice('mcp__kafka-specialist__'.length));
    expect([...listed].sort()).toEqual(TOOLS.map((t) => t.name).sort());
  });

  it('states the guardrails and is the method prompt', () => {
    const body = methodText();
    for (const idea of [/order only within a partition/i, /unit of scale/i, /at-least-once/i, /read_committed/i, /schema registry/i, /not from memory/i]) expect(body).toMatch(idea);
  });
});
