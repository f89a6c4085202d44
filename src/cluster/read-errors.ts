// kafkajs's own errors while reading a cluster mean it could not be reached or read: the user's
// setup to check, said as a user error. Anything else stays a bug of ours.
import { UserError } from '../model/errors.js';

/** A kafkajs error as the user's problem to check, or undefined for anything else. */
export function clusterProblem(e: unknown): UserError | undefined {
  const name = (e as Error | undefined)?.name;
  if (e instanceof UserError || typeof name !== 'string' || !name.startsWith('KafkaJS')) return undefined;
  return new UserError({ field: 'cluster', message: `cannot read the cluster: ${(e as Error).message}`, suggestion: 'check the address, TLS and SASL settings, and that the cluster is reachable' });
}

export async function readingCluster<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    throw clusterProblem(e) ?? e;
  }
}
