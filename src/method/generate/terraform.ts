// Terraform for the Mongey/kafka provider: one kafka_topic resource per topic.
import type { TopicDesign } from '../../model/design.js';
import { type GeneratedFile, lines, quote, snakeCase } from './files.js';
import { topicConfigEntries, topicHeadline, topicReasons } from './topic-facts.js';

function topicResource(topic: TopicDesign): string {
  const config = topicConfigEntries(topic);
  return lines(
    `# ${topicHeadline(topic)}`,
    ...topicReasons(topic).map((r) => `#   ${r}`),
    `resource "kafka_topic" ${quote(snakeCase(topic.name))} {`,
    `  name               = ${quote(topic.name)}`,
    `  partitions         = ${topic.partitions}`,
    `  replication_factor = ${topic.replicationFactor}`,
    config.length ? lines('  config = {', ...config.map(([k, v]) => `    ${quote(k)} = ${quote(v)}`), '  }') : null,
    '}',
  );
}

export function renderTerraform(name: string, topics: readonly TopicDesign[], dir: string): GeneratedFile {
  return {
    path: `${dir}/main.tf`,
    description: 'Terraform kafka_topic resources (Mongey/kafka provider)',
    contents: lines(
      `# Topics of the design "${name}" for the Mongey/kafka Terraform provider.`,
      'terraform {',
      '  required_providers {',
      '    kafka = {',
      '      source  = "Mongey/kafka"',
      '      version = ">= 0.7.0"',
      '    }',
      '  }',
      '}',
      '',
      'variable "bootstrap_servers" {',
      '  description = "Brokers to connect to"',
      '  type        = list(string)',
      '  default     = ["localhost:9092"]',
      '}',
      '',
      'provider "kafka" {',
      '  bootstrap_servers = var.bootstrap_servers',
      '}',
      '',
      topics.map(topicResource).join('\n\n'),
      '',
    ),
  };
}
