// The CLI's exit codes, apart from io.ts so that `--help` and `--version` load nothing else.
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;
