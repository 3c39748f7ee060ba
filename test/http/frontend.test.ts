import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/http/persistedQueries.ts';
import { type GraphQLBody, startTestHttp, type TestHttp } from '../helpers/httpServer.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifestFile = `${root}examples/frontend/src/gql/persisted-documents.json`;

let open: TestHttp;
let allowlist: TestHttp;

beforeAll(async () => {
  await testDatabase();
  open = await startTestHttp({ rateLimiter: null });
}, 180_000);

afterAll(async () => {
  await allowlist?.close();
  await open?.close();
});

/**
 * README's front-end example as a developer runs it: GraphQL Code Generator's client preset
 * against the schema a running server publishes, then the typed client against a server that
 * runs only the operations of the generated manifest.
 */
describe('examples/frontend: typed, persisted operations', () => {
  it('generates typed documents and a manifest from /schema.graphql, and runs them in allow-list mode', async () => {
    // Asynchronously: the server that publishes the schema runs in this process. A failing
    // codegen rejects with its output.
    await promisify(execFile)(
      process.execPath,
      [
        `${root}node_modules/@graphql-codegen/cli/cjs/bin.js`,
        '--config',
        'examples/frontend/codegen.ts',
      ],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, PETAGIZI_SCHEMA_URL: `${open.url}/schema.graphql` },
      },
    );

    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>;
    const entries = Object.entries(manifest);
    expect(entries).toHaveLength(2);
    for (const [hash, query] of entries) expect(sha256(query)).toBe(hash);
    expect(entries.map(([, q]) => /query (\w+)/.exec(q)?.[1]).sort()).toEqual([
      'Choropleth',
      'RegionFigure',
    ]);

    allowlist = await startTestHttp({
      rateLimiter: null,
      config: (c) => ({
        ...c,
        graphql: {
          ...c.graphql,
          persistedQueries: 'allowlist',
          persistedQueriesFile: manifestFile,
        },
      }),
    });
    const { execute } = await import('../../examples/frontend/src/client.ts');
    const queries = await import('../../examples/frontend/src/queries.ts');
    const answer = await execute(`${allowlist.url}/graphql`, queries.RegionFigureQuery, {
      kode: '32.16',
      indicator: 'STUNTING_SURVEY',
      period: '2023',
    });
    expect(answer.errors).toBeUndefined();
    // SKI 2023 as seeded (prisma/seed.ts).
    expect(answer.data?.region).toMatchObject({
      kode: '32.16',
      nama: 'KABUPATEN BEKASI',
      indicator: { value: 23.2, source: 'SKI 2023 (Kemenkes)' },
    });
    const map = await execute(`${allowlist.url}/graphql`, queries.ChoroplethQuery, {
      parentKode: '32.16',
      indicator: 'STUNTING',
      period: '2023',
    });
    expect(map.data?.choropleth.regions).toHaveLength(187);

    // The full text of a registered operation runs too; anything else is refused with 403.
    const [, registered] = entries[0] as [string, string];
    const listed = await allowlist.post({
      query: registered,
      variables: { kode: '32.16', parentKode: '32.16', indicator: 'STUNTING', period: '2023' },
    });
    expect(listed.status).toBe(200);
    const other = await allowlist.post({ query: '{ region(kode: "32.16") { nama } }' });
    expect(other.status).toBe(403);
    const body = (await other.json()) as GraphQLBody;
    expect(body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
  }, 120_000);
});
