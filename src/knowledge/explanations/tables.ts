// The explanation tables, one data file per scope in ../data/explanations/ (prose keyed by setting
// name, in our words): producer, consumer, topic, streams, connect and per-group settings; broker
// settings a pipeline designer touches (durability, topic defaults, retention, coordinators,
// racks, listeners; pure operations tuning is left to the docs); and client-common, the
// connection, TLS and SASL settings every client shares, written once. The compiler checks each
// file against Explanation; test/knowledge/data-files.test.ts checks every row's exact shape.
import type { Scope } from '../catalog.js';
import type { ExplanationTable } from './index.js';
import broker from '../data/explanations/broker.json' with { type: 'json' };
import clientCommon from '../data/explanations/client-common.json' with { type: 'json' };
import connect from '../data/explanations/connect.json' with { type: 'json' };
import consumer from '../data/explanations/consumer.json' with { type: 'json' };
import group from '../data/explanations/group.json' with { type: 'json' };
import producer from '../data/explanations/producer.json' with { type: 'json' };
import streams from '../data/explanations/streams.json' with { type: 'json' };
import topic from '../data/explanations/topic.json' with { type: 'json' };

export const EXPLANATIONS_BY_SCOPE: Partial<Record<Scope, ExplanationTable>> = { producer, consumer, topic, broker, streams, connect, group };

/** Settings every client shares (connection, TLS, SASL, OAuth). */
export const CLIENT_COMMON: ExplanationTable = clientCommon;
