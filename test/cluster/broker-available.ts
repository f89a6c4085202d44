// Integration tests need the launcher built by scripts/build-broker.sh. In CI its absence is a
// failure (the setup step should have built it); locally the tests are skipped with a note.
import { existsSync } from 'node:fs';
import { localBrokerBinary } from '../../src/cluster/local-broker.js';

const binary = localBrokerBinary();
export const brokerBuilt = existsSync(binary);

if (!brokerBuilt) {
  const why = `local broker not built (${binary} missing): run bash scripts/build-broker.sh`;
  if (process.env.CI) throw new Error(why);
  console.warn(`skipping broker integration tests: ${why}`);
}
