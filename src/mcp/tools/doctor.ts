import { doctor } from '../../capabilities/doctor.js';
import { toMcpTool } from '../tool.js';

export const doctorTool = toMcpTool(doctor);
