import { topology } from '../../capabilities/topology.js';
import { toMcpTool } from '../tool.js';

export const topologyTool = toMcpTool(topology);
