// kafkajs's own errors while reading a cluster mean it could not be reached or read: the user's
// setup to check, said as a user error. Anything else stays a bug of ours.
import { UserError } from '../model/errors.js';

export async function readingCluster<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof UserError || !(e as Error).name?.startsWith('KafkaJS')) throw e;
    throw new UserError({ field: 'cluster', message: `cannot read the cluster: ${(e as Error).message}`, suggestion: 'check the address, TLS and SASL settings, and that the cluster is reachable' });
  }
}
