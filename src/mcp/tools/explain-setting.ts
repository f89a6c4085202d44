import { explainSetting } from '../../capabilities/explain-setting.js';
import { toMcpTool } from '../tool.js';

export const explainSettingTool = toMcpTool(explainSetting);
