// A file written by a command's --out: whole or not at all, nothing left beside it, and a path that
// is a symbolic link keeps being a link (the file it points at gets the text).
import { lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/edge/atomic-file.js';
import { UserError } from '../../src/model/errors.js';

const folder = () => mkdtempSync(join(tmpdir(), 'atomic-'));

describe('writeFileAtomic', () => {
  it('replaces a file whole and leaves no temporary file', () => {
    const dir = folder();
    const file = join(dir, 'out.txt');
    writeFileSync(file, 'old');
    writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  it('writes through a symbolic link to its target and keeps the link', () => {
    const dir = folder();
    const real = join(dir, 'v3.json');
    const link = join(dir, 'current.json');
    writeFileSync(real, 'old');
    symlinkSync('v3.json', link);
    writeFileAtomic(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('v3.json');
    expect(readFileSync(real, 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['current.json', 'v3.json']);
  });

  it('a folder that does not exist: a user error naming the path, nothing written', () => {
    const dir = folder();
    const file = join(dir, 'missing', 'out.txt');
    expect(() => writeFileAtomic(file, 'x')).toThrow(UserError);
    expect(readdirSync(dir)).toEqual([]);
  });
});
