import { generate } from '../../capabilities/generate.js';
import { toMcpTool } from '../tool.js';

export const generateTool = toMcpTool(generate, ['files']);
