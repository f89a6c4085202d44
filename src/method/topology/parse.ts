// Reads the text `Topology#describe()` prints (Kafka Streams 2.x to 4.x) into a graph.
// The grammar, as InternalTopologyBuilder's description classes print it:
//   Topologies:                      (or "Topology: <name>:" for a named topology)
//      Sub-topology: <id>            (" for global store (will not generate tasks)" for a global store)
//       Source: <name> (topics: [a, b])      or (topics: <regex>) for a pattern subscription
//         --> <successors>|none
//       Processor: <name> (stores: [s1, s2])
//         --> <successors>|none
//         <-- <predecessors>|none
//       Sink: <name> (topic: <topic>)        or (extractor class: <text>) for a dynamic topic
//         <-- <predecessors>|none
// Indentation varies across versions and logs strip it, so lines are matched after trimming, and a
// log prefix before a keyword (timestamps, logger names) is ignored.
import { UserError, type UserProblem } from '../../model/errors.js';

export interface SourceNode {
  kind: 'source';
  name: string;
  subtopology: number;
  topics: string[];
  pattern?: string;
  successors: string[];
  predecessors: string[];
  line: number;
}
export interface ProcessorNode {
  kind: 'processor';
  name: string;
  subtopology: number;
  stores: string[];
  successors: string[];
  predecessors: string[];
  line: number;
}
export interface SinkNode {
  kind: 'sink';
  name: string;
  subtopology: number;
  topic?: string;
  extractor?: string;
  successors: string[];
  predecessors: string[];
  line: number;
}
export type TopologyNode = SourceNode | ProcessorNode | SinkNode;

export interface SubtopologyText {
  id: number;
  /** A global store's sub-topology: a source and the processor that fills the store; no tasks. */
  global: boolean;
  /** Node names in the order printed. */
  nodes: string[];
}

export interface ParsedTopology {
  /** Set for a named topology ("Topology: <name>:"). */
  name?: string;
  subtopologies: SubtopologyText[];
  nodes: Record<string, TopologyNode>;
  /** Lines that look like none of the grammar's, kept so a reader can see what was skipped. */
  skipped: Array<{ line: number; text: string }>;
}

const SUBTOPOLOGY = /Sub-topology:\s*(\d+)(\s+for global store)?/;
const SOURCE = /Source:\s*(\S+)\s*\(topics:\s*(.*)\)\s*$/;
const PROCESSOR = /Processor:\s*(\S+)\s*\(stores:\s*\[(.*)\]\)\s*$/;
const SINK = /Sink:\s*(\S+)\s*\((topic|extractor class):\s*(.*)\)\s*$/;
const SUCCESSORS = /^-->\s*(.*)$/;
const PREDECESSORS = /^<--\s*(.*)$/;
const HEADER = /(?:^|\s)(Topologies:|Topology:\s*(\S+):)\s*$/;

function names(list: string): string[] {
  const trimmed = list.trim();
  if (trimmed === 'none' || trimmed === '') return [];
  return trimmed
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function parseTopology(text: string, file?: string): ParsedTopology {
  const result: ParsedTopology = { subtopologies: [], nodes: {}, skipped: [] };
  const problems: UserProblem[] = [];
  let current: SubtopologyText | undefined;
  let last: TopologyNode | undefined;
  const lines = text.split(/\r?\n/);

  const addNode = (node: TopologyNode, lineNo: number): void => {
    if (!current) {
      problems.push({ file, line: lineNo, message: `${node.kind} "${node.name}" appears before any "Sub-topology:" line`, expected: 'Sub-topology: <id> first' });
      return;
    }
    if (result.nodes[node.name]) {
      problems.push({ file, line: lineNo, message: `node "${node.name}" is described twice`, found: `first at line ${result.nodes[node.name]!.line}` });
      return;
    }
    result.nodes[node.name] = node;
    current.nodes.push(node.name);
    last = node;
  };

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.trim();
    if (line === '') return;
    const header = HEADER.exec(line);
    if (header) {
      if (header[2]) result.name = header[2].trim();
      return;
    }
    const sub = SUBTOPOLOGY.exec(line);
    if (sub) {
      const id = Number(sub[1]);
      if (result.subtopologies.some((s) => s.id === id)) problems.push({ file, line: lineNo, message: `sub-topology ${id} is described twice` });
      current = { id, global: Boolean(sub[2]), nodes: [] };
      result.subtopologies.push(current);
      last = undefined;
      return;
    }
    const source = SOURCE.exec(line);
    if (source) {
      const list = source[2]!.trim();
      const bracketed = list.startsWith('[') && list.endsWith(']');
      addNode(
        {
          kind: 'source',
          name: source[1]!,
          subtopology: current?.id ?? -1,
          topics: bracketed ? names(list.slice(1, -1)) : [],
          ...(bracketed ? {} : { pattern: list }),
          successors: [],
          predecessors: [],
          line: lineNo,
        },
        lineNo,
      );
      return;
    }
    const processor = PROCESSOR.exec(line);
    if (processor) {
      addNode({ kind: 'processor', name: processor[1]!, subtopology: current?.id ?? -1, stores: names(processor[2]!), successors: [], predecessors: [], line: lineNo }, lineNo);
      return;
    }
    const sink = SINK.exec(line);
    if (sink) {
      const value = sink[3]!.trim();
      addNode(
        { kind: 'sink', name: sink[1]!, subtopology: current?.id ?? -1, ...(sink[2] === 'topic' ? { topic: value } : { extractor: value }), successors: [], predecessors: [], line: lineNo },
        lineNo,
      );
      return;
    }
    const arrow = SUCCESSORS.exec(line) ?? PREDECESSORS.exec(line);
    if (arrow) {
      if (!last) {
        problems.push({ file, line: lineNo, message: 'an arrow line with no node above it', found: line });
        return;
      }
      const targets = names(arrow[1]!);
      if (line.startsWith('-->')) last.successors.push(...targets);
      else last.predecessors.push(...targets);
      return;
    }
    result.skipped.push({ line: lineNo, text: line });
  });

  if (result.subtopologies.length === 0 && problems.length === 0) {
    problems.push({ file, message: 'no sub-topology found', expected: 'the text Topology#describe() prints: "Topologies:" then "Sub-topology: 0" and its Source/Processor/Sink lines' });
  }
  for (const node of Object.values(result.nodes)) {
    for (const next of node.successors) {
      if (!result.nodes[next]) problems.push({ file, line: node.line, message: `"${node.name}" points to "${next}", which is not described`, suggestion: 'paste the whole describe() output' });
    }
  }
  // A wrong paste yields one problem per line; the first few say what is wrong.
  if (problems.length) throw new UserError(problems.length > 10 ? [...problems.slice(0, 10), { file, message: `and ${problems.length - 10} more problems` }] : problems);
  // Predecessor lists are printed for processors and sinks only; sources get theirs from edges.
  for (const node of Object.values(result.nodes)) {
    for (const next of node.successors) {
      const target = result.nodes[next]!;
      if (!target.predecessors.includes(node.name)) target.predecessors.push(node.name);
    }
  }
  return result;
}
