// `completion bash|zsh`: the scripts name every command of the index and the words after them,
// and bash accepts the bash script as valid syntax and completes from it.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { runCli } from './run-cli.js';

/** What bash completes for a command line typed so far (the last word is being completed). */
function bashCompletes(script: string, words: string[]): string[] {
  const line = `${script}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _kafka_specialist; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const r = spawnSync('bash', ['-c', line], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.split('\n').filter((w) => w !== '');
}

describe('kafka-specialist completion', () => {
  it('prints a bash script that bash -n accepts and that completes every command of the index', () => {
    const r = runCli(['completion', 'bash']);
    expect(r.code).toBe(0);
    const syntax = spawnSync('bash', ['-n'], { input: r.stdout, encoding: 'utf8' });
    expect(syntax.status, syntax.stderr).toBe(0);
    expect(bashCompletes(r.stdout, ['kafka-specialist', ''])).toEqual(expect.arrayContaining(Object.keys(COMMANDS)));
    expect(bashCompletes(r.stdout, ['kafka-specialist', 'de'])).toEqual(['design']);
  });

  it('completes the words after a command from the index, and nothing after the next word', () => {
    const script = runCli(['completion', 'bash']).stdout;
    for (const [name, entry] of Object.entries(COMMANDS)) {
      expect(bashCompletes(script, ['kafka-specialist', name, '']), name).toEqual([...(entry.words ?? [])]);
    }
    expect(bashCompletes(script, ['kafka-specialist', 'session', 'new', ''])).toEqual([]);
  });

  it('prints a zsh script describing every command with its summary', () => {
    const r = runCli(['completion', 'zsh']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('#compdef kafka-specialist\n')).toBe(true);
    for (const [name, entry] of Object.entries(COMMANDS)) {
      expect(r.stdout).toContain(`'${name}:${entry.summary.replaceAll("'", `'\\''`)}'`);
      if (entry.words) expect(r.stdout).toContain(`${name}) (( CURRENT == 3 )) && _values '${name}' ${entry.words.map((w) => `'${w}'`).join(' ')}`);
    }
  });

  it('refuses another shell with exit 2', () => {
    expect(runCli(['completion', 'fish']).code).toBe(2);
  });
});
