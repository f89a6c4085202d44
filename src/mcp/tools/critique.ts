import { critique } from '../../capabilities/critique.js';
import { toMcpTool } from '../tool.js';

export const critiqueTool = toMcpTool(critique);
