// One file written atomically (a temporary file beside the target, then a rename), so an
// interrupted run never leaves half a file behind. A path that is a symbolic link is written
// through to the file it points at: the link stays, as editors and formatters keep it.
import { randomBytes } from 'node:crypto';
import { realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../model/errors.js';
import { fileSystemProblem } from './paths.js';

/** The file `path` names, through any links; a path that does not resolve (new, or a dangling link) is itself. */
function fileBehind(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

export function writeFileAtomic(path: string, text: string): void {
  const target = fileBehind(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    renameSync(temp, target);
  } catch (e) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The temporary file was never made (its folder is a file, or missing): nothing to remove.
    }
    throw fileSystemProblem(e, path) ?? new UserError({ file: path, message: `cannot write: ${(e as Error).message}` });
  }
}
