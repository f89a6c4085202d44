// Differences between documented versions that are not behaviour changes: defaults that depend on
// the machine that generated the docs, and tables missing from a version. Readers of the catalog
// (changes, explain) use these to keep doc noise out of upgrade advice.
import { catalogData, compareVersions, resolveVersion, type Scope } from './catalog.js';

/** Defaults that came from the doc-build machine rather than from Kafka. */
const BUILD_MACHINE_DEFAULTS: ReadonlyMap<string, string> = new Map([['streams/state.dir', 'the documented default is the temp directory of the machine that built the docs']]);

/** Why a default difference of this setting is a doc artifact, or undefined when it is real. */
export function defaultDocArtifact(scope: Scope, name: string): string | undefined {
  if (catalogData().jvmDependent.includes(name)) return 'the documented default depends on the JVM that generated the docs; not a behaviour change';
  return BUILD_MACHINE_DEFAULTS.get(`${scope}/${name}`);
}

let documentedScopes: Map<string, Set<Scope>> | undefined;

/** Whether the catalog has the table of `scope` for the documented version answering `version` (e.g. no 4.2 group table). */
export function scopeDocumentedAt(scope: Scope, version: string): boolean {
  if (!documentedScopes) {
    documentedScopes = new Map(catalogData().versions.map((v) => [v, new Set<Scope>()]));
    for (const s of catalogData().settings) {
      for (const r of s.runs) {
        for (const v of catalogData().versions) {
          if (compareVersions(r.from, v) <= 0 && compareVersions(v, r.to) <= 0) documentedScopes.get(v)!.add(s.scope);
        }
      }
    }
  }
  return documentedScopes.get(resolveVersion(version).documented)?.has(scope) ?? false;
}
