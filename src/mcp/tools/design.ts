import { design } from '../../capabilities/design.js';
import { toMcpTool } from '../tool.js';

export const designTool = toMcpTool(design);
