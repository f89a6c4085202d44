// What a Java-named key=value file configures, from its keys. Markers decide first (a Connect
// worker, a MirrorMaker 2 file, a Streams app, a KRaft controller); otherwise each key votes for
// the one scope that documents it alone.
import type { Scope } from '../../../knowledge/catalog.js';
import type { ConfigKind } from '../config-model.js';
import { scopesOf } from './names.js';

const CONNECT_MARKERS = ['key.converter', 'value.converter', 'offset.storage.topic', 'offset.storage.file.filename', 'config.storage.topic', 'plugin.path'];
const BROKER_MARKERS = ['process.roles', 'broker.id', 'node.id', 'zookeeper.connect', 'log.dirs', 'log.dir', 'controller.quorum.voters', 'controller.quorum.bootstrap.servers', 'listeners'];
const VOTING: readonly Scope[] = ['producer', 'consumer', 'broker', 'topic'];

function isMirrorMakerKey(key: string): boolean {
  return key === 'clusters' || key.includes('->');
}

export function detectJavaKind(keys: readonly string[], values: ReadonlyMap<string, string>): ConfigKind {
  const has = (k: string) => keys.includes(k);
  if (keys.some(isMirrorMakerKey)) return 'mirrormaker';
  if (CONNECT_MARKERS.some(has)) return 'connect';
  if (has('application.id')) return 'streams';
  const roles = values
    .get('process.roles')
    ?.split(',')
    .map((r) => r.trim());
  if (roles && roles.includes('controller') && !roles.includes('broker')) return 'controller';
  if (BROKER_MARKERS.some(has)) return 'broker';
  const votes = new Map<Scope, number>();
  for (const key of keys) {
    const scopes = [...scopesOf(key)].filter((s) => VOTING.includes(s));
    if (scopes.length === 1) votes.set(scopes[0]!, (votes.get(scopes[0]!) ?? 0) + 1);
  }
  if ((votes.get('broker') ?? 0) > 0 && !votes.get('producer') && !votes.get('consumer')) return 'broker';
  if ((votes.get('topic') ?? 0) > 0 && !votes.get('producer') && !votes.get('consumer')) return 'topic';
  // Between the two clients, a key the other client lacks is enough (compression.type is also a topic setting).
  const side = (mine: Scope, other: Scope) => keys.filter((k) => scopesOf(k).has(mine) && !scopesOf(k).has(other)).length;
  const producer = side('producer', 'consumer');
  const consumer = side('consumer', 'producer') + (has('group.id') ? 1 : 0);
  if (producer > 0 && consumer > 0) return 'client';
  if (producer > 0) return 'producer';
  if (consumer > 0) return 'consumer';
  return 'client';
}

/**
 * What a file's name says it configures: server.properties and broker/controller files are
 * broker processes, producer/consumer files are those clients, connect-*.properties workers. The
 * name is evidence a setting of another kind is in the wrong place; undefined when it says nothing.
 */
export function kindFromFileName(path: string): ConfigKind | undefined {
  const base = path.split(/[\\/]/).pop()!.toLowerCase();
  if (/^connect-(distributed|standalone)\.properties$/.test(base)) return 'connect';
  if (/^(server|broker)([-_.][\w-]+)?\.properties$/.test(base) || /(^|[-_.])broker[-_.].*\.properties$/.test(base)) return 'broker';
  if (/^controller([-_.][\w-]+)?\.properties$/.test(base)) return 'controller';
  if (/(^|[-_.])producer\.(properties|conf|config)$/.test(base)) return 'producer';
  if (/(^|[-_.])consumer\.(properties|conf|config)$/.test(base)) return 'consumer';
  return undefined;
}
