import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import pg from 'pg';

/** PostgreSQL chores of the fault script: temp database, restart, checking what landed. */
export const defaultAdminUrl = 'postgresql://postgres@127.0.0.1:5432/postgres';

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates database `name` next to `adminUrl` and returns its URL. */
export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  );
}

/** Which of `sources` have a row in indicator_value. */
export async function presentSources(url: string, sources: string[]): Promise<Set<string>> {
  if (sources.length === 0) return new Set();
  return withClient(url, async (client) => {
    const result = await client.query<{ source: string }>(
      'SELECT source FROM indicator_value WHERE source = ANY($1)',
      [sources],
    );
    return new Set(result.rows.map((row) => row.source));
  });
}

export async function deleteSources(url: string, prefix: string): Promise<number> {
  return withClient(url, async (client) => {
    const result = await client.query('DELETE FROM indicator_value WHERE source LIKE $1', [
      `${prefix}%`,
    ]);
    return result.rowCount ?? 0;
  });
}

/** `pg_ctlcluster <newest version> main restart`; resolves with its duration in ms. */
export function restartPostgres(timeoutMs = 60_000): Promise<number> {
  const versions = readdirSync('/etc/postgresql')
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(a) - Number(b));
  const version = versions.at(-1);
  if (!version) return Promise.reject(new Error('no cluster under /etc/postgresql'));
  const args = ['--skip-systemctl-redirect', version, 'main', 'restart'];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn('pg_ctlcluster', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(Date.now() - started);
      else reject(new Error(`pg_ctlcluster ${args.join(' ')} exited ${code}: ${output.trim()}`));
    });
  });
}
