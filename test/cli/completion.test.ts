// `completion bash|zsh`: the scripts name every command of the index and the words after them,
// and bash accepts the bash script as valid syntax and completes from it.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { runCli } from './run-cli.js';

/**
 * What bash completes for each command line typed so far (the last word is being completed). One
 * bash reads the script; each line completes in a subshell of its own, so none sees another's state.
 */
function bashCompletes(script: string, lines: string[][]): string[][] {
  const END = '--end-of-completions--';
  const calls = lines.map((words) => `(COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _kafka_specialist; printf '%s\\n' "\${COMPREPLY[@]}" '${END}')`);
  const r = spawnSync('bash', ['-c', [script, ...calls].join('\n')], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const answers = r.stdout
    .split(`${END}\n`)
    .slice(0, -1)
    .map((block) => block.split('\n').filter((w) => w !== ''));
  expect(answers).toHaveLength(lines.length);
  return answers;
}

describe('kafka-specialist completion', () => {
  it('prints a bash script that bash -n accepts and that completes every command of the index', () => {
    const r = runCli(['completion', 'bash']);
    expect(r.code).toBe(0);
    const syntax = spawnSync('bash', ['-n'], { input: r.stdout, encoding: 'utf8' });
    expect(syntax.status, syntax.stderr).toBe(0);
    const [commands, de] = bashCompletes(r.stdout, [
      ['kafka-specialist', ''],
      ['kafka-specialist', 'de'],
    ]);
    expect(commands).toEqual(expect.arrayContaining(Object.keys(COMMANDS)));
    expect(de).toEqual(['design']);
  });

  it('completes the words after a command from the index, and nothing after the next word', () => {
    const script = runCli(['completion', 'bash']).stdout;
    const entries = Object.entries(COMMANDS);
    const answers = bashCompletes(script, [...entries.map(([name]) => ['kafka-specialist', name, '']), ['kafka-specialist', 'session', 'new', '']]);
    entries.forEach(([name, entry], i) => expect(answers[i], name).toEqual([...(entry.words ?? [])]));
    expect(answers[entries.length]).toEqual([]);
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
