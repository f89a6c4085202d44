// Errors raised by the shared method/ functions name CLI flags (--kafka-version); through MCP the
// caller knows the tool's argument names (kafka_version), so problems are re-addressed to those.
// Flags of the server itself (--allow-writes) are the operator's and stay as they are.
import type { UserProblem } from '../model/errors.js';

/** CLI flags whose tool argument has another name. */
const ALIASES: Record<string, string[]> = { client: ['library'], library: ['client'], lang: ['language'] };

function argumentFor(flag: string, argumentNames: readonly string[]): string | undefined {
  const snake = flag.replace(/-/g, '_');
  if (argumentNames.includes(snake)) return snake;
  return ALIASES[snake]?.find((a) => argumentNames.includes(a));
}

const FLAG = /(^|[\s(`'"])--([a-z][a-z0-9-]*)/g;

function renameFlags(text: string, argumentNames: readonly string[]): string {
  return text.replace(FLAG, (all: string, before: string, flag: string) => {
    const name = argumentFor(flag, argumentNames);
    return name ? `${before}${name}` : all;
  });
}

/** The problems with CLI flag names replaced by the tool's argument names. */
export function inToolTerms(problems: readonly UserProblem[], argumentNames: readonly string[]): UserProblem[] {
  return problems.map((p) => {
    const out: UserProblem = { ...p };
    if (p.field?.startsWith('--')) out.field = argumentFor(p.field.slice(2), argumentNames) ?? p.field.slice(2).replace(/-/g, '_');
    for (const k of ['message', 'suggestion', 'expected'] as const) {
      const v = p[k];
      if (v !== undefined) out[k] = renameFlags(v, argumentNames);
    }
    return out;
  });
}
