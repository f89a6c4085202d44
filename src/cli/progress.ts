// A one-line progress bar on stderr, drawn only when stderr is a terminal (so pipes and CI logs
// stay clean).
import type { VerifyProgress } from '../cluster/verify-runner.js';

export interface ProgressBar {
  update(p: VerifyProgress): void;
  done(): void;
}

export function progressBar(stream: NodeJS.WriteStream = process.stderr, width = 30): ProgressBar {
  if (!stream.isTTY) return { update: () => undefined, done: () => undefined };
  let last = 0;
  let drawn = false;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const share = p.phase === 'producing' ? p.sent / p.total : Math.min(1, p.received / Math.max(1, p.acked));
      const filled = Math.round(share * width);
      const label = p.phase === 'producing' ? `producing ${p.sent}/${p.total}, acked ${p.acked}` : `draining: received ${p.received} of ${p.acked} acked`;
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${label}\x1b[K`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
