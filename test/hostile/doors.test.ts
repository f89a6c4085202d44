// One table of every door (each CLI command, each MCP tool) against hostile paths and hostile
// ports. The doors are read from the program itself (the command index, registered for real, and
// the server's tools/list): a command or tool that is not in the table fails the first test by
// name, so a new door is driven or the suite says what is missing.
//
// Paths: a file that cannot be read, a folder where a file is expected, a loop of symbolic links
// (readers); a read-only folder and a file where a folder should be (writers); symlinks, `..` and
// absolute paths out of the MCP server's root. Ports on loopback: one that accepts and stays
// silent, one that answers garbage, one that answers ApiVersions with an error (enough Kafka to
// pass a probe). Each must be exit 2 / isError naming the problem, within a bound, with nothing
// written outside the root, no temp file left and memory bounded.
//
// Running as root, "cannot be read" and "read-only" need another user: the commands then run as
// nobody (uid 65534); where that is impossible those two kinds are skipped, and the test says so.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT } from '../cli/run-cli.js';

const EXAMPLE = join(ROOT, 'examples/order-payments.yaml');
const MEMORY_BOUND_KB = 600 * 1024;
/** A dead port must be named within this, even on a loaded 2-core machine (the probe waits PROBE_MS here). */
const DEAD_PORT_BOUND_MS = 45_000;
/** The probe's deadline here (--timeout-ms): short, yet long enough for this busy test process to answer on its fake ports. */
const PROBE_MS = 3000;

type ReadKind = 'unreadable' | 'folder' | 'loop';
type WriteKind = 'readOnly' | 'fileInTheWay';
type PortKind = 'silent' | 'garbage' | 'halfKafka';

const READ_SAYS: Record<ReadKind, RegExp> = {
  unreadable: /permission denied/,
  folder: /is a directory|not a file|no rounds yet|no configuration files in this directory/,
  loop: /loop of symbolic links|too many symbolic links/,
};
const WRITE_SAYS: Record<WriteKind, RegExp> = {
  readOnly: /permission denied|read-only/,
  fileInTheWay: /a file is where a folder should be|not a session folder|a part of the path is a file/,
};
const PORT_SAYS: Record<PortKind, RegExp> = {
  silent: /cannot reach Kafka at 127\.0\.0\.1:\d+: no answer within/,
  garbage: /cannot reach Kafka at 127\.0\.0\.1:\d+: the port answers, but not in the Kafka protocol/,
  halfKafka: /(cannot read the cluster|cannot connect to 127\.0\.0\.1:\d+|could not set up its run on 127\.0\.0\.1:\d+): API Versions not supported/,
};
/** The same ports asked for a Schema Registry over HTTP. */
const REGISTRY_SAYS: Record<PortKind, RegExp> = {
  silent: /no answer from the schema registry within \d+ ms/,
  garbage: /cannot reach the schema registry .*: the port does not answer in HTTP/,
  halfKafka: /cannot reach the schema registry .*: the port does not answer in HTTP/,
};

/**
 * How each command touches the outside. Command lines use F for the hostile file, O for the
 * hostile output, S for a fresh folder path, SESSION for an existing session; `cluster` lines get
 * the dead address appended. Every argument and path option must be named in reads, writes or words.
 */
interface Door {
  reads?: Record<string, string[]>;
  writes?: Record<string, string[]>;
  /** Arguments and options that are not paths (words, names, ids, a folder the server is confined to is a read). */
  words?: string[];
  /** A command line that reaches a Kafka cluster (`--bootstrap` appended) or a Schema Registry (`--registry`). */
  cluster?: string[];
  registry?: string[];
}

const REQ = EXAMPLE;
const DOORS: Record<string, Door> = {
  design: { reads: { '<requirements>': ['design', 'F'], '--previous-requirements': ['design', REQ, '--previous-requirements', 'F'] } },
  ask: { words: ['<words...>'], writes: { '--out': ['ask', 'orders 100/s python', '--out', 'O'] } },
  init: { writes: { '--out': ['init', '-y', '--out', 'O'] } },
  'session new': { writes: { '<folder>': ['session', 'new', 'O'] }, reads: { '[requirements]': ['session', 'new', 'S', 'F'] } },
  'session add': { writes: { '<folder>': ['session', 'add', 'D', REQ] }, reads: { '<requirements>': ['session', 'add', 'SESSION', 'F'] } },
  'session show': { reads: { '<folder>': ['session', 'show', 'F'] } },
  patterns: { words: ['[id]'] },
  explain: { words: ['<name>'] },
  search: { words: ['<words...>'] },
  changes: {},
  topology: { reads: { '<file>': ['topology', 'F'] }, writes: { '--out': ['topology', 'TOPOLOGY', '--out', 'O'] } },
  critique: { reads: { '[files...]': ['critique', 'F'], '--requirements': ['critique', 'PROPERTIES', '--requirements', 'F'] }, cluster: ['critique'] },
  rules: { words: ['[id]'] },
  'schema scaffold': { writes: { '--out': ['schema', 'scaffold', '--name', 'TaskEvent', '--namespace', 'com.acme', '--entity', 'task', '--fields', 'title:string', '--out', 'O'] } },
  'schema lint': { reads: { '<file>': ['schema', 'lint', 'F'] } },
  'schema check': { reads: { '<new>': ['schema', 'check', 'F', '--against', 'AVSC'], '--against': ['schema', 'check', 'AVSC', '--against', 'F'] } },
  'schema compatibility': { words: ['<subject>', '[level]'], registry: ['schema', 'compatibility', 'orders-value'] },
  'lag analyze': {
    reads: { '--consumer': ['lag', 'analyze', '--arrival-rate', '10', '--processing-ms', '5', '--consumer', 'F'], '--requirements': ['lag', 'analyze', '--requirements', 'F'] },
    writes: { '--svg': ['lag', 'analyze', '--arrival-rate', '10', '--processing-ms', '5', '--svg', 'O/chart.svg'] },
  },
  'lag status': { cluster: ['lag', 'status', '--group', 'g'] },
  generate: {
    reads: { '[requirements]': ['generate', 'F', '--dry-run'], '--design': ['generate', '--design', 'F', '--dry-run'] },
    writes: { '--out': ['generate', REQ, '--lang', 'python', '--out', 'O'] },
  },
  contract: { words: ['<format>'] },
  verify: { reads: { '<requirements>': ['verify', 'F'] }, cluster: ['verify', REQ] },
  doctor: { cluster: ['doctor'] },
  topics: { words: ['[topic]'], cluster: ['topics'] },
  groups: { words: ['[group]'], cluster: ['groups'] },
  read: { words: ['<topic>'], cluster: ['read', 't', '--last', '1'] },
  registry: { words: ['[subject]'], registry: ['registry'] },
  clusters: { reads: { '<file>': ['clusters', 'F'] } },
  broker: {},
  // The server's clusters are reached by its tools (the MCP table below), not at start.
  mcp: { reads: { '--clusters': ['mcp', '--clusters', 'F'], '--root': ['mcp', '--root', 'F'] } },
  completion: { words: ['<shell>'] },
};

/** The files every cluster command reads for its connection; the flag that makes each one read. */
const CONNECTION_FILES: Record<string, string[]> = { '--ssl-ca': ['--ssl'], '--ssl-cert': ['--ssl', '--ssl-key', EXAMPLE], '--ssl-key': ['--ssl', '--ssl-cert', EXAMPLE], '--command-config': [] };
const PATH_PLACEHOLDER = /<(file|dir|folder|path)(\.\.\.)?>/;

interface Leaf {
  path: string;
  params: string[];
  options: string[];
  bootstrap: boolean;
}

async function commandLeaves(): Promise<Leaf[]> {
  const { Command: Program } = await import('commander');
  const { registerAll } = (await import(new URL('../../dist/cli/commands/index.js', import.meta.url).href)) as { registerAll: (p: Command) => Promise<void> };
  const program = new Program();
  await registerAll(program);
  const leaves = (c: Command, path: string[]): Array<{ path: string[]; c: Command }> => (c.commands.length ? c.commands.flatMap((s) => leaves(s, [...path, s.name()])) : [{ path, c }]);
  return program.commands
    .flatMap((c) => leaves(c, [c.name()]))
    .map(({ path, c }) => ({
      path: path.join(' '),
      params: [
        ...c.registeredArguments.map((a) => (a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}${a.variadic ? '...' : ''}]`)),
        ...c.options.filter((o) => PATH_PLACEHOLDER.test(o.flags) && o.long !== undefined && !Object.hasOwn(CONNECTION_FILES, o.long)).map((o) => o.long!),
      ],
      options: c.options.map((o) => o.long ?? ''),
      bootstrap: c.options.some((o) => o.long === '--bootstrap'),
    }));
}

// ---- the sandbox, the user the commands run as, and the ports ----

let dir: string;
let leaves: Leaf[];
const asUser: { uid?: number; gid?: number } = {};
let canDenyAccess = true;
const hostile: Record<ReadKind | WriteKind, string> = { unreadable: '', folder: '', loop: '', readOnly: '', fileInTheWay: '' };
const servers: Server[] = [];
const sockets: Socket[] = [];
const ports: Record<PortKind, number> = { silent: 0, garbage: 0, halfKafka: 0 };
let fresh = 0;

function listen(onConnect: (s: Socket) => void): Promise<number> {
  return new Promise((ok) => {
    const server = createServer((s) => {
      sockets.push(s);
      s.on('error', () => undefined);
      onConnect(s);
    });
    servers.push(server);
    server.listen(0, '127.0.0.1', () => ok((server.address() as { port: number }).port));
  });
}

/** Answers every request with its own correlation id and error code 35 (UNSUPPORTED_VERSION): the framing of Kafka, nothing more. */
function halfKafka(s: Socket): void {
  s.on('data', (request: Buffer) => {
    if (request.length < 12) return;
    const answer = Buffer.alloc(10);
    answer.writeInt32BE(6, 0);
    request.copy(answer, 4, 8, 12);
    answer.writeInt16BE(35, 8);
    s.write(answer);
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ks-doors-table-'));
  chmodSync(dir, 0o777);
  if (process.getuid?.() === 0) {
    const probe = spawnSync('true', { uid: 65534, gid: 65534 });
    if (probe.status === 0) Object.assign(asUser, { uid: 65534, gid: 65534 });
    else canDenyAccess = false;
  }
  const file = (name: string, text: string, mode = 0o644) => {
    writeFileSync(join(dir, name), text);
    chmodSync(join(dir, name), mode);
    return join(dir, name);
  };
  hostile.unreadable = file('unreadable.yaml', 'name: x\n', 0o000);
  hostile.folder = join(dir, 'a-folder');
  mkdirSync(hostile.folder);
  symlinkSync(join(dir, 'loop-b'), join(dir, 'loop-a'));
  symlinkSync(join(dir, 'loop-a'), join(dir, 'loop-b'));
  hostile.loop = join(dir, 'loop-a');
  hostile.readOnly = join(dir, 'read-only');
  mkdirSync(hostile.readOnly, { mode: 0o555 });
  chmodSync(hostile.readOnly, 0o555);
  hostile.fileInTheWay = file('in-the-way', 'a file, not a folder\n');
  file('topology.txt', 'Topologies:\n   Sub-topology: 0\n    Source: KSTREAM-SOURCE-0000000000 (topics: [in])\n      --> none\n\n');
  file('consumer.properties', 'group.id=g\n');
  file('event.avsc', JSON.stringify({ type: 'record', name: 'E', namespace: 'a', fields: [{ name: 'id', type: 'string' }] }));
  mkdirSync(join(dir, 'session'), { mode: 0o777 });
  chmodSync(join(dir, 'session'), 0o777);
  ports.silent = await listen(() => undefined);
  ports.garbage = await listen((s) => s.write('\x00\x00\x00\x10this is not Kafka'));
  ports.halfKafka = await listen(halfKafka);
  leaves = await commandLeaves();
}, 60_000);

afterAll(() => {
  sockets.forEach((s) => s.destroy());
  servers.forEach((s) => s.close());
  chmodSync(hostile.readOnly, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

function fill(args: string[], values: Record<string, string>): string[] {
  return args.map((a) =>
    a.replace(/^(F|O|D|S|SESSION|TOPOLOGY|PROPERTIES|AVSC)(?=$|\/)/, (k) => {
      if (k === 'S') return join(dir, `fresh-${++fresh}`);
      return values[k] ?? { SESSION: join(dir, 'session'), TOPOLOGY: join(dir, 'topology.txt'), PROPERTIES: join(dir, 'consumer.properties'), AVSC: join(dir, 'event.avsc') }[k]!;
    }),
  );
}

interface Ran {
  code: number;
  stderr: string;
  ms: number;
  rssKb?: number;
}

/** Runs the built CLI as the sandbox user, asynchronously (the fake ports live in this process). */
function cli(args: string[]): Promise<Ran> {
  const started = Date.now();
  const timed = spawnSync('sh', ['-c', 'test -x /usr/bin/time']).status === 0;
  const child = spawn(timed ? '/usr/bin/time' : process.execPath, timed ? ['-f', 'RSS_KB=%M', process.execPath, CLI, ...args] : [CLI, ...args], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...asUser,
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  child.stdout.on('data', () => undefined);
  const killer = setTimeout(() => child.kill('SIGKILL'), DEAD_PORT_BOUND_MS * 2);
  return new Promise((ok) =>
    child.on('close', (code) => {
      clearTimeout(killer);
      const m = /RSS_KB=(\d+)/.exec(stderr);
      ok({ code: code ?? -1, stderr: stderr.replace(/RSS_KB=\d+\n?/, ''), ms: Date.now() - started, ...(m ? { rssKb: Number(m[1]) } : {}) });
    }),
  );
}

/** Runs jobs a few at a time: the machine has two cores and other work. */
async function pool<T>(jobs: Array<() => Promise<T>>, width = 3): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < jobs.length) {
        const i = next++;
        results[i] = await jobs[i]!();
      }
    }),
  );
  return results;
}

function leftovers(): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((p) => /\.tmp$|\.tmp[/\\]|kafka-specialist-staging/.test(p));
}

function expectUserError(what: string, r: Ran, says: RegExp, names: string): void {
  expect(r.stderr, what).not.toMatch(/internal error|\n\s+at /);
  expect(r.stderr, what).toMatch(says);
  expect(r.stderr, `${what}: names ${names}`).toContain(names);
  expect(r.code, `${what}: ${r.stderr.slice(0, 300)}`).toBe(2);
  if (r.rssKb !== undefined) expect(r.rssKb, what).toBeLessThan(MEMORY_BOUND_KB);
}

describe('the table covers every door', () => {
  it('names every command, and in it every argument and path option', () => {
    const missing: string[] = [];
    for (const leaf of leaves) {
      const door = DOORS[leaf.path];
      if (!door) {
        missing.push(`command "${leaf.path}" is not in the hostile table`);
        continue;
      }
      const named = new Set([...Object.keys(door.reads ?? {}), ...Object.keys(door.writes ?? {}), ...(door.words ?? [])]);
      for (const p of leaf.params) if (!named.has(p)) missing.push(`"${leaf.path}": ${p} is not in the hostile table`);
      if (leaf.bootstrap && !door.cluster && leaf.path !== 'mcp') missing.push(`"${leaf.path}" takes --bootstrap but has no cluster line`);
    }
    for (const path of Object.keys(DOORS)) if (!leaves.some((l) => l.path === path)) missing.push(`"${path}" is in the table but is no command`);
    expect(missing).toEqual([]);
  });
});

describe('CLI: paths that cannot be read or written are exit 2 naming the path', () => {
  it('every reader with a file it cannot read, a folder or a link loop; every writer into a read-only folder and past a file in the way', async () => {
    const jobs: Array<() => Promise<void>> = [];
    const readKinds = (Object.keys(READ_SAYS) as ReadKind[]).filter((k) => k !== 'unreadable' || canDenyAccess);
    let turn = 0;
    for (const [path, door] of Object.entries(DOORS)) {
      for (const [param, line] of Object.entries(door.reads ?? {})) {
        // One kind per reader, in turn (CI time: each run is a process): over the table every kind
        // meets many readers, and a reader that does not go through the shared one shows up.
        // A folder is what --root and a session want: they get the next kind, or say "no rounds".
        const wantsFolder = (path === 'mcp' && param === '--root') || path === 'session show';
        let kind = readKinds[turn++ % readKinds.length]!;
        if (kind === 'folder' && param === '--root') kind = readKinds[turn++ % readKinds.length]!;
        jobs.push(async () => {
          const r = await cli(fill(line, { F: hostile[kind] }));
          const says = wantsFolder && kind !== 'folder' ? /permission denied|not a session folder|not a folder|cannot be read|loop of symbolic links/ : READ_SAYS[kind];
          expectUserError(`${path} ${param} = ${kind}`, r, says, hostile[kind]);
        });
      }
      for (const [param, line] of Object.entries(door.writes ?? {})) {
        for (const kind of Object.keys(WRITE_SAYS) as WriteKind[]) {
          if (kind === 'readOnly' && !canDenyAccess) continue;
          jobs.push(async () => {
            // O: a path below the hostile folder or file; D: the folder or file itself (an existing session).
            const r = await cli(fill(line, { O: join(hostile[kind], 'inside'), D: hostile[kind] }));
            expectUserError(`${path} ${param} into ${kind}`, r, WRITE_SAYS[kind], kind === 'readOnly' ? hostile.readOnly : hostile.fileInTheWay);
          });
        }
      }
    }
    await pool(jobs);
    expect(readdirSync(hostile.readOnly)).toEqual([]);
    expect(leftovers()).toEqual([]);
  }, 600_000);

  it('every cluster command with a connection file it cannot read', async () => {
    const kinds = (Object.keys(READ_SAYS) as ReadKind[]).filter((k) => k !== 'unreadable' || canDenyAccess);
    const flags = Object.keys(CONNECTION_FILES);
    // One connection file and one kind per command, in turn: the reader is shared (connection.ts),
    // the doors are not; over the table every flag and every kind is driven.
    const jobs = leaves
      .filter((l) => l.bootstrap)
      .map((leaf, turn) => {
        const kind = kinds[turn % kinds.length]!;
        const line = leaf.path === 'mcp' ? ['mcp'] : DOORS[leaf.path]!.cluster!;
        return async () => {
          // `mcp` takes no --command-config: the next flag in turn stands in.
          const flag = [flags[turn % flags.length]!, ...flags].find((f) => leaf.options.includes(f))!;
          const r = await cli([...fill(line, {}), flag, hostile[kind], ...CONNECTION_FILES[flag]!, '--bootstrap', '127.0.0.1:1']);
          expectUserError(`${leaf.path} ${flag} = ${kind}`, r, READ_SAYS[kind], hostile[kind]);
        };
      });
    await pool(jobs);
  }, 600_000);
});

describe('CLI: cluster commands against ports that are not Kafka fail fast, exit 2, naming the address', () => {
  it('every cluster and registry command against a silent, a garbage and a half-Kafka port', async () => {
    const jobs: Array<() => Promise<void>> = [];
    for (const [path, door] of Object.entries(DOORS)) {
      for (const kind of Object.keys(PORT_SAYS) as PortKind[]) {
        const address = `127.0.0.1:${ports[kind]}`;
        if (door.cluster)
          jobs.push(async () => {
            const r = await cli([...fill(door.cluster!, {}), '--bootstrap', address, '--timeout-ms', String(PROBE_MS)]);
            expectUserError(`${path} on a ${kind} port`, r, PORT_SAYS[kind], '127.0.0.1');
            expect(r.ms, `${path} on a ${kind} port`).toBeLessThan(DEAD_PORT_BOUND_MS);
          });
        if (door.registry && kind !== 'halfKafka')
          jobs.push(async () => {
            const r = await cli([...door.registry!, '--registry', `http://${address}`]);
            expectUserError(`${path} on a ${kind} registry`, r, REGISTRY_SAYS[kind], address);
            expect(r.ms, `${path} on a ${kind} registry`).toBeLessThan(DEAD_PORT_BOUND_MS);
          });
      }
    }
    await pool(jobs, 4);
  }, 600_000);
});

// ---- the MCP server: one for the whole table ----

interface ToolDoor {
  /** Arguments that reach the named cluster (`cluster` is added). */
  cluster?: Record<string, unknown>;
  /** Arguments with O for a path the tool writes to. */
  writes?: Record<string, unknown>;
}

const REQUIREMENTS = 'name: x\nflows:\n  - name: f\n    throughput: { peak_per_second: 10 }\n';
/** Tools that take neither a path nor a cluster: their text inputs are every-door.test.ts's. */
const TEXT_ONLY = [
  'design',
  'design_round',
  'contract',
  'ask',
  'patterns',
  'explain_setting',
  'search_settings',
  'setting_changes',
  'critique',
  'topology_read',
  'schema_lint',
  'lag_analyze',
  'clusters',
];
const TOOL_DOORS: Record<string, ToolDoor> = {
  ...Object.fromEntries(TEXT_ONLY.map((t) => [t, {}])),
  generate: { writes: { requirements: REQUIREMENTS, lang: 'python', out_dir: 'O' } },
  doctor: { cluster: {} },
  verify: { cluster: { requirements: REQUIREMENTS, messages: 10 } },
  lag_status: { cluster: { group: 'g', samples: 2, interval_ms: 100 } },
  topics: { cluster: {} },
  groups: { cluster: {} },
  read_records: { cluster: { topic: 't', last: 1 } },
  registry: { cluster: {} },
  critique_cluster: { cluster: {} },
  schema_check: { cluster: { schema: '"string"', subject: 'orders-value' } },
  schema_scaffold: { writes: { name: 'TaskEvent', namespace: 'com.acme.tasks', entity: 'task', out_dir: 'O' } },
};
/** Tools whose cluster line reaches the cluster's Schema Registry over HTTP, not Kafka. */
const REGISTRY_TOOLS = new Set(['registry', 'schema_check']);
const PATH_PROPERTY = /(_dir|_path|_file|_folder)$/;

describe('MCP: every tool against dead clusters and paths out of its root, one server', () => {
  it('answers each with isError naming the problem, writes nothing outside the root, leaves no temp file, stays up in bounded memory', async () => {
    const root = join(dir, 'root');
    const outside = join(dir, 'outside');
    mkdirSync(root, { mode: 0o777 });
    mkdirSync(outside, { mode: 0o777 });
    chmodSync(root, 0o777);
    chmodSync(outside, 0o777);
    symlinkSync(outside, join(root, 'escape'));
    symlinkSync(join(outside, 'not-yet'), join(root, 'dangling'));
    mkdirSync(join(outside, 'python'), { mode: 0o777 });
    // A link inside an existing output folder, where generate puts the Python files: they would land outside.
    mkdirSync(join(root, 'app'), { mode: 0o777 });
    chmodSync(join(root, 'app'), 0o777);
    symlinkSync(join(outside, 'python'), join(root, 'app', 'python'));
    mkdirSync(join(root, 'read-only'), { mode: 0o555 });
    chmodSync(join(root, 'read-only'), 0o555);
    const clustersFile = join(dir, 'clusters.yaml');
    writeFileSync(
      clustersFile,
      `clusters:\n${(Object.keys(ports) as PortKind[]).map((k) => `  ${k}:\n    bootstrap: 127.0.0.1:${ports[k]}\n    read_only: false\n    timeout_ms: ${PROBE_MS}\n    schema_registry: { url: "http://127.0.0.1:${ports[k]}" }\n`).join('')}`,
    );

    const escapes: Array<[string, RegExp]> = [
      ['escape/app', /outside the directories this server may write in/],
      ['dangling/app', /outside the directories|symbolic link/],
      ['../outside/app', /outside the directories this server may write in/],
      [join(outside, 'app'), /outside the directories this server may write in/],
      ['app', /symbolic link/],
      ...(canDenyAccess ? [['read-only/app', /permission denied|read-only/] as [string, RegExp]] : []),
    ];

    const frames: string[] = [
      JSON.stringify({ jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } } }),
      JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }),
      JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    ];
    const calls: Array<{ id: number; what: string; says: RegExp }> = [];
    const call = (what: string, name: string, args: Record<string, unknown>, says: RegExp) => {
      const id = frames.length;
      calls.push({ id, what, says });
      frames.push(JSON.stringify({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } }));
    };
    for (const [name, door] of Object.entries(TOOL_DOORS)) {
      if (door.cluster)
        for (const kind of Object.keys(PORT_SAYS) as PortKind[])
          call(`${name} on a ${kind} cluster`, name, { ...door.cluster, cluster: kind }, REGISTRY_TOOLS.has(name) ? REGISTRY_SAYS[kind] : PORT_SAYS[kind]);
      // 'app' holds a link where generate puts its Python folder; other writers do not reach it.
      if (door.writes)
        for (const [to, says] of escapes.filter(([to]) => to !== 'app' || name === 'generate'))
          call(`${name} into ${to}`, name, JSON.parse(JSON.stringify(door.writes).replace('"O"', JSON.stringify(to))) as Record<string, unknown>, says);
    }
    // The same escapes with force: an existing link is never written through.
    call('generate into app (a link inside) with force', 'generate', { requirements: REQUIREMENTS, lang: 'python', out_dir: 'app', force: true }, /symbolic link/);
    const listAgain = frames.length;
    frames.push(JSON.stringify({ jsonrpc: '2.0', id: listAgain, method: 'tools/list' }));

    const started = Date.now();
    const timed = spawnSync('sh', ['-c', 'test -x /usr/bin/time']).status === 0;
    const argv = [CLI, 'mcp', '--root', root, '--allow-writes', '--clusters', clustersFile];
    const child = spawn(timed ? '/usr/bin/time' : process.execPath, timed ? ['-f', 'RSS_KB=%M', process.execPath, ...argv] : argv, { cwd: dir, ...asUser });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    for (const f of frames) child.stdin.write(f + '\n');
    child.stdin.end();
    const code = await new Promise<number>((ok) => child.on('close', (c) => ok(c ?? -1)));

    type Reply = {
      id: number;
      error?: { message: string };
      result?: { isError?: boolean; content?: Array<{ text: string }>; tools?: Array<{ name: string; inputSchema: { properties?: Record<string, unknown> } }> };
    };
    const replies = new Map(
      stdout
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Reply)
        .map((r) => [r.id, r]),
    );
    expect(code, stderr.slice(-500)).toBe(0);

    // The table names every tool the server offers, with a cluster line for each that takes a
    // cluster and a path line for each that takes a path.
    const tools = replies.get(1)?.result?.tools ?? [];
    const missing: string[] = [];
    for (const t of tools) {
      const door = TOOL_DOORS[t.name];
      if (!door) {
        missing.push(`tool ${t.name} is not in the hostile table`);
        continue;
      }
      const props = Object.keys(t.inputSchema.properties ?? {});
      if (props.includes('cluster') && !door.cluster) missing.push(`tool ${t.name} takes a cluster but has no cluster line`);
      for (const p of props.filter((p) => PATH_PROPERTY.test(p))) if (!JSON.stringify(door.writes ?? {}).includes(`"${p}":"O"`)) missing.push(`tool ${t.name}: ${p} has no path line`);
    }
    expect(missing).toEqual([]);

    for (const c of calls) {
      const r = replies.get(c.id);
      expect(r, `${c.what}: no answer`).toBeDefined();
      const text = r!.error?.message ?? r!.result?.content?.map((x) => x.text).join('\n') ?? '';
      expect(r!.result?.isError, `${c.what}: ${text.slice(0, 300)}`).toBe(true);
      expect(text, c.what).not.toMatch(/internal error/);
      expect(text, c.what).toMatch(c.says);
    }
    expect(replies.get(listAgain)?.result?.tools?.length).toBe(tools.length);
    expect(readdirSync(outside, { recursive: true })).toEqual(['python']);
    expect(readdirSync(join(root, 'read-only'))).toEqual([]);
    expect(leftovers()).toEqual([]);
    // Each dead cluster is named within the bound; the calls run side by side.
    expect(Date.now() - started).toBeLessThan(DEAD_PORT_BOUND_MS * 2);
    const rss = /RSS_KB=(\d+)/.exec(stderr);
    if (rss) expect(Number(rss[1])).toBeLessThan(MEMORY_BOUND_KB);
  }, 240_000);
});
