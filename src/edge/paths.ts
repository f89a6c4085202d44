// Paths from outside (a CLI flag, an MCP tool argument) checked against the file system as it
// is, not as text: a symlink inside an allowed root can point anywhere, so containment compares
// real paths (the deepest existing ancestor resolved, then the rest appended), and folders are
// created one level at a time without following a symlink that appears on the way.
import { lstatSync, mkdirSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../model/errors.js';

/** The real path `path` names, for a path whose tail does not exist yet. */
export function realPathOf(path: string): string {
  const absolute = resolve(path);
  const missing: string[] = [];
  let cur = absolute;
  for (;;) {
    try {
      return join(realpathSync(cur), ...missing.reverse());
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw e;
      const parent = dirname(cur);
      if (parent === cur) return absolute;
      missing.push(cur.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)));
      cur = parent;
    }
  }
}

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * `dir` resolved against the first root and confined to the roots by real path. Returns the real
 * path, so later writes go where the check looked.
 */
export function confinedDirectory(dir: string, roots: readonly string[], field: string): string {
  const realRoots = roots.map(realPathOf);
  const real = realPathOf(resolve(roots[0] ?? '.', dir));
  if (!realRoots.some((root) => isInside(root, real))) {
    throw new UserError({
      field,
      message: `${dir} is outside the directories this server may write in${real !== resolve(roots[0] ?? '.', dir) ? ` (it resolves to ${real})` : ''}`,
      expected: roots.join(', '),
      suggestion: 'pick a directory inside one of them, or start the server with --root <dir>',
    });
  }
  return real;
}

/**
 * Creates `dir` (below an existing `base`) one level at a time. An existing level must be a real
 * folder: a symlink or a file there is refused, so nothing is created through a link. Returns
 * the folders it created, outermost first (for rollback).
 */
export function makeFoldersNoFollow(base: string, dir: string): string[] {
  const rel = relative(base, dir);
  if (rel === '') return [];
  if (!isInside(base, dir)) throw new Error(`${dir} is not below ${base}`);
  const created: string[] = [];
  let cur = base;
  for (const part of rel.split(sep)) {
    cur = join(cur, part);
    try {
      mkdirSync(cur);
      created.push(cur);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const st = lstatSync(cur);
      if (st.isSymbolicLink())
        throw new UserError({ file: cur, message: 'is a symbolic link; generated files are not written through links', suggestion: 'remove the link, or choose another output directory' });
      if (!st.isDirectory()) throw new UserError({ file: cur, message: 'a file is where a folder should be', suggestion: 'move the file away, or choose another output directory' });
    }
  }
  return created;
}

/** A file-system error as a user's problem (a full disk, a read-only folder), or undefined for what is ours. */
export function fileSystemProblem(e: unknown, file: string): UserError | undefined {
  if (e instanceof UserError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  const why: Record<string, string> = {
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EFBIG: 'the file is larger than this system allows',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'the file system is read-only',
    ENOTDIR: 'a file is where a folder should be',
    EISDIR: 'a folder is where a file should be',
    EEXIST: 'already exists',
    ENOENT: 'the folder does not exist',
    EXDEV: 'the output spans file systems',
    ELOOP: 'too many symbolic links',
    ENAMETOOLONG: 'the path is too long',
  };
  const reason = code ? why[code] : undefined;
  return reason ? new UserError({ file, message: `cannot write: ${reason}` }) : undefined;
}
