import { searchSettings } from '../../capabilities/reference.js';
import { toMcpTool } from '../tool.js';

export const searchSettingsTool = toMcpTool(searchSettings);
