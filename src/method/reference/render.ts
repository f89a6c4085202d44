// Text and Markdown views of the reference results (explain, search, changes). JSON is the result
// objects themselves; these views only arrange them for reading.
import type { ChangesReport, SettingChange, ValueChange } from './changes.js';
import type { ExplainResult, OtherClient, SettingExplanation } from './explain.js';
import type { SearchResult } from './search.js';

export type ReadableFormat = 'text' | 'markdown';

/** A documented default as a reader should see it. */
export function showDefault(value: string | null): string {
  if (value === null) return '(none: must be set)';
  if (value === '""') return '"" (empty)';
  return value;
}

function code(s: string, f: ReadableFormat): string {
  return f === 'markdown' ? `\`${s}\`` : s;
}

function heading(s: string, f: ReadableFormat, level = 2): string {
  return f === 'markdown' ? `${'#'.repeat(level)} ${s}` : s;
}

function field(label: string, value: string, f: ReadableFormat): string {
  return f === 'markdown' ? `- **${label}:** ${value}` : `  ${label}: ${value}`;
}

function versionLine(s: SettingExplanation): string {
  const v = s.kafkaVersion;
  if (s.tableMissing) return `the catalog has no ${s.scope} table for Kafka ${v.documented} (a gap in the facts); facts below are from ${s.factsFrom}`;
  if (!s.existsInVersion) {
    const spans = s.defaultHistory.map((d) => (d.from === d.to ? d.from : `${d.from}-${d.to}`)).join(', ');
    return `not in the Kafka ${v.requested} tables (documented in ${spans}); facts below are from ${s.factsFrom}`;
  }
  if (v.relation === 'documented') return `Kafka ${v.requested}`;
  if (v.relation === 'older') return `Kafka ${v.requested} is older than the catalog, which starts at ${v.documented}: the ${v.documented} facts below may not hold for it`;
  return `Kafka ${v.requested}, answered from the ${v.documented} tables (${v.relation === 'between' ? 'last documented version before it' : 'newest documented'})`;
}

function renderSetting(s: SettingExplanation, f: ReadableFormat): string[] {
  const lines = [heading(`${code(s.name, f)} (${s.scope}, ${s.type}, importance ${s.importance})`, f)];
  if (f === 'markdown') lines.push('');
  lines.push(field('version', versionLine(s), f));
  lines.push(field('default', code(showDefault(s.default), f) + (s.defaultHuman ? ` (${s.defaultHuman})` : ''), f));
  if (s.client?.factsHeld) {
    lines.push(
      field(
        `client ${s.client.library} (${s.client.family})`,
        s.client.name
          ? `${code(s.client.name, f)} = ${code(showDefault(s.client.default), f)}  [${s.client.source}]`
          : `no such setting in ${s.client.library}${s.client.pollLoop ? '' : ` [${s.client.source}]`}`,
        f,
      ),
    );
  } else if (s.client) {
    lines.push(
      field(`client ${s.client.library} (${s.client.family})`, `its defaults are not in the catalog; the Java client's is ${code(showDefault(s.client.default), f)}, so set it explicitly`, f),
    );
  }
  if (s.client?.pollLoop) lines.push(field('poll loop', s.client.pollLoop, f));
  if (s.validValues) lines.push(field('valid values', code(s.validValues.length > 160 ? `${s.validValues.slice(0, 157)}...` : s.validValues, f), f));
  if (s.updateMode) lines.push(field('update mode', s.updateMode, f));
  if (s.serverDefaultProperty) lines.push(field('broker default from', code(s.serverDefaultProperty, f), f));
  const e = s.explanation;
  if (e) {
    lines.push(field('what', e.what, f));
    lines.push(field('when to change', e.whenToChange, f));
    if (s.interactions?.length) {
      const shown = s.interactions.map((i) => `${code(i.name, f)}${i.scope === s.scope ? '' : ` (${i.scope})`}${i.inVersion ? ` = ${code(showDefault(i.default), f)}` : ' (not in this version)'}`);
      lines.push(field('interacts with', shown.join(', '), f));
    }
    for (const note of e.notes ?? []) lines.push(field('note', note, f));
  } else {
    lines.push(field('what', 'no explanation of ours yet; see the official docs below', f));
  }
  lines.push(field('default across versions', s.defaultHistory.map((d) => `${d.from === d.to ? d.from : `${d.from}-${d.to}`}: ${code(showDefault(d.default), f)}`).join('; '), f));
  if (s.otherClients) {
    const show = (c: OtherClient) => (c.names.length ? `${c.names.map((n) => code(n, f)).join(' / ')} = ${code(showDefault(c.default), f)}` : c.note ? `(none: ${c.note})` : '(none)');
    lines.push(field('in other clients', `librdkafka ${show(s.otherClients.librdkafka)}; kafkajs ${show(s.otherClients.kafkajs)}`, f));
  }
  lines.push(field('docs', s.docUrl, f));
  return lines;
}

export function renderExplain(result: ExplainResult, f: ReadableFormat): string {
  if (result.kind === 'rule') {
    const r = result.rule;
    const lines = [
      heading(`${code(r.id, f)} (${r.severity})`, f),
      ...(f === 'markdown' ? [''] : []),
      field('summary', r.summary, f),
      field('why', r.why, f),
      field('fix', r.fix, f),
      field('applies to', r.kinds.join(', '), f),
      ...r.refs.map((ref) => field('ref', ref, f)),
    ];
    return lines.join('\n') + '\n';
  }
  const out: string[] = [];
  const via = result.resolved.via;
  if (via && via.as !== 'spelling') out.push(`${code(via.written, f)} is the ${via.as} name of ${code(result.resolved.name, f)}.`, '');
  for (const s of result.settings) out.push(...renderSetting(s, f), '');
  return out.join('\n');
}

export function renderSearch(result: SearchResult, f: ReadableFormat): string {
  if (result.hits.length === 0) return `No settings match "${result.query}".\n`;
  const lines = [heading(`Settings for "${result.query}"`, f), ...(f === 'markdown' ? [''] : [])];
  result.hits.forEach((h, i) => {
    const what = h.what ? ` - ${h.what}` : '';
    const scopes = [h.scope, ...(h.alsoIn ?? [])].join(', ');
    lines.push(f === 'markdown' ? `${i + 1}. ${code(h.name, f)} (${scopes})${what}` : `${String(i + 1).padStart(2)}. ${h.name} (${scopes})${what}`);
  });
  lines.push('', f === 'markdown' ? 'Run `kafka-specialist explain <name>` for details.' : 'Run kafka-specialist explain <name> for details.');
  return lines.join('\n') + '\n';
}

function changeLine(c: SettingChange, f: ReadableFormat): string {
  const what = c.what ? ` - ${c.what}` : '';
  return `${f === 'markdown' ? '-' : '   '} ${code(c.name, f)} (${c.scope}, ${c.importance})${what}`;
}

/** A valid-values or type cell as a reader should see it (long enumerations shortened). */
function showCell(value: string | null): string {
  if (value === null) return '(not listed)';
  return value.length > 80 ? `${value.slice(0, 77)}...` : value;
}

function valueLine(c: ValueChange, f: ReadableFormat, show: (v: string | null) => string = showDefault): string {
  const artifact = c.docArtifact ? ` [doc artifact: ${c.docArtifact}]` : '';
  const own = c.inClient ? ` [${c.inClient.library}: ${c.inClient.name ? `${c.inClient.name} = ${c.inClient.default ?? '(none)'}, unchanged by this` : 'no such setting'}]` : '';
  return `${f === 'markdown' ? '-' : '   '} ${code(c.name, f)} (${c.scope}, ${c.importance}): ${code(show(c.from), f)} -> ${code(show(c.to), f)}${artifact}${own}`;
}

export function renderChanges(r: ChangesReport, f: ReadableFormat): string {
  const lines = [heading(`Kafka ${r.from.requested} -> ${r.to.requested}: settings that changed (${r.scopes.join(', ') || 'no scope'})`, f)];
  for (const n of r.notes) lines.push(f === 'markdown' ? `> ${n}` : `note: ${n}`);
  const section = (title: string, items: string[]) => {
    lines.push('', heading(`${title} (${items.length})`, f, 3));
    if (f === 'markdown' && items.length) lines.push('');
    lines.push(...(items.length ? items : [f === 'markdown' ? '_none_' : '    none']));
  };
  section(
    'Default changed',
    r.defaultChanged.map((c) => valueLine(c, f)),
  );
  section(
    'Removed',
    r.removed.map((c) => changeLine(c, f)),
  );
  section(
    'Added',
    r.added.map((c) => changeLine(c, f)),
  );
  section(
    'Valid values changed',
    r.validValuesChanged.map((c) => valueLine(c, f, showCell)),
  );
  if (r.typeChanged.length)
    section(
      'Type changed',
      r.typeChanged.map((c) => valueLine(c, f, showCell)),
    );
  return lines.join('\n') + '\n';
}
