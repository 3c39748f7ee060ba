import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SignJWT } from 'jose';

/** Helpers shared by the load and fault scripts: a petagizi child server, tokens, cleanup. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type Role = 'ANALYST' | 'ADMIN' | 'OFFICER';

/** The `scope` claim: kode prefixes (an OFFICER needs at least one). */
export const tokenScopes: Record<Role, string[]> = {
  ANALYST: [],
  ADMIN: [],
  OFFICER: ['32.16'],
};

const localHosts = new Set(['127.0.0.1', 'localhost', '[::1]', '::1', '']);

/** Parses `raw` and refuses anything that is not on this machine. */
export function assertLocalUrl(raw: string, what: string): URL {
  const url = new URL(raw);
  if (!localHosts.has(url.hostname)) {
    throw new Error(`${what} must point to 127.0.0.1 or localhost, got "${url.hostname}"`);
  }
  return url;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

export function signToken(secret: string, role: Role, sub = `load-${role.toLowerCase()}`) {
  return new SignJWT({ role, scope: tokenScopes[role] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(secret));
}

export interface ServerChild {
  pid: number;
  baseUrl: string;
  /** The last lines the server printed, for diagnostics. */
  logTail(lines?: number): string;
  exitCode(): number | null | 'running';
  stop(): Promise<void>;
}

/**
 * How to run the server: from source under tsx, the production bundle (`npm run build`) as
 * `npm run start:prod` runs it, or as `npm start` runs it.
 */
export type ServerEntry = 'source' | 'build' | 'start';

/** The node arguments of each entry, read from package.json's scripts for `build` and `start`. */
export function serverArgs(entry: ServerEntry): string[] {
  if (entry === 'source') return ['--import', 'tsx', 'src/server.ts'];
  const name = entry === 'build' ? 'start:prod' : 'start';
  const script = (
    JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts[name];
  const [command, ...args] = script?.split(/\s+/) ?? [];
  if (!command || args.length === 0) throw new Error(`package.json has no "${name}" script`);
  // `tsx file` runs node with tsx's loader (the CLI's own child is the same server process).
  if (command === 'tsx') return ['--import', 'tsx', ...args];
  if (command !== 'node') throw new Error(`"${name}" must run node or tsx, not ${command}`);
  return args;
}

/** Bundles the server into dist/ (`npm run build`); throws with esbuild's output on failure. */
export function buildServer(): void {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', '--silent', 'build'], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stderr}`);
}

/** Starts the server as a direct child (its pid is the server's, for RSS). */
export function startServer(
  port: number,
  env: Record<string, string | undefined>,
  entry: ServerEntry = 'source',
): ServerChild {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: String(port) };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[key];
    else childEnv[key] = value;
  }
  const child: ChildProcess = spawn(process.execPath, serverArgs(entry), {
    cwd: repoRoot,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      tail.push(line);
      if (tail.length > 200) tail.shift();
    }
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exit: number | null | 'running' = 'running';
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exit = code;
      resolve();
    }),
  );
  const stop = async () => {
    if (exit !== 'running') return;
    child.kill('SIGTERM');
    if (await settles(exited, 10_000)) return;
    child.kill('SIGKILL');
    await settles(exited, 3_000);
  };
  onCleanup(stop);
  return {
    pid: child.pid ?? -1,
    baseUrl: `http://127.0.0.1:${port}`,
    logTail: (lines = 20) => tail.slice(-lines).join('\n'),
    exitCode: () => exit,
    stop,
  };
}

function settles(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  return Promise.race([promise.then(() => true), timeout]).finally(() => clearTimeout(timer));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls GET /healthz until it answers 200 "ok"; throws after `timeoutMs` or if the child dies. */
export async function waitReady(baseUrl: string, timeoutMs: number, child?: ServerChild) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child && child.exitCode() !== 'running') {
      throw new Error(`server exited (${child.exitCode()}) before ready:\n${child.logTail()}`);
    }
    if (await healthy(baseUrl, 2_000)) return Date.now() - started;
    await sleep(250);
  }
  throw new Error(`server not ready after ${timeoutMs} ms${child ? `:\n${child.logTail()}` : ''}`);
}

export async function healthy(baseUrl: string, timeoutMs: number): Promise<boolean> {
  try {
    const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(timeoutMs) });
    const body = (await res.json()) as { status?: unknown };
    return res.status === 200 && body.status === 'ok';
  } catch {
    return false;
  }
}

export interface GqlReply {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs one GraphQL operation; network failures and timeouts throw. */
export async function postGraphql(
  baseUrl: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
  timeoutMs = 5_000,
): Promise<GqlReply> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  try {
    return { status: res.status, ...(JSON.parse(text) as Omit<GqlReply, 'status'>) };
  } catch {
    return { status: res.status, errors: [{ message: `non-JSON body: ${text.slice(0, 200)}` }] };
  }
}

export const desaKodesQuery =
  '{ regions(level: DESA, parentKode: "32.16", first: 500) { nodes { kode } } }';

export async function desaKodes(baseUrl: string, token: string): Promise<string[]> {
  const reply = await postGraphql(baseUrl, token, desaKodesQuery, {}, 30_000);
  const regions = reply.data?.regions as { nodes?: { kode: string }[] } | undefined;
  const kodes = regions?.nodes?.map((node) => node.kode) ?? [];
  if (reply.errors || kodes.length === 0) {
    throw new Error(`cannot list desa (HTTP ${reply.status}): ${JSON.stringify(reply.errors)}`);
  }
  return kodes;
}

/** A field of /proc/<pid>/status in kB (Linux), or undefined. */
export function procStatusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(
      new RegExp(`${field}:\\s+(\\d+)`),
    );
    return match?.[1] ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

const cleanups: (() => Promise<void>)[] = [];

/** Registers work that must run at the end, also on failure and Ctrl-C (last in, first run). */
export function onCleanup(fn: () => Promise<void>): void {
  cleanups.push(fn);
}

export async function runCleanup(): Promise<void> {
  while (cleanups.length > 0) {
    const fn = cleanups.pop();
    await fn?.().catch((error: unknown) => console.error('cleanup failed:', error));
  }
}

/** Runs `main`, then the cleanups; exits with its status (1 on a thrown error, 130 on Ctrl-C). */
export function runScript(main: () => Promise<number>): void {
  let stopping = false;
  const interrupt = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.error(`\n${signal}: stopping`);
    void runCleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  main()
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      return 1;
    })
    .then(async (code) => {
      await runCleanup();
      process.exit(code);
    });
}

/** A whole-number command-line option from 1 to `max`, or `fallback` when absent. */
export function intArg(
  raw: string | undefined,
  name: string,
  fallback: number,
  max: number,
): number {
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`--${name} must be an integer from 1 to ${max}, got "${raw}"`);
  }
  return value;
}
