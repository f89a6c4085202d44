// Message size: "3 KB", "about 800 bytes", "2 MB documents". Byte rates ("50 MB/s") are not
// message sizes and are skipped.
import { clauses } from './clauses.js';
import { BYTE_UNIT, NOT_A_RATE, NUMBER, parseNumber, unitBytes } from './numbers.js';
import { FLOW, type Understood } from './understood.js';

const SIZE = new RegExp(String.raw`(${NUMBER})\s*(${BYTE_UNIT})${NOT_A_RATE}`, 'gi');
/** Sizes that describe something else: the disk, a batch, the cluster. */
const NOT_A_MESSAGE = /\b(disk|storage|batch|buffer|cluster|total|heap|memory|ram|volume)\b/i;

export function extractMessageSize(text: string): Understood[] {
  for (const c of clauses(text)) {
    if (NOT_A_MESSAGE.test(c.text)) continue;
    for (const m of c.text.matchAll(SIZE)) {
      const bytes = parseNumber(m[1]!) * unitBytes(m[2]!)!;
      if (bytes > 0) return [{ field: `${FLOW}.throughput.message_bytes`, value: Math.round(bytes), from: m[0] }];
    }
  }
  return [];
}
