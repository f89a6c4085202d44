// Child processes the specialist started die with it: on exit, and on a signal nobody else
// handles, every registered child still running is killed. A local broker or a verify workload
// must never outlive the command or the MCP server that started it.
import type { ChildProcess } from 'node:child_process';

const live = new Set<ChildProcess>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function killAll(): void {
  for (const child of live) child.kill('SIGKILL');
}

function onSignal(signal: NodeJS.Signals): void {
  killAll();
  // Listening to a signal turns off Node's default (exit). When no one else listens, this
  // handler steps aside and raises the signal again so the process ends as it would have.
  if (process.listenerCount(signal) === 1) {
    unhook();
    process.kill(process.pid, signal);
  }
}

function hook(): void {
  process.on('exit', killAll);
  for (const s of SIGNALS) process.on(s, onSignal);
}

function unhook(): void {
  process.removeListener('exit', killAll);
  for (const s of SIGNALS) process.removeListener(s, onSignal);
}

/** Kills `child` if this process exits (or is signalled) while it still runs. */
export function killOnExit(child: ChildProcess): void {
  if (child.exitCode !== null || child.signalCode !== null) return;
  if (live.size === 0) hook();
  live.add(child);
  child.once('exit', () => {
    live.delete(child);
    if (live.size === 0) unhook();
  });
}
