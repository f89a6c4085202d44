// A Kafka version given by the user (a flag or tool argument), checked once for every reference command.
import { compareVersions, documentedVersions, isVersionString, resolveVersion, type ResolvedVersion } from '../../knowledge/catalog.js';
import { UserError } from '../../model/errors.js';

/** Resolves `version` against the catalog, or throws a UserError naming `field` (e.g. --from). */
export function versionArgument(field: string, version: string): ResolvedVersion {
  if (!isVersionString(version)) {
    throw new UserError({ message: `not a Kafka version: ${version}`, field, expected: 'a version such as 3.9 or 4.1.0', found: version });
  }
  const resolved = resolveVersion(version);
  if (resolved.relation === 'between') {
    // A release between two documented tables added and changed settings neither table shows:
    // answering from the older table would state its facts as this release's.
    const next = documentedVersions().find((v) => compareVersions(v, resolved.documented) > 0)!;
    throw new UserError({
      message: `Kafka ${version} has no settings table in the reference (documented: ${documentedVersions().join(', ')}); what ${version.split('.').slice(0, 2).join('.')} added or changed would be missing from an answer taken from ${resolved.documented}`,
      field,
      expected: `a documented version, e.g. ${resolved.documented} (before it) or ${next} (after it)`,
      found: version,
      suggestion: `ask for ${resolved.documented} and ${next} and compare (kafka-specialist changes --from ${resolved.documented} --to ${next}); the official tables for ${version} are at https://kafka.apache.org/${version.split('.').slice(0, 2).join('')}/documentation.html#configuration`,
    });
  }
  return resolved;
}
