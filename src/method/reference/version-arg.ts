// A Kafka version given by the user (a flag or tool argument), checked once for every reference command.
import { isVersionString, resolveVersion, type ResolvedVersion } from '../../knowledge/catalog.js';
import { UserError } from '../../model/errors.js';

/** Resolves `version` against the catalog, or throws a UserError naming `field` (e.g. --from). */
export function versionArgument(field: string, version: string): ResolvedVersion {
  if (!isVersionString(version)) {
    throw new UserError({ message: `not a Kafka version: ${version}`, field, expected: 'a version such as 3.9 or 4.1.0', found: version });
  }
  return resolveVersion(version);
}
