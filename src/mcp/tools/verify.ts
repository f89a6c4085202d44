import { verify } from '../../capabilities/verify.js';
import { toMcpTool } from '../tool.js';

export const verifyTool = toMcpTool(verify);
