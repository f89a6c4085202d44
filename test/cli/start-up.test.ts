// The root help, `--version` and unknown-command suggestions come from the command index without
// loading any command: the index's names, usages and summaries must stay what the commands say.
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS, registerAll, registerFor } from '../../src/cli/commands/index.js';

const program = () => new Command('kafka-specialist').exitOverride().configureOutput({ writeOut: () => undefined, writeErr: () => undefined });

describe('command index', () => {
  it('lists each command with the usage and description its register function gives it', async () => {
    const loaded = program();
    await registerAll(loaded);
    const help = loaded.createHelp();
    const actual = loaded.commands.map((c) => ({ name: c.name(), usage: help.subcommandTerm(c).slice(c.name().length).trim(), summary: c.description() }));
    const indexed = Object.entries(COMMANDS).map(([name, e]) => ({ name, usage: e.usage, summary: e.summary }));
    expect(indexed).toEqual(actual);
  });

  it('gives each command the words shell completion offers after its name: its subcommands or its argument choices', async () => {
    const loaded = program();
    await registerAll(loaded);
    const following = (c: Command): string[] | undefined => {
      const words = c.commands.length > 0 ? c.commands.map((sub) => sub.name()) : (c.registeredArguments[0]?.argChoices ?? []);
      return words.length > 0 ? words : undefined;
    };
    expect(Object.fromEntries(Object.entries(COMMANDS).map(([name, e]) => [name, e.words]))).toEqual(Object.fromEntries(loaded.commands.map((c) => [c.name(), following(c)])));
  });

  it('prints the same root help without loading a command as with all of them loaded', async () => {
    const loaded = program();
    await registerAll(loaded);
    const placeholders = program();
    await registerFor(placeholders, ['--help']);
    expect(placeholders.helpInformation()).toBe(loaded.helpInformation());
  });

  it('registers only the command a line runs, also for help <command>', async () => {
    for (const argv of [
      ['design', 'x.yaml'],
      ['help', 'design'],
      ['--format', 'json', 'design'],
    ]) {
      const p = program();
      await registerFor(p, argv);
      expect(p.commands.map((c) => c.name())).toEqual(['design']);
    }
  });

  it('suggests the nearest command for a misspelt one from the placeholders', async () => {
    const p = program();
    await registerFor(p, ['desing']);
    expect(() => p.parse(['desing'], { from: 'user' })).toThrow(/Did you mean design\?/);
  });
});
