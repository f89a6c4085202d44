// A stream processor's state: each store sized from keys x bytes (or rate x retention for join
// windows) with the arithmetic in its reason, its restore time at the planning restore rate, and
// the changelog topic that restores it.
import { numericDefault } from '../../knowledge/catalog.js';
import { STREAMS_PLANNING } from '../../knowledge/streams.js';
import type { StreamsDesign } from '../../model/design.js';
import { fmtMs } from '../../model/units.js';
import { mb, type StreamsInput } from './streams-operations.js';

type Store = StreamsDesign['stores'][number];
type InternalTopic = StreamsDesign['internalTopics'][number];

/** A store of `bytes` (null when unknown), its restore time at the planning restore rate and the arithmetic in `why`. */
function store(name: string, kind: Store['kind'], bytes: number | null, why: string): Store {
  return { name, kind, bytes, restoreSeconds: bytes === null ? null : bytes / STREAMS_PLANNING.restoreBytesPerSecond, why };
}

/** keys x bytes per value when both are known (and not zero). */
const keyedBytes = (keys: number | null, valueBytes: number | null): number | null => (keys && valueBytes ? keys * valueBytes : null);

/** A store over a whole input topic, one value per key: `why` gets the keys x bytes arithmetic, or null when keys are unknown. */
function inputTableStore(name: string, kind: 'table' | 'global-table', table: StreamsInput, why: (arithmetic: string | null) => string): Store {
  const bytes = keyedBytes(table.keys, table.recordBytes);
  return store(name, kind, bytes, why(bytes === null ? null : `${table.keys} keys x ${table.recordBytes} B = ${mb(bytes)}`));
}

/** A GlobalKTable: every instance holds the whole topic; no changelog. */
export function globalTableStore(name: string, table: StreamsInput): Store {
  return inputTableStore(
    name,
    'global-table',
    table,
    (arithmetic) => `every instance holds all of ${table.topic}${arithmetic === null ? '' : `: ${arithmetic} per instance`}; restored from the topic itself, no changelog`,
  );
}

/** A KTable's store: the latest value per key of its input topic. */
export function tableStore(name: string, table: StreamsInput): Store {
  return inputTableStore(
    name,
    'table',
    table,
    (arithmetic) =>
      `the latest value per key of ${table.topic}${arithmetic === null ? ` (keys unknown: give inputs[].keys for ${table.topic})` : `: ${arithmetic}`}; with topology.optimization=all the input topic serves as its changelog`,
  );
}

/** One side of a stream-stream join: the side's records for the whole join retention. */
export function joinWindowStore(name: string, side: StreamsInput, windowMs: number, graceMs: number, retentionMs: number): Store {
  const bytes = side.peakPerSecond && side.recordBytes ? side.peakPerSecond * (retentionMs / 1000) * side.recordBytes : null;
  return store(
    name,
    'join-window',
    bytes,
    `holds ${side.topic}'s records for 2 x ${fmtMs(windowMs)} window + ${fmtMs(graceMs)} grace = ${fmtMs(retentionMs)}${bytes === null ? '' : `: ${side.peakPerSecond}/s x ${retentionMs / 1000} s x ${side.recordBytes} B = ${mb(bytes)}`}`,
  );
}

export interface WindowShape {
  type: string;
  sizeMs: number;
  graceMs: number;
  /** Windows each key is in at once: (size + grace) / advance, rounded up. */
  perKey: number;
}

/** A windowed aggregation's store: one value per key and open window. */
export function windowStore(name: string, window: WindowShape, keys: number | null, valueBytes: number | null): Store {
  const { type, sizeMs, graceMs, perKey } = window;
  const bytes = keys && valueBytes ? keys * valueBytes * perKey : null;
  return store(
    name,
    type === 'session' ? 'session' : 'window',
    bytes,
    `${type} windows kept for size ${fmtMs(sizeMs)} + grace ${fmtMs(graceMs)}; ${perKey} window(s) per key${bytes === null ? ' (state.keys and state.value_bytes unknown)' : `: ${keys} keys x ${valueBytes} B x ${perKey} = ${mb(bytes)}`}`,
  );
}

/** An aggregation without a window: one value per key. */
export function keyValueStore(name: string, keys: number | null, valueBytes: number | null): Store {
  const bytes = keyedBytes(keys, valueBytes);
  return store(name, 'key-value', bytes, bytes === null ? 'one value per key (state.keys and state.value_bytes unknown)' : `${keys} keys x ${valueBytes} B = ${mb(bytes)}`);
}

/** suppress(untilWindowCloses): one pending result per key and window. */
export function suppressBufferStore(name: string, keys: number | null, valueBytes: number | null): Store {
  const bytes = keyedBytes(keys, valueBytes);
  return store(
    name,
    'suppress-buffer',
    bytes,
    `holds one pending result per key and window until the window closes${bytes === null ? '' : `: up to ${keys} keys x ${valueBytes} B = ${mb(bytes)} in memory across tasks`}`,
  );
}

export type ChangelogKind = 'key-value' | 'window' | 'session';

/**
 * The changelog Streams names <application.id>-<store>-changelog: compacted for key-value stores;
 * for windowed ones also deleted after window + grace + windowstore.changelog.additional.retention.ms.
 */
export function changelogTopic(appId: string, store: string, kind: ChangelogKind, retentionMs: number | null, partitions: number | null, documentedVersion: string): InternalTopic {
  const extra = numericDefault('streams', 'windowstore.changelog.additional.retention.ms', documentedVersion);
  const config: Record<string, string> = kind === 'key-value' ? { 'cleanup.policy': 'compact' } : { 'cleanup.policy': 'compact,delete', 'retention.ms': String((retentionMs ?? 0) + extra) };
  return {
    name: `${appId}-${store}-changelog`,
    kind: 'changelog',
    partitions,
    config,
    why:
      kind === 'key-value'
        ? 'restores the store after a failure or move; compacted to the latest value per key'
        : `restores the ${kind} store; compact,delete with retention.ms = ${fmtMs(retentionMs ?? 0)} (window + grace) + ${fmtMs(extra)} (windowstore.changelog.additional.retention.ms) = ${fmtMs((retentionMs ?? 0) + extra)}`,
  };
}
