// The project's own explanations of Kafka settings, in our words (the official tables only give
// facts; `docUrl` links the official prose). One data file per scope (tables.ts); settings every
// client shares (connection, TLS, SASL) live once in client-common and answer for any client scope.
import type { Scope } from '../catalog.js';
import { CLIENT_COMMON, EXPLANATIONS_BY_SCOPE } from './tables.js';

export interface Explanation {
  /** What the setting does, one line. */
  what: string;
  /** When a pipeline designer should move it off its default, one line. */
  whenToChange: string;
  /** Canonical names of settings whose effect depends on this one (any scope). */
  interactsWith: string[];
  /** Behaviour that differs by Kafka version or client library. */
  notes?: string[];
}

export type ExplanationTable = Readonly<Record<string, Explanation>>;

/**
 * Scopes whose settings fall back to the shared client table (connection, TLS, SASL, OAuth). Not
 * the broker: the same names mean the server side there (whose certificate, who closes idle connections).
 */
export const SHARED_CLIENT_SCOPES: ReadonlySet<Scope> = new Set(['producer', 'consumer', 'admin', 'streams', 'connect']);

export function explanationFor(scope: Scope, name: string): Explanation | undefined {
  return EXPLANATIONS_BY_SCOPE[scope]?.[name] ?? (SHARED_CLIENT_SCOPES.has(scope) ? CLIENT_COMMON[name] : undefined);
}
