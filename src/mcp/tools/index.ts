// Every tool the MCP server offers, one per capability of the specialist.
// One import and one list entry per line, so parallel additions merge cleanly.
import { clusters } from '../../capabilities/clusters.js';
import { critiqueCluster } from '../../capabilities/critique-cluster.js';
import { groups } from '../../capabilities/groups.js';
import { readRecords } from '../../capabilities/read-records.js';
import { registry } from '../../capabilities/registry.js';
import { schemaCheck } from '../../capabilities/schema-check.js';
import { schemaLint } from '../../capabilities/schema-lint.js';
import { schemaScaffold } from '../../capabilities/schema-scaffold.js';
import { topics } from '../../capabilities/topics.js';
import { toMcpTool, type ToolDef } from '../tool.js';
import { askTool } from './ask.js';
import { contractTool } from './contract.js';
import { critiqueTool } from './critique.js';
import { designRoundTool } from './design-round.js';
import { designTool } from './design.js';
import { doctorTool } from './doctor.js';
import { explainSettingTool } from './explain-setting.js';
import { generateTool } from './generate.js';
import { lagAnalyzeTool, lagStatusTool } from './lag.js';
import { patternsTool } from './patterns.js';
import { searchSettingsTool } from './search-settings.js';
import { settingChangesTool } from './setting-changes.js';
import { topologyTool } from './topology.js';
import { verifyTool } from './verify.js';

export const TOOLS: readonly ToolDef[] = [
  designTool,
  designRoundTool,
  contractTool,
  askTool,
  patternsTool,
  explainSettingTool,
  searchSettingsTool,
  settingChangesTool,
  critiqueTool,
  topologyTool,
  toMcpTool(schemaScaffold),
  toMcpTool(schemaLint),
  toMcpTool(schemaCheck),
  generateTool,
  doctorTool,
  verifyTool,
  lagAnalyzeTool,
  lagStatusTool,
  toMcpTool(clusters),
  toMcpTool(topics),
  toMcpTool(groups),
  toMcpTool(readRecords),
  toMcpTool(registry),
  toMcpTool(critiqueCluster),
];
