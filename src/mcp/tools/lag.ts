import { lagAnalyze } from '../../capabilities/lag-analyze.js';
import { lagStatus } from '../../capabilities/lag-status.js';
import { toMcpTool } from '../tool.js';

export const lagAnalyzeTool = toMcpTool(lagAnalyze);
export const lagStatusTool = toMcpTool(lagStatus);
