// Where generated files go and how they are written: confined to the output directory, never
// overwriting without force, and all or nothing. Files are written into a staging folder inside
// the output directory, then moved into place; a failure anywhere (a full disk, a read-only
// folder, a file where a folder should be) undoes the moves, removes what was created and leaves
// no temporary file. Shared by the generate command, schema scaffold and the MCP generate tool.
import { existsSync, lstatSync, mkdtempSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, relative } from 'node:path';
import { fileSystemProblem, makeFoldersNoFollow, realPathOf } from './paths.js';
import type { GeneratedFile } from '../method/generate/index.js';
import { UserError } from '../model/errors.js';

export interface PlannedFile {
  file: GeneratedFile;
  path: string;
}

export function planFiles(out: string, files: readonly GeneratedFile[]): PlannedFile[] {
  return files.map((file) => {
    const path = normalize(join(out, file.path));
    const rel = relative(out, path);
    if (rel.startsWith('..') || isAbsolute(rel)) throw new Error(`generated path escapes the output directory: ${file.path}`);
    return { file, path };
  });
}

const STAGING_PREFIX = '.kafka-specialist-staging-';

function lexists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes every planned file under `out`, or none: when one exists already and force is not
 * given, or when any write or move fails. Nothing is written through a symbolic link.
 */
export function writeFiles(out: string, planned: readonly PlannedFile[], force: boolean): void {
  const existing = planned.filter((t) => lexists(t.path));
  if (existing.length > 0 && !force) {
    throw new UserError(existing.map((t) => ({ file: t.path, message: 'already exists; not overwritten', suggestion: 'choose another output directory, or force overwriting' })));
  }
  const linked = existing.filter((t) => lstatSync(t.path).isSymbolicLink() || !lstatSync(t.path).isFile());
  if (linked.length > 0)
    throw new UserError(linked.map((t) => ({ file: t.path, message: 'is a symbolic link or not a regular file; not replaced', suggestion: 'remove it, or choose another output directory' })));

  const root = realPathOf(out);
  const base = deepestExisting(root);
  const created: string[] = [];
  let staging: string | undefined;
  const moved: Array<{ from: string; to: string; replaced?: string }> = [];
  try {
    created.push(...makeFoldersNoFollow(base, root));
    staging = mkdtempSync(join(root, STAGING_PREFIX));
    // 1. Everything is written into staging: most failures (disk full, quota) happen here.
    planned.forEach((t, i) => {
      writeFileSync(join(staging!, String(i)), t.file.contents, { mode: t.file.path.endsWith('.sh') ? 0o755 : 0o644, flag: 'wx' });
    });
    // 2. Moved into place; a replaced file is kept in staging until every move succeeded.
    planned.forEach((t, i) => {
      const target = join(root, relative(out, t.path));
      created.push(...makeFoldersNoFollow(root, dirname(target)));
      const from = join(staging!, String(i));
      let replaced: string | undefined;
      if (existsSync(target)) {
        replaced = join(staging!, `${i}.replaced`);
        renameSync(target, replaced);
      }
      renameSync(from, target);
      moved.push({ from, to: target, ...(replaced ? { replaced } : {}) });
    });
    rmSync(staging, { recursive: true, force: true });
  } catch (e) {
    for (const m of moved.reverse()) {
      try {
        renameSync(m.to, m.from);
        if (m.replaced) renameSync(m.replaced, m.to);
      } catch {
        // Best effort: the staging folder is removed below either way.
      }
    }
    if (staging) rmSync(staging, { recursive: true, force: true });
    for (const dir of created.reverse()) {
      try {
        rmdirSync(dir);
      } catch {
        // Not empty: something else was put there meanwhile; leave it.
      }
    }
    throw fileSystemProblem(e, out) ?? e;
  }
}

function deepestExisting(path: string): string {
  let cur = path;
  while (!existsSync(cur) && dirname(cur) !== cur) cur = dirname(cur);
  return cur;
}

/** The JSON `generate --format json` prints: the files with their contents when nothing was written. */
export interface GeneratedDocument {
  out: string;
  dryRun: boolean;
  files: { path: string; description: string; bytes: number; contents?: string }[];
}

export function generatedDocument(out: string, planned: readonly PlannedFile[], dryRun: boolean): GeneratedDocument {
  return {
    out,
    dryRun,
    files: planned.map((t) => ({ path: t.path, description: t.file.description, bytes: Buffer.byteLength(t.file.contents), ...(dryRun ? { contents: t.file.contents } : {}) })),
  };
}
