// A session folder keeps the rounds of a conversation: round-1/, round-2/, ... each with the
// requirements as given, the design document (with the change log against the round before)
// and the Markdown report. A round is written to a temporary folder and renamed into place, so
// an interrupted run never leaves half a round.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileSystemProblem } from '../edge/paths.js';
import { renderRound, roundJson, type Round, type RoundDocument } from '../method/converge/round.js';
import { renderDesign } from '../method/report/design-report.js';
import { UserError } from '../model/errors.js';

export const ROUND_FILES = { requirements: 'requirements.yaml', design: 'design.json', report: 'report.md' } as const;

export function roundDir(session: string, n: number): string {
  return join(session, `round-${n}`);
}

/** The names in a session folder; a file or an unreadable folder there is the user's to fix. */
export function sessionEntries(session: string): string[] {
  try {
    return readdirSync(session);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError({ file: session, message: 'no such session folder', suggestion: `start one with: kafka-specialist session new ${session}` });
    if (code === 'ELOOP') throw new UserError({ file: session, message: 'a loop of symbolic links, not a session folder', suggestion: 'name a folder' });
    if (code === 'ENOTDIR') throw new UserError({ file: session, message: 'is a file, not a session folder', suggestion: 'name a folder' });
    if (code === 'EACCES' || code === 'EPERM') throw new UserError({ file: session, message: 'cannot read this folder: permission denied', suggestion: 'check its permissions' });
    throw e;
  }
}

/** Round numbers present in the folder, in order. */
export function roundNumbers(session: string): number[] {
  return sessionEntries(session)
    .map((name) => /^round-(\d+)$/.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

export function readRoundFile(session: string, n: number, name: keyof typeof ROUND_FILES): string {
  const path = join(roundDir(session, n), ROUND_FILES[name]);
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new UserError({ file: path, message: `round ${n} has no ${ROUND_FILES[name]}`, suggestion: 'the session folder was edited by hand; remove the broken round folder' });
  }
}

export function readRoundDocument(session: string, n: number): RoundDocument {
  return JSON.parse(readRoundFile(session, n, 'design')) as RoundDocument;
}

/** Writes round `n` (requirements text as given, design document, report) in one rename. */
export function writeRound(session: string, n: number, requirementsText: string, round: Round): void {
  const final = roundDir(session, n);
  const temp = join(session, `.round-${n}.${process.pid}.tmp`);
  try {
    rmSync(temp, { recursive: true, force: true });
    mkdirSync(temp);
  } catch (e) {
    throw fileSystemProblem(e, session) ?? e;
  }
  try {
    writeFileSync(join(temp, ROUND_FILES.requirements), requirementsText);
    writeFileSync(join(temp, ROUND_FILES.design), `${JSON.stringify(roundJson(round), null, 2)}\n`);
    writeFileSync(join(temp, ROUND_FILES.report), renderDesign(round.design, 'markdown') + renderRound(round, 'markdown', `Changes since round ${n - 1}`));
    renameSync(temp, final);
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    throw fileSystemProblem(e, final) ?? e;
  }
}
