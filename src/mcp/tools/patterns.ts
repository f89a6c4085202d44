import { patterns } from '../../capabilities/patterns.js';
import { toMcpTool } from '../tool.js';

export const patternsTool = toMcpTool(patterns);
