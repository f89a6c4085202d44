// Standard input, read whole and synchronously. readFileSync(0) fails with EAGAIN when the
// input is a pipe that Node has made non-blocking and the writer has not written yet, which is
// exactly `kafka-specialist ask "..." | kafka-specialist design -`; so read in a loop and wait
// briefly whenever the pipe is empty but still open.
import { readSync } from 'node:fs';
import { tooBig } from '../model/input-guard.js';

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Standard input as text; past `maxBytes` it stops reading and refuses. */
export function readStdinSync(maxBytes = Infinity): string {
  const chunks: Buffer[] = [];
  let total = 0;
  const buffer = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buffer, 0, buffer.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 10);
        continue;
      }
      if (code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > maxBytes) throw tooBig('<stdin>', total);
    chunks.push(Buffer.from(buffer.subarray(0, n)));
  }
  return Buffer.concat(chunks).toString('utf8');
}
