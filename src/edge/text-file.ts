// A file a user names, read as text: refused before reading when over the input size limit, and
// every reason it cannot be read said in words (missing, a folder, unreadable, a link loop).
import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../model/errors.js';
import { inputLimits, tooBig } from '../model/input-guard.js';

const WHY: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'a loop of symbolic links',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENAMETOOLONG: 'the path is too long',
};

/** Reads `path` as UTF-8 text; a user error naming the file (and `field`, when given) otherwise. */
export function readTextFile(path: string, field?: string): string {
  try {
    // Refuse a huge file before reading it: reading first would be the exhaustion the limit prevents.
    const size = statSync(path).size;
    if (size > inputLimits().maxBytes) throw tooBig(path, size);
    return readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof UserError) throw field ? new UserError(e.problems.map((p) => ({ field, ...p }))) : e;
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new UserError({
      file: path,
      ...(field ? { field } : {}),
      message: `cannot read file: ${WHY[code] ?? String((e as Error).message)}`,
      ...(code === 'ENOENT' ? { suggestion: 'check the path; relative paths start from the current directory' } : {}),
    });
  }
}
