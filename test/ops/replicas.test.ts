import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { tileOf } from '../../src/modules/tiles/tiles.math.ts';
import { repoPath } from '../../src/paths.ts';
import { signToken, testSecret } from '../helpers/httpServer.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

/**
 * Two API processes on one PostgreSQL database: the first step of scaling out. Each keeps its own
 * answer, tile and geometry caches in memory, keyed on data versions that live in the database,
 * so a write through one must be in the other's next answer.
 */
const postgres = Boolean(process.env.DATABASE_URL);

interface Replica {
  url: string;
  child: ChildProcess;
}

async function startReplica(databaseUrl: string): Promise<Replica> {
  const child = spawn(process.execPath, ['--import', 'tsx', repoPath('src', 'server.ts')], {
    cwd: repoPath(),
    env: {
      ...process.env,
      VITEST: '',
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      JWT_SECRET: testSecret,
      RATE_LIMIT_PER_MINUTE: '0',
      SEED_ON_START: 'false',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /GraphQL at (http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`replica exited ${code}:\n${output}`)));
  });
  return { url, child };
}

async function stopReplica(replica: Replica | undefined): Promise<void> {
  if (!replica || replica.child.exitCode !== null) return;
  replica.child.kill('SIGTERM');
  await once(replica.child, 'exit');
}

async function ask(replica: Replica, query: string, variables = {}, token?: string) {
  const response = await fetch(`${replica.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    cache: response.headers.get('petagizi-cache'),
    body: (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] },
  };
}

const kode = '32.16.01.2001';
const read = `query Replica($kode: ID!) {
  region(kode: $kode) { indicator(code: "WASTING", period: "2019-09", source: "replica-test") { numerator denominator } }
}`;
const write = `mutation ReplicaWrite($values: [IndicatorValueInput!]!) { upsertIndicatorValues(values: $values) { rows } }`;

describe('two replicas on one PostgreSQL database', () => {
  let a: Replica | undefined;
  let b: Replica | undefined;

  beforeAll(async () => {
    if (!postgres) {
      console.log('[skip] replicas: two processes on one database need DATABASE_URL (PostgreSQL)');
      return;
    }
    await testDatabase();
    const url = inject('testDatabaseUrl') ?? '';
    [a, b] = await Promise.all([startReplica(url), startReplica(url)]);
  });

  afterAll(async () => {
    await Promise.all([stopReplica(a), stopReplica(b)]);
  });

  it.skipIf(!postgres)(
    "shows a write through one replica in the other's next answer, cache and tiles included",
    async () => {
      if (!a || !b) throw new Error('replicas did not start');
      const analyst = await signToken({ role: 'ANALYST' });
      const admin = await signToken({ role: 'ADMIN' });
      const value = (n: number) => [
        {
          kode,
          indicator: 'WASTING',
          period: '2019-09',
          source: 'replica-test',
          numerator: n,
          denominator: 40,
        },
      ];
      expect((await ask(a, write, { values: value(3) }, admin)).body.errors).toBeUndefined();

      // B answers and caches the first value.
      const first = await ask(b, read, { kode }, analyst);
      const again = await ask(b, read, { kode }, analyst);
      expect([first.cache, again.cache]).toEqual(['miss', 'hit']);
      const region = first.body.data?.region as { indicator: { numerator: number } };
      expect(region.indicator.numerator).toBe(3);
      const where = await ask(b, 'query Where($kode: ID!) { region(kode: $kode) { centroid } }', {
        kode,
      });
      const located = where.body.data?.region as
        | { centroid: { coordinates: [number, number] } }
        | undefined;
      if (!located) throw new Error(JSON.stringify(where.body));
      const centroid = located.centroid.coordinates;

      // B renders and caches the tile that holds the desa, with the indicator.
      const t = tileOf(centroid[0], centroid[1], 12);
      const tileUrl = (r: Replica) =>
        `${r.url}/tiles/desa/${t.z}/${t.x}/${t.y}.mvt?indicator=WASTING&period=2019-09`;
      const tile = await fetch(tileUrl(b), { headers: { authorization: `Bearer ${analyst}` } });
      expect(tile.status).toBe(200);
      const etag = tile.headers.get('etag') ?? '';
      expect(etag).not.toBe('');
      const same = await fetch(tileUrl(b), {
        headers: { authorization: `Bearer ${analyst}`, 'if-none-match': etag },
      });
      expect(same.status).toBe(304);

      // A writes; B's next answers are fresh.
      expect((await ask(a, write, { values: value(7) }, admin)).body.errors).toBeUndefined();
      const after = await ask(b, read, { kode }, analyst);
      expect(after.cache).toBe('miss');
      expect(after.body.data?.region).toEqual({ indicator: { numerator: 7, denominator: 40 } });
      const changed = await fetch(tileUrl(b), {
        headers: { authorization: `Bearer ${analyst}`, 'if-none-match': etag },
      });
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
    },
  );
});
