// franz-go (github.com/twmb/franz-go/pkg/kgo) client options for canonical Java setting names.
// franz-go configures a client with option functions rather than properties, so each entry says
// which function takes the setting and how the Java value becomes its Go argument (the table is
// data/franz-go-options.json).

import options from './data/franz-go-options.json' with { type: 'json' };

/** How a Java string value becomes the Go argument of the option function. */
export const FRANZ_ARGUMENTS = [
  'duration-ms', // milliseconds -> time.Duration
  'int32',
  'int',
  'string',
  'acks', // "all" | "-1" | "1" | "0"
  'compression', // none | gzip | snappy | lz4 | zstd
  'offset-reset', // earliest | latest
  'isolation', // read_committed | read_uncommitted
  'balancers', // Java assignor class names
  'enable-when-false', // a boolean whose "false" is an option without arguments
] as const;
export type FranzArgument = (typeof FRANZ_ARGUMENTS)[number];

export interface FranzOption {
  /** The kgo function, e.g. "RequiredAcks". */
  option: string;
  argument: FranzArgument;
  /** What franz-go does by default when the option is absent, where that matters to a reader. */
  note?: string;
}

// The compiler reads the file's strings as string: `argument` is narrowed here, and
// test/knowledge/data-files.test.ts checks every row against this shape. (max.poll.interval.ms maps
// to RebalanceTimeout: the rebalance timeout is what the Java consumer sends as that setting.)
export const FRANZ_GO_OPTIONS = options as Readonly<Record<string, FranzOption>>;

/** kgo balancer constructors for the Java assignor classes that have one. */
export const FRANZ_GO_BALANCERS: Readonly<Record<string, string>> = {
  RangeAssignor: 'RangeBalancer',
  RoundRobinAssignor: 'RoundRobinBalancer',
  StickyAssignor: 'StickyBalancer',
  CooperativeStickyAssignor: 'CooperativeStickyBalancer',
};
