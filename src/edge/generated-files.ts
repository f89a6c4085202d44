// Where generated files go and how they are written: confined to the output directory, never
// overwriting without force, each file written through a temporary sibling and a rename so no
// reader sees half a file. I/O both doors share: the generate command and the MCP generate tool.
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, relative } from 'node:path';
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

/** Writes every planned file, or none when one exists already and force is not given. */
export function writeFiles(planned: readonly PlannedFile[], force: boolean): void {
  const existing = planned.filter((t) => existsSync(t.path));
  if (existing.length > 0 && !force) {
    throw new UserError(existing.map((t) => ({ file: t.path, message: 'already exists; not overwritten', suggestion: 'choose another output directory, or force overwriting' })));
  }
  for (const t of planned) {
    mkdirSync(dirname(t.path), { recursive: true });
    const temp = join(dirname(t.path), `.${process.pid}.${Date.now()}.tmp`);
    writeFileSync(temp, t.file.contents, { mode: t.file.path.endsWith('.sh') ? 0o755 : 0o644 });
    renameSync(temp, t.path);
  }
}

/** The JSON `generate --format json` prints: the files with their contents when nothing was written. */
export function generatedDocument(out: string, planned: readonly PlannedFile[], dryRun: boolean): Record<string, unknown> {
  return {
    out,
    dryRun,
    files: planned.map((t) => ({ path: t.path, description: t.file.description, bytes: Buffer.byteLength(t.file.contents), ...(dryRun ? { contents: t.file.contents } : {}) })),
  };
}
