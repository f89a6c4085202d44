// Confluent Schema Registry compatibility levels over a subject's version history: which
// reader/writer checks a level runs, and against which earlier versions.
// https://docs.confluent.io/platform/current/schema-registry/fundamentals/schema-evolution.html
import { UserError } from '../../model/errors.js';
import { checkReaderWriter, type Incompatibility } from './compatibility.js';
import type { AvroSchema } from './parse.js';

export const COMPATIBILITY_MODES = ['BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE', 'NONE'] as const;
export type CompatibilityMode = (typeof COMPATIBILITY_MODES)[number];

/** BACKWARD: the new schema reads old data. FORWARD: old schemas read new data. */
export const DIRECTIONS = ['BACKWARD', 'FORWARD'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface VersionCheck {
  /** Index into the previous versions, oldest = 0. */
  previous: number;
  direction: Direction;
  compatible: boolean;
  incompatibilities: Incompatibility[];
}

export interface ModeCompatibility {
  mode: CompatibilityMode;
  compatible: boolean;
  /** Every check run: latest previous version first, BACKWARD before FORWARD. */
  checks: VersionCheck[];
}

const DIRECTIONS_OF_MODE: Record<CompatibilityMode, Direction[]> = {
  BACKWARD: ['BACKWARD'],
  BACKWARD_TRANSITIVE: ['BACKWARD'],
  FORWARD: ['FORWARD'],
  FORWARD_TRANSITIVE: ['FORWARD'],
  FULL: ['BACKWARD', 'FORWARD'],
  FULL_TRANSITIVE: ['BACKWARD', 'FORWARD'],
  NONE: [],
};

function isTransitive(mode: CompatibilityMode): boolean {
  return mode.endsWith('_TRANSITIVE');
}

/**
 * Would a registry at `mode` accept `next` after `previous` (oldest first)? Non-transitive modes
 * look only at the latest previous version; an empty history is always compatible.
 */
export function checkCompatibility(next: AvroSchema, previous: readonly AvroSchema[], mode: CompatibilityMode): ModeCompatibility {
  if (!(COMPATIBILITY_MODES as readonly string[]).includes(mode)) {
    throw new UserError({ field: 'mode', message: `unknown compatibility mode "${String(mode)}"`, expected: COMPATIBILITY_MODES.join(', ') });
  }
  const directions = DIRECTIONS_OF_MODE[mode];
  const indexes = previous.map((_, i) => i).reverse();
  const against = isTransitive(mode) ? indexes : indexes.slice(0, 1);
  const checks: VersionCheck[] = [];
  for (const i of against) {
    const old = previous[i]!;
    for (const direction of directions) {
      const result = direction === 'BACKWARD' ? checkReaderWriter(next, old) : checkReaderWriter(old, next);
      checks.push({ previous: i, direction, ...result });
    }
  }
  return { mode, compatible: checks.every((c) => c.compatible), checks };
}
