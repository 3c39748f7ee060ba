import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { printSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCorsOrigins } from '../../src/http/cors.ts';
import { schema } from '../../src/schema.ts';
import { startTestHttp, type TestHttp } from '../helpers/httpServer.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

/**
 * What a front-end on another origin needs: CORS on every route, compressed answers, the SDL.
 * Raw node:http requests: fetch would decompress and hide the coding.
 */
interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function raw(
  base: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${base}${path}`,
      { method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

const choropleth = JSON.stringify({
  query:
    '{ choropleth(level: DESA, parentKode: "32.16", indicator: "STUNTING", period: "2023") { breaks regions { kode nama value classIndex suppressed } } }',
});
const json = { 'content-type': 'application/json' };

let http: TestHttp;
let restricted: TestHttp;

beforeAll(async () => {
  await testDatabase();
  http = await startTestHttp({ rateLimiter: null });
});

afterAll(async () => {
  await http?.close();
  await restricted?.close();
});

describe('CORS', () => {
  it('answers a preflight on every public route with the methods and headers, Authorization included', async () => {
    for (const path of [
      '/graphql',
      '/tiles/desa/12/3316/2118.mvt',
      '/geojson/desa',
      '/export/x',
      '/schema.graphql',
      '/healthz',
      '/map',
    ]) {
      const response = await raw(http.url, path, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://dashboard.example.org',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
      expect(response.status, path).toBe(204);
      expect(response.headers['access-control-allow-origin'], path).toBe('*');
      expect(response.headers['access-control-allow-methods']).toBe('GET, HEAD, POST, OPTIONS');
      const allowed = String(response.headers['access-control-allow-headers']).toLowerCase();
      for (const header of ['authorization', 'content-type', 'if-none-match']) {
        expect(allowed).toContain(header);
      }
      expect(response.headers.vary).toContain('Origin');
    }
  });

  it('labels real answers (GraphQL, errors too) for the calling origin and exposes the ETag', async () => {
    const answer = await raw(http.url, '/graphql', {
      method: 'POST',
      headers: { ...json, origin: 'http://localhost:5173' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['access-control-allow-origin']).toBe('*');
    expect(String(answer.headers['access-control-expose-headers'])).toContain('ETag');
    const missing = await raw(http.url, '/nowhere', {
      headers: { origin: 'http://localhost:5173' },
    });
    expect(missing.status).toBe(404);
    expect(missing.headers['access-control-allow-origin']).toBe('*');
    const sameOrigin = await raw(http.url, '/healthz');
    expect(sameOrigin.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('with CORS_ORIGINS set, echoes a listed origin only and varies on Origin', async () => {
    restricted = await startTestHttp({
      rateLimiter: null,
      config: (c) => ({
        ...c,
        http: {
          corsOrigins: parseCorsOrigins('https://dashboard.example.org, http://localhost:5173/'),
        },
      }),
    });
    const listed = await raw(restricted.url, '/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
    });
    expect(listed.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(listed.headers.vary).toContain('Origin');
    const other = await raw(restricted.url, '/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(other.status).toBe(204);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    expect(other.headers['access-control-allow-methods']).toBeUndefined();
    await restricted.close();
  });

  it('refuses a malformed CORS_ORIGINS naming the value', () => {
    expect(parseCorsOrigins(undefined)).toBe('*');
    expect(parseCorsOrigins('none')).toEqual([]);
    expect(() => parseCorsOrigins('dashboard.example.org')).toThrow(/"dashboard\.example\.org"/);
  });
});

describe('compression', () => {
  it('negotiates brotli and gzip on a GraphQL answer, identical once decoded', async () => {
    const plain = await raw(http.url, '/graphql', {
      method: 'POST',
      headers: json,
      body: choropleth,
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toContain('Accept-Encoding');
    const br = await raw(http.url, '/graphql', {
      method: 'POST',
      headers: { ...json, 'accept-encoding': 'gzip, deflate, br' },
      body: choropleth,
    });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.body.length / 4);
    const gzip = await raw(http.url, '/graphql', {
      method: 'POST',
      headers: { ...json, 'accept-encoding': 'gzip;q=1, br;q=0' },
      body: choropleth,
    });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    expect(Number(gzip.headers['content-length'])).toBe(gzip.body.length);
  });

  it('compresses GeoJSON, a tile (once, in the tile cache) and MapLibre, keeping 304s', async () => {
    for (const path of [
      '/geojson/desa',
      '/tiles/desa/11/1633/1059.mvt?indicator=STUNTING&period=2023',
      '/map/vendor/maplibre-gl.js',
    ]) {
      const plain = await raw(http.url, path);
      expect(plain.status, path).toBe(200);
      const br = await raw(http.url, path, { headers: { 'accept-encoding': 'br' } });
      expect(br.headers['content-encoding'], path).toBe('br');
      expect(brotliDecompressSync(br.body).equals(plain.body), path).toBe(true);
      expect(br.body.length, path).toBeLessThan(plain.body.length);
      const etag = String(br.headers.etag);
      expect(etag).toMatch(/-br"$/);
      expect(etag).not.toBe(plain.headers.etag);
      const again = await raw(http.url, path, {
        headers: { 'accept-encoding': 'br', 'if-none-match': etag },
      });
      expect(again.status, path).toBe(304);
    }
  });

  it('leaves small answers and clients without Accept-Encoding alone', async () => {
    const small = await raw(http.url, '/healthz', { headers: { 'accept-encoding': 'br' } });
    expect(small.headers['content-encoding']).toBeUndefined();
    const identity = await raw(http.url, '/geojson/desa', {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(identity.headers['content-encoding']).toBeUndefined();
  });
});

describe('GET /schema.graphql', () => {
  it('is the printed API schema, the same SDL as schema/schema.graphql is generated from', async () => {
    const response = await fetch(`${http.url}/schema.graphql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const sdl = await response.text();
    expect(sdl.trim()).toBe(printSchema(schema).trim());
    expect(sdl).toContain('choropleth(');
    expect(sdl).not.toContain('_entities');
  });
});
