// How a MirrorMaker 2 properties file resolves a setting: per replication flow ("A->B.name"), per
// target cluster ("B.name", for the Connect worker that writes into B), else the top-level name.
import type { ConfigEntry } from '../../config-model.js';
import type { RuleContext } from '../../engine.js';

export interface Mm2Flow {
  source: string;
  target: string;
}

/**
 * The replication flows the file enables (A->B.enabled = true). A and B are aliases of the clusters
 * list, which tells "A->B.enabled" from a flow setting such as "A->B.emit.checkpoints.enabled".
 */
export function mm2Flows(ctx: RuleContext): Mm2Flow[] {
  const aliases = new Set(
    (entry(ctx, 'clusters')?.value ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean),
  );
  const isAlias = (a: string) => (aliases.size > 0 ? aliases.has(a) : !a.includes('.'));
  return ctx.config.entries.flatMap((e) => {
    const m = /^(.+?)->(.+)\.enabled$/.exec(e.key.trim());
    if (!m || e.value.trim().toLowerCase() !== 'true') return [];
    const [source, target] = [m[1]!.trim(), m[2]!.trim()];
    return isAlias(source) && isAlias(target) ? [{ source, target }] : [];
  });
}

function entry(ctx: RuleContext, key: string): ConfigEntry | undefined {
  return ctx.config.entries.find((e) => e.key.trim() === key);
}

/** The entry that sets `name` for a flow: the flow's own, else the top-level one. */
export function flowEntry(ctx: RuleContext, flow: Mm2Flow | undefined, name: string): ConfigEntry | undefined {
  return (flow && entry(ctx, `${flow.source}->${flow.target}.${name}`)) ?? entry(ctx, name);
}

/** The entry that sets a Connect worker setting for the worker writing into `target`: the top-level one wins, as MirrorMakerConfig applies it last. */
export function workerEntry(ctx: RuleContext, target: string | undefined, name: string): ConfigEntry | undefined {
  return entry(ctx, name) ?? (target ? entry(ctx, `${target}.${name}`) : undefined);
}

/** A flow's effective switch: as written, else the default. */
export function flowFlag(ctx: RuleContext, flow: Mm2Flow, name: string, fallback: boolean): { on: boolean; entry?: ConfigEntry } {
  const e = flowEntry(ctx, flow, name);
  return e ? { on: e.value.trim().toLowerCase() === 'true', entry: e } : { on: fallback };
}
