/* eslint-disable @typescript-eslint/no-explicit-any -- parsed YAML is walked field by field, which is what these tests check */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { generate } from '../../../src/method/generate/index.js';
import type { Design } from '../../../src/model/design.js';
import { ALL_DESIGNS } from './fixtures.js';
import { writeFiles } from './tools.js';

// The required structure of each manifest is checked here, from the published schemas' rules
// (the schemas themselves are not downloaded): Strimzi's KafkaTopic v1beta2 CRD, AsyncAPI 3.0.0
// with Kafka bindings, and the Mongey/kafka provider's kafka_topic arguments.
const designs = ALL_DESIGNS.map((d) => [d.name, d] as const);
const file = (design: Design, path: string) => generate(design, { language: 'python', strimziCluster: 'prod-kafka' }).find((f) => f.path === path)!.contents;

const RFC1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

describe('kafka-topics.sh script', () => {
  it.each(designs)('%s: valid sh with one create command per topic', (_name, design) => {
    const script = file(design, 'topics/create-topics.sh');
    const root = writeFiles([{ path: 'create-topics.sh', contents: script, description: '' }], 'sh');
    execFileSync('sh', ['-n', `${root}/create-topics.sh`]);
    for (const t of design.topics) {
      expect(script).toContain(`--topic ${t.name} \\\n  --partitions ${t.partitions} \\\n  --replication-factor ${t.replicationFactor}`);
    }
  });
});

describe('Strimzi KafkaTopic resources', () => {
  it.each(designs)('%s: every document has the structure the v1beta2 CRD requires', (_name, design) => {
    const docs = parseAllDocuments(file(design, 'topics/strimzi-topics.yaml'))
      .map((d) => d.toJS() as Record<string, any>)
      .filter(Boolean);
    expect(docs).toHaveLength(design.topics.length);
    for (const [i, doc] of docs.entries()) {
      const topic = design.topics[i]!;
      expect(doc.apiVersion).toBe('kafka.strimzi.io/v1beta2');
      expect(doc.kind).toBe('KafkaTopic');
      expect(doc.metadata.name).toMatch(RFC1123_SUBDOMAIN);
      expect(doc.metadata.labels['strimzi.io/cluster']).toBe('prod-kafka');
      expect(Object.keys(doc.spec).every((k) => ['topicName', 'partitions', 'replicas', 'config'].includes(k))).toBe(true);
      expect(doc.spec.topicName ?? doc.metadata.name).toBe(topic.name);
      expect(Number.isInteger(doc.spec.partitions) && doc.spec.partitions >= 1).toBe(true);
      expect(Number.isInteger(doc.spec.replicas) && doc.spec.replicas >= 1 && doc.spec.replicas <= 32767).toBe(true);
      for (const [k, v] of Object.entries(doc.spec.config as Record<string, unknown>)) {
        expect(String(v)).toBe(topic.config[k]);
      }
    }
  });
});

describe('Terraform (Mongey/kafka)', () => {
  it.each(designs)('%s: a kafka_topic resource per topic with its arguments', (_name, design) => {
    const tf = file(design, 'topics/main.tf');
    expect(tf).toContain('source  = "Mongey/kafka"');
    expect(tf.split('{').length).toBe(tf.split('}').length);
    const resources = [...tf.matchAll(/resource "kafka_topic" "([a-z0-9_]+)" \{\n {2}name {15}= "([^"]+)"\n {2}partitions {9}= (\d+)\n {2}replication_factor = (\d+)/g)];
    expect(resources.map((r) => [r[2], Number(r[3]), Number(r[4])])).toEqual(design.topics.map((t) => [t.name, t.partitions, t.replicationFactor]));
    expect(new Set(resources.map((r) => r[1])).size).toBe(resources.length);
  });
});

describe('AsyncAPI 3.0 document', () => {
  function resolve(doc: Record<string, any>, ref: string): unknown {
    expect(ref.startsWith('#/')).toBe(true);
    return ref
      .slice(2)
      .split('/')
      .reduce<any>((node, part) => node?.[part], doc);
  }

  it.each(designs)('%s: required fields, Kafka bindings and resolvable references', (_name, design) => {
    const doc = parse(file(design, 'asyncapi.yaml')) as Record<string, any>;
    expect(doc.asyncapi).toBe('3.0.0');
    expect(typeof doc.info.title).toBe('string');
    expect(typeof doc.info.version).toBe('string');
    expect(doc.servers.kafka.protocol).toBe('kafka');
    expect(
      Object.values(doc.channels)
        .map((c: any) => c.address)
        .sort(),
    ).toEqual(design.topics.map((t) => t.name).sort());
    for (const channel of Object.values(doc.channels) as any[]) {
      expect(channel.bindings.kafka.bindingVersion).toBe('0.5.0');
      expect(channel.bindings.kafka.topic).toBe(channel.address);
      for (const m of Object.values(channel.messages) as any[]) expect(resolve(doc, m.$ref)).toBeDefined();
    }
    const operations = Object.values(doc.operations) as any[];
    expect(operations.filter((o) => o.action === 'receive')).toHaveLength(design.consumers.length);
    for (const op of operations) {
      expect(['send', 'receive']).toContain(op.action);
      expect(resolve(doc, op.channel.$ref)).toBeDefined();
      for (const m of op.messages) expect(resolve(doc, m.$ref)).toBeDefined();
      if (op.action === 'receive') expect(op.bindings.kafka.groupId.enum).toHaveLength(1);
    }
    for (const m of Object.values(doc.components.messages) as any[]) {
      expect(m.payload).toBeDefined();
      expect(m.bindings.kafka.bindingVersion).toBe('0.5.0');
    }
  });
});
