// Every tool the MCP server offers, one per capability of the specialist.
import type { ToolDef } from '../tool.js';
import { contractTool } from './contract.js';
import { designTool } from './design.js';

export const TOOLS: readonly ToolDef[] = [designTool, contractTool];
