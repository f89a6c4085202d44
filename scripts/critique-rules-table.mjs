#!/usr/bin/env node
// Prints the rule table of docs/critique.md from the built rules (npm run build first).
import { ALL_RULES } from '../dist/index.js';

const cell = (s) => s.replace(/\|/g, '\\|');
console.log('| rule | severity | reads | what it finds |');
console.log('|---|---|---|---|');
for (const r of ALL_RULES.map((rule) => rule.meta)) console.log(`| \`${r.id}\` | ${r.severity} | ${r.kinds.join(', ')} | ${cell(r.summary)} |`);
