#!/usr/bin/env node
// Copies the data files tsc does not emit (the knowledge catalog) next to the compiled code,
// and marks the CLI entry executable.
import { chmodSync, cpSync, existsSync } from 'node:fs';

cpSync('src/knowledge/data', 'dist/knowledge/data', { recursive: true });
if (existsSync('dist/cli/main.js')) chmodSync('dist/cli/main.js', 0o755);
