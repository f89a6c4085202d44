// `kafka-specialist completion bash|zsh`: a shell completion script built from the command index
// (names, summaries, and the words that may follow a name), so a new command completes as soon
// as it is in the index. Past those words the shell completes file names.
import { Argument, type Command } from 'commander';
import { COMMANDS, describedCommand } from './index.js';

export const SHELLS = ['bash', 'zsh'] as const;
export type Shell = (typeof SHELLS)[number];

const FUNCTION = '_kafka_specialist';
const PROGRAM = 'kafka-specialist';

/** Text inside single quotes for both shells: a quote closes, is escaped, and reopens. */
function singleQuoted(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

function commandsWithWords(): Array<[string, readonly string[]]> {
  return Object.entries(COMMANDS).flatMap(([name, entry]) => (entry.words ? [[name, entry.words] as [string, readonly string[]]] : []));
}

function bashScript(): string {
  const cases = commandsWithWords().map(([name, words]) => `    ${name}) COMPREPLY=($(compgen -W ${singleQuoted(words.join(' '))} -- "$cur")) ;;`);
  return [
    `# ${PROGRAM} completion for bash. Load it with: source <(${PROGRAM} completion bash)`,
    `${FUNCTION}() {`,
    '  local cur=${COMP_WORDS[COMP_CWORD]}',
    '  COMPREPLY=()',
    '  if [[ $COMP_CWORD -eq 1 ]]; then',
    `    COMPREPLY=($(compgen -W ${singleQuoted([...Object.keys(COMMANDS), 'help', '--help', '--version'].join(' '))} -- "$cur"))`,
    '    return',
    '  fi',
    // Only the word right after the command name has a known list; later words are files (-o default).
    '  [[ $COMP_CWORD -eq 2 ]] || return',
    '  case ${COMP_WORDS[1]} in',
    ...cases,
    '  esac',
    '}',
    `complete -o default -F ${FUNCTION} ${PROGRAM}`,
    '',
  ].join('\n');
}

function zshScript(): string {
  // _describe splits each entry at its first colon: the name, then the summary.
  const described = Object.entries(COMMANDS).map(([name, entry]) => `    ${singleQuoted(`${name}:${entry.summary}`)}`);
  const cases = commandsWithWords().map(([name, words]) => `    ${name}) (( CURRENT == 3 )) && _values ${singleQuoted(name)} ${words.map(singleQuoted).join(' ')} && return ;;`);
  return [
    `#compdef ${PROGRAM}`,
    `# ${PROGRAM} completion for zsh. Load it with: source <(${PROGRAM} completion zsh), or save it as ${FUNCTION} in a directory of $fpath.`,
    `${FUNCTION}() {`,
    '  local -a commands',
    '  commands=(',
    ...described,
    '  )',
    '  if (( CURRENT == 2 )); then',
    "    _describe 'command' commands",
    '    return',
    '  fi',
    '  case $words[2] in',
    ...cases,
    '  esac',
    '  _files',
    '}',
    `if [[ $funcstack[1] == ${FUNCTION} ]]; then ${FUNCTION} "$@"; else compdef ${FUNCTION} ${PROGRAM}; fi`,
    '',
  ].join('\n');
}

export function completionScript(shell: Shell): string {
  return shell === 'bash' ? bashScript() : zshScript();
}

export function registerCompletion(program: Command): void {
  describedCommand(program, 'completion')
    .addArgument(new Argument('<shell>', 'the shell').choices(SHELLS))
    .action((shell: Shell) => {
      process.stdout.write(completionScript(shell));
    });
}
