#!/usr/bin/env node
// Turns the generated configuration tables of a kafka-site checkout (NN/generated/*_config.html)
// into the facts-only JSON of ../shared/kafka-configs ({version}/{scope}.json): names, types,
// defaults, valid values, importance, update mode, server default property, doc anchor. No prose.
// It fills the releases the shared tables skip (3.1, 3.2, 3.4, 3.5) into facts/kafka-configs/.
// Usage:
//   node scripts/kafka-site-tables.mjs <kafka-site dir> --verify 3.3 3.6 ...   compare with ../shared
//   node scripts/kafka-site-tables.mjs <kafka-site dir> --write 3.1 3.2 ...    write facts/kafka-configs
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [site, mode, ...versions] = process.argv.slice(2);
if (!site || !['--verify', '--write'].includes(mode) || versions.length === 0) {
  console.error('usage: kafka-site-tables.mjs <kafka-site dir> --verify|--write <version>...');
  process.exit(2);
}

/** Generated file -> scope and the anchor prefix the documentation uses for it. */
const TABLES = [
  ['producer_config.html', 'producer', 'producerconfigs_'],
  ['consumer_config.html', 'consumer', 'consumerconfigs_'],
  ['admin_client_config.html', 'admin', 'adminclientconfigs_'],
  ['topic_config.html', 'topic', 'topicconfigs_'],
  ['kafka_config.html', 'broker', 'brokerconfigs_'],
  ['streams_config.html', 'streams', 'streamsconfigs_'],
  ['connect_config.html', 'connect', 'connectconfigs_'],
];

const ENTITIES = { '&quot;': '"', '&lt;': '<', '&gt;': '>', '&amp;': '&', '&#39;': "'", '&apos;': "'", '&nbsp;': ' ' };
// Some tables write an entity without its semicolon (&gt), which browsers accept too.
const text = (html) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&[a-z#0-9]+;?/g, (e) => ENTITIES[e.endsWith(';') ? e : `${e};`] ?? e)
    .trim();

function parse(html, version, prefix) {
  const nn = version.replace('.', '');
  const rows = [];
  // One <h4> per setting; descriptions may hold their own lists, so items are cut at headings.
  for (const item of html.split('<h4>').slice(1)) {
    const anchor = new RegExp(`id="${prefix}([^"]+)"`).exec(item);
    if (!anchor) continue;
    const name = anchor[1];
    const cells = Object.fromEntries([...item.matchAll(/<tr><th>([^<]+):<\/th><td>([\s\S]*?)<\/td><\/tr>/g)].map((m) => [m[1], text(m[2])]));
    const row = { name, type: cells.Type };
    const raw = cells.Default ?? '';
    // "540000 (9 minutes)": the value, and the human-readable suffix kept apart.
    const human = /^(-?[\d.]+) \(([^)]+)\)$/.exec(raw);
    row.default = raw === '' ? null : human ? human[1] : raw;
    if (human) row.defaultHuman = human[2];
    row.validValues = cells['Valid Values'] ? cells['Valid Values'] : null;
    row.importance = cells.Importance;
    if (cells['Update Mode'] !== undefined) row.updateMode = cells['Update Mode'];
    if (prefix === 'topicconfigs_') row.serverDefaultProperty = cells['Server Default Property'] && cells['Server Default Property'] !== 'null' ? cells['Server Default Property'] : null;
    row.docUrl = `https://kafka.apache.org/${nn}/documentation.html#${prefix}${name}`;
    rows.push(row);
  }
  return rows;
}

let differences = 0;
for (const version of versions) {
  const nn = version.replace('.', '');
  for (const [file, scope, prefix] of TABLES) {
    const path = join(site, nn, 'generated', file);
    if (!existsSync(path)) {
      console.error(`missing ${path}`);
      differences++;
      continue;
    }
    const rows = parse(readFileSync(path, 'utf8'), version, prefix);
    if (mode === '--write') {
      const out = join(root, 'facts', 'kafka-configs', version);
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, `${scope}.json`), JSON.stringify(rows, null, 1) + '\n');
      console.log(`${version}/${scope}.json: ${rows.length} settings`);
      continue;
    }
    const shared = JSON.parse(readFileSync(join(root, '../shared/kafka-configs', version, `${scope}.json`), 'utf8'));
    const byName = new Map(rows.map((r) => [r.name, r]));
    for (const s of shared) {
      const mine = byName.get(s.name);
      if (!mine) {
        console.log(`${version}/${scope}: ${s.name} missing`);
        differences++;
        continue;
      }
      for (const k of Object.keys(s)) {
        if (JSON.stringify(s[k]) !== JSON.stringify(mine[k])) {
          console.log(`${version}/${scope}: ${s.name}.${k} shared=${JSON.stringify(s[k])} here=${JSON.stringify(mine[k])}`);
          differences++;
        }
      }
    }
    if (rows.length !== shared.length) {
      console.log(`${version}/${scope}: ${rows.length} here, ${shared.length} shared`);
      differences++;
    }
  }
}
if (mode === '--verify') {
  console.log(`${differences} difference(s)`);
  process.exit(differences === 0 ? 0 : 1);
}
