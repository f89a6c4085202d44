// The generators' static code is real source under src/method/generate/templates/: embedded at
// build time, and each language's files checked by that language's own tools.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseJava } from 'java-parser';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { fill } from '../../../src/method/generate/templates.js';
import { toolAvailable } from './tools.js';

const dir = new URL('../../../src/method/generate/templates/', import.meta.url).pathname;
const filesOf = (language: string) => (existsSync(join(dir, language)) ? readdirSync(join(dir, language)).map((f) => join(dir, language, f)) : []);

describe('embedded templates', () => {
  it('templates.generated.ts is what scripts/embed-templates.mjs makes of the template files', () => {
    const script = new URL('../../../scripts/embed-templates.mjs', import.meta.url).pathname;
    const r = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('fills slots at their indentation and drops the ones given no code', () => {
    const section = 'if x {\n\t// @slot body\n\t// @slot extra\n}';
    expect(fill(section, { body: 'a()\nif y {\n\tb()\n}', extra: null })).toBe('if x {\n\ta()\n\tif y {\n\t\tb()\n\t}\n}');
    expect(fill('def f():\n    # @slot body', { body: 'return 1\n\nx = 2' })).toBe('def f():\n    return 1\n\n    x = 2');
  });

  it('replaces in-line placeholders in the section but not in the code filled into its slots', () => {
    expect(fill('List<$V> a;\n// @slot more', { more: 'Map<$V, $V> b;' }, { $V: 'byte[]' })).toBe('List<byte[]> a;\nMap<$V, $V> b;');
  });

  it('refuses a slot left unfilled or a value for a slot the section does not have', () => {
    expect(() => fill('a\n// @slot body', {})).toThrow('template slot body is not filled');
    expect(() => fill('a\n// @slot body', { body: 'b', bdoy: 'c' })).toThrow('template has no slot bdoy');
  });
});

describe('template files pass their language tools', () => {
  it.skipIf(!filesOf('go').length || !toolAvailable('gofmt', 'gofmt', ['-l', join(dir, 'go')]))('Go templates are gofmt-formatted', () => {
    expect(execFileSync('gofmt', ['-l', join(dir, 'go')], { encoding: 'utf8' })).toBe('');
  });

  it('Java templates parse (java-parser; kafka-clients is not installable here, so no javac)', () => {
    expect(filesOf('java').length).toBeGreaterThan(0);
    for (const file of filesOf('java')) expect(() => parseJava(readFileSync(file, 'utf8'))).not.toThrow();
  });

  it("TypeScript templates parse (the compiler's syntax check; their names come from the generated program)", () => {
    expect(filesOf('typescript').length).toBeGreaterThan(0);
    for (const file of filesOf('typescript')) {
      const diagnostics = ts.transpileModule(readFileSync(file, 'utf8'), { reportDiagnostics: true, fileName: file }).diagnostics ?? [];
      expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
    }
  });

  it.skipIf(!filesOf('python').length || !toolAvailable('python3', 'python3', ['--version']))('Python templates parse (python3 ast, as py_compile does, without writing __pycache__)', () => {
    // One interpreter for every file; the first that does not parse fails the run with its name.
    execFileSync('python3', ['-c', 'import ast, sys\nfor f in sys.argv[1:]: ast.parse(open(f).read(), f)', ...filesOf('python')], { stdio: 'pipe' });
  });
});
