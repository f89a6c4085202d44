import { designRoundCapability } from '../../capabilities/design.js';
import { toMcpTool } from '../tool.js';

export const designRoundTool = toMcpTool(designRoundCapability);
