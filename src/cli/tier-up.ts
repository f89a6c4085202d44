// How V8 tiers up in a command's process. V8 hands a function to TurboFan, its optimizing
// compiler (on a background thread), once the function has run through its interrupt budget a few
// times; a command whose work takes a few hundred milliseconds then pays for optimized code it
// hardly runs: the Avro corpus check spent ~85 ms CPU of ~350 in TurboFan (bench/avro.bench.mjs).
// A larger budget keeps functions longer in the interpreter and baseline code, so short commands
// end before optimizing, while long work (design of 3,000 flows, a 100,000-partition lag
// evaluation) still reaches optimized code a little later (bench/design-scale.bench.mjs: unchanged).
import { setFlagsFromString } from 'node:v8';

/** V8's budget in bytecode executed between tier-up checks: ~6x Node 20's default of 67,584. */
export const INTERRUPT_BUDGET = 400_000;

/** Sets the budget for this process; called before the command's modules run, and before code caches are recorded. */
export function preferShortRuns(): void {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
