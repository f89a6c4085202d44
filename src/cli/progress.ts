// A one-line progress bar on stderr for a capability's progress (capabilities/capability.ts),
// drawn only when stderr is a terminal (so pipes and CI logs stay clean).
import type { Progress } from '../capabilities/capability.js';

export interface ProgressBar {
  update: Progress;
  done(): void;
}

export function progressBar(stream: NodeJS.WriteStream = process.stderr, width = 30): ProgressBar {
  if (!stream.isTTY) return { update: () => undefined, done: () => undefined };
  let last = 0;
  let drawn = false;
  return {
    update(done, total, message) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const share = total ? Math.min(1, done / total) : 0;
      const filled = Math.round(share * width);
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${message ?? ''}\x1b[K`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
