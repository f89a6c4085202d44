// A kafka-topics command line (or a list of its --config k=v flags) -> one topic configuration.
import type { ConfigEntry } from '../config-model.js';

export interface TopicCommand {
  name?: string;
  partitions?: number;
  replicationFactor?: number;
  /** The line of --replication-factor (or --topic): where findings about the topic point. */
  line?: number;
  entries: ConfigEntry[];
}

export function looksLikeTopicCommand(text: string): boolean {
  return /(^|\s)--(config|partitions|replication-factor)[\s=]/m.test(text);
}

export function parseTopicCommand(text: string): TopicCommand {
  const out: TopicCommand = { entries: [] };
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((lineText, i) => {
    const tokens = lineText.replace(/\\$/, '').match(/"[^"]*"|'[^']*'|\S+/g) ?? [];
    for (let t = 0; t < tokens.length; t++) {
      const [flag, inline] = tokens[t]!.split(/=(.*)/s, 2) as [string, string | undefined];
      const arg = () => (inline ?? tokens[++t] ?? '').replace(/^["']|["']$/g, '');
      if (flag === '--topic') {
        out.name = arg();
        out.line ??= i + 1;
      } else if (flag === '--partitions') out.partitions = Number(arg());
      else if (flag === '--replication-factor') {
        out.replicationFactor = Number(arg());
        out.line = i + 1;
      } else if (flag === '--config') {
        const kv = arg();
        const eq = kv.indexOf('=');
        if (eq > 0) out.entries.push({ name: kv.slice(0, eq), key: kv.slice(0, eq), value: kv.slice(eq + 1), line: i + 1 });
      }
    }
  });
  return out;
}
