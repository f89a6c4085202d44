// Standard input, read whole and synchronously. readFileSync(0) fails with EAGAIN when the
// input is a pipe that Node has made non-blocking and the writer has not written yet, which is
// exactly `kafka-specialist ask "..." | kafka-specialist design -`; so read in a loop and wait
// briefly whenever the pipe is empty but still open.
import { readSync } from 'node:fs';

const pause = new Int32Array(new SharedArrayBuffer(4));

export function readStdinSync(): string {
  const chunks: Buffer[] = [];
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
    chunks.push(Buffer.from(buffer.subarray(0, n)));
  }
  return Buffer.concat(chunks).toString('utf8');
}
