import { contract } from '../../capabilities/contract.js';
import { toMcpTool } from '../tool.js';

export const contractTool = toMcpTool(contract);
