// Hostile input against the built CLI and the MCP stdio server: every case must be a clear user
// error (exit 2 / a JSON-RPC or tool error naming the problem), the server must stay up, nothing
// may be written outside the root or left half-written, and memory must stay bounded.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT } from '../cli/run-cli.js';

const EXAMPLE = join(ROOT, 'examples/order-payments.yaml');
const MEMORY_BOUND_KB = 600 * 1024;

/** Runs the CLI, returning exit code, output and the child's peak RSS (kB, from /usr/bin/time when present). */
function cli(args: string[], cwd: string, input?: string): { code: number; stdout: string; stderr: string; rssKb?: number } {
  const timed = existsSync('/usr/bin/time');
  const cmd = timed ? '/usr/bin/time' : process.execPath;
  const argv = timed ? ['-f', 'RSS_KB=%M', process.execPath, CLI, ...args] : [CLI, ...args];
  const r = spawnSync(cmd, argv, { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 << 20 });
  const m = /RSS_KB=(\d+)/.exec(r.stderr);
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr.replace(/RSS_KB=\d+\n?/, ''), ...(m ? { rssKb: Number(m[1]) } : {}) };
}

let dir: string;
const files: Record<string, string> = {};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ks-hostile-'));
  const write = (name: string, text: string | Buffer) => {
    writeFileSync(join(dir, name), text);
    files[name] = join(dir, name);
  };
  write('deep.json', '['.repeat(100_000));
  write('deep.yaml', `name: x\nflows: ${'['.repeat(100_000)}`);
  write('deep-block.yaml', Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n');
  let bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let c = 98; c < 106; c++)
    bomb += `${String.fromCharCode(c)}: &${String.fromCharCode(c)} [${Array(9)
      .fill(`*${String.fromCharCode(c - 1)}`)
      .join(',')}]\n`;
  write('bomb.yaml', bomb);
  write('huge.yaml', `name: x\n# ${'x'.repeat(11 * 1024 * 1024)}\n`);
  write('binary.properties', Buffer.from([0x00, 0xff, 0xfe, 0x13, 0x37, 0x00, 0x80]));
  write('big-numbers.yaml', `name: big\nflows:\n  - name: f\n    throughput: { peak_per_second: 1e308, message_bytes: 1e308 }\n    retention: 99999999999999999999d\n`);
  write('version.yaml', `name: v\ncluster:\n  kafka_version: 3.10\nflows:\n  - name: f\n    throughput: { peak_per_second: 10 }\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CLI: hostile files are user errors (exit 2) naming the problem, in bounded memory', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['a JSON depth bomb (design)', ['design', 'deep.json'], /nested more than \d+ levels/],
    ['a YAML depth bomb (critique)', ['critique', 'deep.yaml'], /nested more than \d+ levels/],
    ['a JSON depth bomb (schema lint)', ['schema', 'lint', 'deep.json'], /nested more than \d+ levels/],
    ['a block-nesting bomb (generate)', ['generate', 'deep-block.yaml', '--dry-run'], /nested more than \d+ levels/],
    ['an alias bomb (design)', ['design', 'bomb.yaml'], /bomb\.yaml:\d+:\d+: .*alias bomb/],
    ['an alias bomb (critique)', ['critique', 'bomb.yaml'], /bomb\.yaml:\d+:\d+: .*alias bomb/],
    ['an alias bomb (verify)', ['verify', 'bomb.yaml'], /alias bomb/],
    ['a file over the size limit', ['design', 'huge.yaml'], /larger than the 10\.0 MiB limit/],
    ['binary garbage', ['critique', 'binary.properties'], /binary file/],
    ['numbers Kafka cannot hold', ['design', 'big-numbers.yaml'], /Too big: expected number to be <=2147483647[\s\S]*longer than Kafka can hold/],
    ['a rate no consumer could see, naming the flag given', ['lag', 'analyze', '--arrival-rate', '1e308', '--processing-ms', '5'], /--arrival-rate: expected at most 2147483647/],
    ['verify --messages 1e308', ['verify', EXAMPLE, '--messages', '1e308'], /--messages: expected at most 50000/],
    ['a timeout no timer can hold', ['doctor', '--bootstrap', '127.0.0.1:1', '--timeout-ms', '1e308'], /--timeout-ms: expected a whole number of milliseconds from 100 to 600000/],
    ['a timeout that is no number', ['topics', '--bootstrap', '127.0.0.1:1', '--timeout-ms', 'soon'], /--timeout-ms: expected a whole number of milliseconds from 100 to 600000\n\s+found: soon/],
  ];
  for (const [name, args, message] of cases) {
    it(name, () => {
      const r = cli(args, dir);
      expect(r.stderr).toMatch(message);
      expect(r.code).toBe(2);
      if (r.rssKb !== undefined) expect(r.rssKb).toBeLessThan(MEMORY_BOUND_KB);
    });
  }

  it('reads an unquoted kafka_version 3.10 as 3.10, not 3.1', () => {
    const r = cli(['design', 'version.yaml', '--format', 'json'], dir);
    expect(JSON.parse(r.stdout).kafkaVersion).toBe('3.10');
  });

  it('prints usage and user errors as a JSON object with --format json', () => {
    const usage = cli(['design', '--no-such-flag', '--format', 'json'], dir);
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.stdout).error.problems[0].message).toMatch(/unknown option '--no-such-flag'/);
    const user = cli(['design', 'bomb.yaml', '--format', 'json'], dir);
    expect(JSON.parse(user.stdout).error.problems[0].file).toBe('bomb.yaml');
  });

  it('escapes control and bidi characters in echoed values and cuts long ones', () => {
    const r = cli(['verify', EXAMPLE, '--messages', `12\u202e\u001b[31m${'9'.repeat(5000)}`], dir);
    expect(r.code).toBe(2);
    // eslint-disable-next-line no-control-regex
    expect(r.stderr).not.toMatch(/[\u202e\u001b]/);
    expect(r.stderr).toContain('\\u202e');
    expect(r.stderr.length).toBeLessThan(1500);
  });
});

describe('CLI: generate --out is all or nothing', () => {
  const leftovers = (root: string) =>
    readdirSync(root, { recursive: true })
      .map(String)
      .filter((p) => /\.tmp$|kafka-specialist-staging/.test(p));

  it('a file where a folder should be: exit 2, nothing written, no temp files', () => {
    const out = join(dir, 'blocked');
    mkdirSync(out);
    writeFileSync(join(out, 'python'), 'not a folder');
    const r = cli(['generate', EXAMPLE, '--lang', 'python', '--out', out], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a file is where a folder should be/);
    expect(readdirSync(out)).toEqual(['python']);
    expect(leftovers(out)).toEqual([]);
  });

  it('schema scaffold --out onto an existing file is a user error', () => {
    const target = join(dir, 'a-file');
    writeFileSync(target, 'x');
    const r = cli(['schema', 'scaffold', '--name', 'TaskEvent', '--namespace', 'com.acme', '--entity', 'task', '--fields', 'title:string', '--out', target], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a file is where a folder should be/);
  });

  it.runIf(process.getuid?.() === 0)('a full disk (a 64 KiB tmpfs) and a read-only file system: exit 2, nothing left behind', () => {
    const full = join(dir, 'full');
    const ro = join(dir, 'ro');
    mkdirSync(full);
    mkdirSync(ro);
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', full]).status === 0 && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,ro', 'tmpfs', ro]).status === 0;
    if (!mounted) return; // no mount permission in this sandbox
    try {
      const a = cli(['generate', EXAMPLE, '--lang', 'python', '--out', join(full, 'app')], dir);
      expect(a.code).toBe(2);
      expect(a.stderr).toMatch(/disk is full/);
      expect(readdirSync(full)).toEqual([]);
      const b = cli(['generate', EXAMPLE, '--lang', 'python', '--out', join(ro, 'app')], dir);
      expect(b.code).toBe(2);
      expect(b.stderr).toMatch(/read-only/);
    } finally {
      spawnSync('umount', [full]);
      spawnSync('umount', [ro]);
    }
  });
});

describe('cluster commands against ports that are not Kafka fail fast', () => {
  const servers: Server[] = [];
  const sockets: Socket[] = [];
  const ports: Record<string, number> = {};
  beforeAll(async () => {
    const listen = (name: string, onConnect: (s: Socket) => void) =>
      new Promise<void>((ok) => {
        const server = createServer((s) => {
          sockets.push(s);
          s.on('error', () => undefined);
          onConnect(s);
        });
        servers.push(server);
        server.listen(0, '127.0.0.1', () => {
          ports[name] = (server.address() as { port: number }).port;
          ok();
        });
      });
    await listen('tls', (s) => s.once('data', () => s.write(Buffer.from([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x46]))));
  });
  afterAll(() => {
    sockets.forEach((s) => s.destroy());
    servers.forEach((s) => s.close());
  });

  // Run asynchronously: the fake servers live in this process.
  const run = (args: string[]) =>
    new Promise<{ code: number; stderr: string; ms: number }>((ok) => {
      const started = Date.now();
      const child = spawn(process.execPath, [CLI, ...args], { cwd: dir });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += String(d)));
      child.on('close', (code) => ok({ code: code ?? -1, stderr, ms: Date.now() - started }));
    });

  // Silent and garbage ports for every cluster command: doors.test.ts.
  it.each([['tls', ['lag', 'status', '--group', 'g'], /speaks TLS/]])('%s port', async (kind, args, message) => {
    const r = await run([...args, '--bootstrap', `127.0.0.1:${ports[kind]}`]);
    expect(r.stderr).toMatch(message);
    expect(r.code).toBe(2);
    expect(r.ms).toBeLessThan(15_000);
  });

  it('verify --bootstrap on a closed port', async () => {
    const r = await run(['verify', EXAMPLE, '--bootstrap', '127.0.0.1:1']);
    expect(r.stderr).toMatch(/cannot reach Kafka at 127\.0\.0\.1:1: connection refused/);
    expect(r.code).toBe(2);
  });
});

describe('MCP stdio server under hostile frames', () => {
  it('answers every bad frame with the JSON-RPC error, stays up, keeps writes inside the root, exits 0 at end of input', async () => {
    const root = join(dir, 'root');
    const outside = join(dir, 'outside');
    mkdirSync(root);
    mkdirSync(outside);
    symlinkSync(outside, join(root, 'escape'));
    const requirements = 'name: x\nflows:\n  - name: f\n    throughput: { peak_per_second: 10 }\n';
    const call = (id: number, name: string, args: unknown) => JSON.stringify({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } });
    const frames = [
      JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } } }),
      JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }),
      'not json {',
      JSON.stringify({ hello: 'world' }),
      JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'design' } }),
      JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'design', arguments: 'text' } }),
      call(4, 'design', { requirements: 42 }),
      `{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"design","arguments":{"requirements":"${'x'.repeat(24 << 20)}"}}}`,
      call(6, 'generate', { design: '['.repeat(100_000) }),
      call(7, 'generate', { design: '['.repeat(100_000) }),
      call(8, 'critique', { files: [{ name: 'bomb.yaml', content: readFileText(files['bomb.yaml']!) }] }),
      call(9, 'generate', { requirements, out_dir: 'escape/app' }),
      JSON.stringify({ jsonrpc: '2.0', id: 10, method: 'tools/list' }),
    ];
    const child = spawn('/usr/bin/time', ['-f', 'RSS_KB=%M', process.execPath, CLI, 'mcp', '--root', root, '--allow-writes'], { cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    for (const f of frames) child.stdin.write(f + '\n');
    child.stdin.end();
    const code = await new Promise<number>((ok) => child.on('close', (c) => ok(c ?? -1)));
    const replies = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: unknown; error?: { code: number; message: string }; result?: { isError?: boolean; content?: Array<{ text: string }>; tools?: unknown[] } });
    const byId = (id: unknown) => replies.find((r) => r.id === id)!;
    expect(code).toBe(0);
    expect(
      replies
        .filter((r) => r.id === null)
        .map((r) => r.error!.code)
        .sort(),
    ).toEqual([-32700, -32600].sort());
    expect(byId(2).error!.code).toBe(-32602);
    expect(byId(3).error!.code).toBe(-32602);
    expect(byId(4).error!.code).toBe(-32602);
    expect(byId(5).error).toMatchObject({ code: -32600, message: expect.stringMatching(/too large/) });
    for (const id of [6, 7]) expect(byId(id).result!.content![0]!.text).toMatch(/nested more than \d+ levels/);
    expect(byId(8).result!.content![0]!.text).toMatch(/bomb\.yaml:\d+:\d+: .*alias bomb/);
    expect(byId(9).result!.isError).toBe(true);
    expect(byId(9).result!.content![0]!.text).toMatch(/outside the directories this server may write in/);
    expect(readdirSync(outside)).toEqual([]);
    expect((byId(10).result!.tools ?? []).length).toBeGreaterThan(5);
    const rss = Number(/RSS_KB=(\d+)/.exec(stderr)?.[1]);
    expect(rss).toBeLessThan(MEMORY_BOUND_KB);
  }, 60_000);
});

function readFileText(path: string): string {
  return spawnSync('cat', [path], { encoding: 'utf8' }).stdout;
}
