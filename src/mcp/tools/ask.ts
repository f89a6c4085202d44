import { ask } from '../../capabilities/ask.js';
import { toMcpTool } from '../tool.js';

export const askTool = toMcpTool(ask);
