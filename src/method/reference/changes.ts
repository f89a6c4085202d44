// `changes`: what differs between two Kafka versions, setting by setting: what to check before an
// upgrade. Computed from the catalog's runs, so any pair of versions works, documented or not
// (a version between documented ones is answered by the last documented one before it).
import { catalogData, compareVersions, SCOPES, setting, type ResolvedVersion, type Scope, type SettingFacts, type SettingRun } from '../../knowledge/catalog.js';
import { defaultDocArtifact, scopeDocumentedAt } from '../../knowledge/doc-artifacts.js';
import { explanationFor } from '../../knowledge/explanations/index.js';
import { UserError } from '../../model/errors.js';
import { clientDefault, clientLibrary } from '../../knowledge/clients.js';
import { resolveClient } from './explain.js';
import { versionArgument } from './version-arg.js';

type Importance = SettingRun['importance'];

export interface ChangesOptions {
  from: string;
  to: string;
  scope?: Scope;
  /** Leave out settings less important than this (in the newer version's table). */
  minImportance?: Importance;
  /** A client library (confluent-kafka, franz-go, ...): client-side default changes say whether they reach it. */
  client?: string;
}

export interface SettingChange {
  scope: Scope;
  name: string;
  importance: Importance;
  /** Our one-line explanation, when written. */
  what?: string;
  docUrl: string;
}

export interface ValueChange extends SettingChange {
  from: string | null;
  to: string | null;
  /** Set when the difference comes from how the docs were built, not from Kafka's behaviour. */
  docArtifact?: string;
  /** For a client setting with --client outside the Java family: that library's own name and default, which the Java change does not move. */
  inClient?: { library: string; name: string | null; default: string | null; source: string };
}

export interface ChangesReport {
  from: ResolvedVersion;
  to: ResolvedVersion;
  scopes: Scope[];
  added: SettingChange[];
  removed: SettingChange[];
  defaultChanged: ValueChange[];
  validValuesChanged: ValueChange[];
  typeChanged: ValueChange[];
  /** Caveats: undocumented scopes, versions answered from another documented version. */
  notes: string[];
}

const IMPORTANCE_RANK: Record<Importance, number> = { high: 0, medium: 1, low: 2 };

function describe(f: SettingFacts): SettingChange {
  const what = explanationFor(f.scope, f.name)?.what;
  return { scope: f.scope, name: f.name, importance: f.importance, ...(what ? { what } : {}), docUrl: f.docUrl };
}

function versionNote(v: ResolvedVersion): string | undefined {
  if (v.relation === 'between') return `Kafka ${v.requested} is answered from the ${v.documented} tables (the last documented version before it).`;
  if (v.relation === 'newer') return `Kafka ${v.requested} is newer than the catalog; the ${v.documented} tables answer for it.`;
  if (v.relation === 'older') return `Kafka ${v.requested} is older than the catalog; the ${v.documented} tables answer for it.`;
  return undefined;
}

/** The library's own default for a client setting, when the library is not the Java client. */
function ownDefault(scope: Scope, name: string, version: string, library: string): ValueChange['inClient'] {
  if (scope !== 'producer' && scope !== 'consumer' && scope !== 'admin') return undefined;
  if (clientLibrary(library)!.family === 'java') return undefined;
  const d = clientDefault(scope, name, version, library);
  return { library, name: d.clientName, default: d.value, source: d.source };
}

const byImportance = (a: SettingChange, b: SettingChange) =>
  IMPORTANCE_RANK[a.importance] - IMPORTANCE_RANK[b.importance] || SCOPES.indexOf(a.scope) - SCOPES.indexOf(b.scope) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export function changes(options: ChangesOptions): ChangesReport {
  const from = versionArgument('--from', options.from);
  const to = versionArgument('--to', options.to);
  if (compareVersions(options.from, options.to) > 0) {
    throw new UserError({ message: `${options.from} is newer than --to ${options.to}`, field: '--from', suggestion: `swap them: --from ${options.to} --to ${options.from}` });
  }
  const notes = [versionNote(from), versionNote(to)].filter((n): n is string => !!n);
  if (from.documented === to.documented) notes.push(`No documented version lies between ${options.from} and ${options.to}; the catalog shows no difference.`);

  const scopes: Scope[] = [];
  for (const scope of options.scope ? [options.scope] : SCOPES) {
    const atFrom = scopeDocumentedAt(scope, from.documented);
    const atTo = scopeDocumentedAt(scope, to.documented);
    if (atFrom && atTo) scopes.push(scope);
    else if (atFrom || atTo) notes.push(`The ${scope} table is not documented for ${atFrom ? to.documented : from.documented}, so ${scope} settings are not compared.`);
    else if (options.scope) notes.push(`The ${scope} table is documented for neither version.`);
  }

  const library = options.client ? resolveClient(options.client) : undefined;
  if (library && clientLibrary(library)!.family !== 'java') {
    notes.push(
      `${library} keeps its own client defaults (${clientLibrary(library)!.factsVersion ?? 'not in the catalog'}): changed producer, consumer and admin defaults below are the Java client's; each says what ${library} uses.`,
    );
  }
  const report: ChangesReport = { from, to, scopes, added: [], removed: [], defaultChanged: [], validValuesChanged: [], typeChanged: [], notes };
  const keep = (f: SettingFacts) => !options.minImportance || IMPORTANCE_RANK[f.importance] <= IMPORTANCE_RANK[options.minImportance];
  for (const s of catalogData().settings) {
    if (!scopes.includes(s.scope)) continue;
    const a = setting(s.scope, s.name, from.documented);
    const b = setting(s.scope, s.name, to.documented);
    if (!a && !b) continue;
    if (!a) {
      if (keep(b!)) report.added.push(describe(b!));
      continue;
    }
    if (!b) {
      if (keep(a)) report.removed.push(describe(a));
      continue;
    }
    if (!keep(b)) continue;
    if (a.default !== b.default) {
      const artifact = defaultDocArtifact(s.scope, s.name);
      const inClient = library ? ownDefault(s.scope, s.name, to.documented, library) : undefined;
      report.defaultChanged.push({ ...describe(b), from: a.default, to: b.default, ...(artifact ? { docArtifact: artifact } : {}), ...(inClient ? { inClient } : {}) });
    }
    if (a.validValues !== b.validValues) report.validValuesChanged.push({ ...describe(b), from: a.validValues, to: b.validValues });
    if (a.type !== b.type) report.typeChanged.push({ ...describe(b), from: a.type, to: b.type });
  }
  // Real changes first, doc artifacts last; within each, the most important settings first.
  report.defaultChanged.sort((x, y) => Number(!!x.docArtifact) - Number(!!y.docArtifact) || byImportance(x, y));
  for (const list of [report.added, report.removed, report.validValuesChanged, report.typeChanged]) list.sort(byImportance);
  return report;
}
