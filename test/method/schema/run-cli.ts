// Runs `kafka-specialist schema ...` in-process (from src/, no build needed) and captures its
// output and exit code.
import { Command } from 'commander';
import { vi } from 'vitest';
import { registerSchema } from '../../../src/cli/commands/schema.js';

export interface CliRun {
  stdout: string;
  stderr: string;
  code: number;
}

export async function runSchemaCli(args: string[]): Promise<CliRun> {
  const program = new Command('kafka-specialist').exitOverride();
  registerSchema(program);
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  const before = process.exitCode;
  process.exitCode = undefined;
  try {
    await program.parseAsync(['node', 'kafka-specialist', 'schema', ...args]);
    return { stdout, stderr, code: Number(process.exitCode ?? 0) };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = before;
  }
}
