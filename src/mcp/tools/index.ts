// Every tool the MCP server offers, one per capability of the specialist.
import type { ToolDef } from '../tool.js';
import { askTool } from './ask.js';
import { contractTool } from './contract.js';
import { designRoundTool } from './design-round.js';
import { designTool } from './design.js';
import { patternsTool } from './patterns.js';

export const TOOLS: readonly ToolDef[] = [designTool, contractTool, askTool, designRoundTool, patternsTool];
