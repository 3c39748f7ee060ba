/**
 * Bytes on the wire before and after compression: the README's choropleth answer (desa of a
 * kabupaten with geometry and an indicator), the GeoJSON of the desa, a z12 tile over the
 * kabupaten's label point, MapLibre GL JS and GraphiQL's bundle, each fetched over HTTP from an
 * in-process server as plain, gzip and br, decoded and checked against the plain body. Prints
 * bytes, the ratio to plain measured in the same run, and the server's time to first byte.
 *
 *   npx tsx scripts/bench/compression.ts                       # embedded, demo data in memory
 *   DATABASE_URL=postgresql://…/petagizi npx tsx scripts/bench/compression.ts [--kabupaten 32.16]
 */
import { once } from 'node:events';
import { createServer as createHttpServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createTokenVerifier } from '../../src/auth/verifyToken.ts';
import { config, useConfig } from '../../src/config.ts';
import { openConnection } from '../../src/db/client.ts';
import { createRequestHandler } from '../../src/http/app.ts';
import { createServer } from '../../src/server.ts';
import { prepareDatabase } from '../../src/startup.ts';
import { runScript } from '../load/server.ts';

type Coding = 'identity' | 'gzip' | 'br';

function fetchRaw(
  url: string,
  coding: Coding,
  body?: string,
): Promise<{ bytes: Buffer; ms: number; encoding: string | undefined }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: body ? 'POST' : 'GET',
        headers: {
          'accept-encoding': coding,
          accept: 'application/json',
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          if ((res.statusCode ?? 0) !== 200) {
            reject(new Error(`${url}: HTTP ${res.statusCode}`));
            return;
          }
          resolve({
            bytes: Buffer.concat(chunks),
            ms: performance.now() - started,
            encoding: res.headers['content-encoding'],
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function tileOf(longitude: number, latitude: number, z: number): [number, number, number] {
  const n = 2 ** z;
  const x = Math.floor(((longitude + 180) / 360) * n);
  const rad = (latitude * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return [z, x, y];
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { kabupaten: { type: 'string' } } });
  const kabupaten = values.kabupaten ?? '32.16';
  const base = config();
  const embedded = !base.databaseUrl;
  // The answer cache off: every request renders (the tile cache still compresses once).
  useConfig({
    ...base,
    pgliteDir: embedded ? 'memory://' : base.pgliteDir,
    cache: { ...base.cache, responseBytes: 0 },
  });
  const conn = openConnection(config());
  // Demo data when the database holds no regions and seeding is on (SEED_DEMO; the embedded default).
  await prepareDatabase(conn, { seed: config().seedOnStart });
  const apollo = createServer(config());
  await apollo.start();
  const server = createHttpServer(
    createRequestHandler(apollo, {
      verifyToken: createTokenVerifier({ ...config().auth, jwtSecret: 'x'.repeat(32) }),
      rateLimiter: null,
    }),
  );
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const centre = JSON.parse(
      (
        await fetchRaw(
          `${origin}/graphql`,
          'identity',
          JSON.stringify({ query: `{ region(kode: "${kabupaten}") { centroid } }` }),
        )
      ).bytes.toString(),
    ) as { data: { region: { centroid: { coordinates: [number, number] } } | null } };
    if (!centre.data.region) throw new Error(`no region ${kabupaten}`);
    const [z, x, y] = tileOf(...centre.data.region.centroid.coordinates, 12);
    const choropleth = JSON.stringify({
      query: `query ChoroplethList($parentKode: ID!, $period: String!) {
        regions(level: DESA, parentKode: $parentKode, first: 500) {
          totalCount
          nodes { kode nama geometry(simplifyMeters: 50, precision: 5)
            indicator(code: "STUNTING", period: $period) { value ciLow ciHigh numerator denominator suppressed source } }
        }
      }`,
      variables: { parentKode: kabupaten, period: '2023' },
    });
    const cases: [string, string, string | undefined][] = [
      ['choropleth answer (GraphQL)', `${origin}/graphql`, choropleth],
      ['desa GeoJSON', `${origin}/geojson/desa?parentKode=${kabupaten}`, undefined],
      [
        `z12 tile ${z}/${x}/${y} (desa + STUNTING)`,
        `${origin}/tiles/desa/${z}/${x}/${y}.mvt?parentKode=${kabupaten}&indicator=STUNTING&period=2023`,
        undefined,
      ],
      ['MapLibre GL JS', `${origin}/map/vendor/maplibre-gl.js`, undefined],
      ['GraphiQL app.js', `${origin}/graphiql/app.js`, undefined],
    ];
    console.log(
      `${'body'.padEnd(40)} ${'plain B'.padStart(10)} ${'gzip B'.padStart(10)} ${'ratio'.padStart(6)} ${'br B'.padStart(10)} ${'ratio'.padStart(6)}   ms plain/gzip/br (warm)`,
    );
    for (const [name, url, body] of cases) {
      await fetchRaw(url, 'br', body); // warm: renders, fills the tile cache, builds GraphiQL
      const plain = await fetchRaw(url, 'identity', body);
      const gzip = await fetchRaw(url, 'gzip', body);
      const br = await fetchRaw(url, 'br', body);
      if (gzip.encoding !== 'gzip' || br.encoding !== 'br' || plain.encoding) {
        throw new Error(`${name}: codings ${plain.encoding}/${gzip.encoding}/${br.encoding}`);
      }
      if (
        !gunzipSync(gzip.bytes).equals(plain.bytes) ||
        !brotliDecompressSync(br.bytes).equals(plain.bytes)
      ) {
        throw new Error(`${name}: a decoded body differs from the plain one`);
      }
      const ratio = (n: number) => (n / plain.bytes.length).toFixed(3);
      console.log(
        `${name.padEnd(40)} ${String(plain.bytes.length).padStart(10)} ${String(gzip.bytes.length).padStart(10)} ${ratio(gzip.bytes.length).padStart(6)} ${String(br.bytes.length).padStart(10)} ${ratio(br.bytes.length).padStart(6)}   ${plain.ms.toFixed(0)}/${gzip.ms.toFixed(0)}/${br.ms.toFixed(0)}`,
      );
    }
  } finally {
    server.close();
    await apollo.stop();
    await conn.close();
  }
  return 0;
}

runScript(main);
