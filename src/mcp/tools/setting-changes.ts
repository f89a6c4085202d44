import { settingChanges } from '../../capabilities/reference.js';
import { toMcpTool } from '../tool.js';

export const settingChangesTool = toMcpTool(settingChanges, ['defaultChanged', 'removed', 'validValuesChanged', 'typeChanged', 'added']);
