// One file written atomically (a temporary file beside the target, then a rename), so an
// interrupted run never leaves half a file behind.
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../model/errors.js';
import { fileSystemProblem } from './paths.js';

export function writeFileAtomic(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    renameSync(temp, path);
  } catch (e) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The temporary file was never made (its folder is a file, or missing): nothing to remove.
    }
    throw fileSystemProblem(e, path) ?? new UserError({ file: path, message: `cannot write: ${(e as Error).message}` });
  }
}
