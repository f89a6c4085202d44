// Every tool the MCP server offers, one per capability of the specialist.
// One import and one list entry per line, so parallel additions merge cleanly.
import type { ToolDef } from '../tool.js';
import { askTool } from './ask.js';
import { contractTool } from './contract.js';
import { designRoundTool } from './design-round.js';
import { designTool } from './design.js';
import { patternsTool } from './patterns.js';
import { schemaCheckTool, schemaLintTool, schemaScaffoldTool } from './schema.js';

export const TOOLS: readonly ToolDef[] = [
  designTool,
  designRoundTool,
  contractTool,
  askTool,
  patternsTool,
  schemaScaffoldTool,
  schemaLintTool,
  schemaCheckTool,
];
