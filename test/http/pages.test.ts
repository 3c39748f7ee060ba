import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLBody, startTestHttp, type TestHttp } from '../helpers/httpServer.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

let http: TestHttp;

beforeAll(async () => {
  await testDatabase();
  http = await startTestHttp();
  // The first request builds GraphiQL when dist/graphiql is missing or stale (a fresh clone).
  await (await fetch(`${http.url}/graphql`, { headers: { accept: 'text/html' } })).text();
}, 240_000);

afterAll(async () => {
  await http.close();
});

const browser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
/** Any http(s) URL that is not this server: the pages must work offline. */
const external = /(https?:)?\/\/(?!localhost|127\.0\.0\.1)[a-z0-9.-]+\.[a-z]{2,}\//i;

describe('GET /graphql from a browser', () => {
  it('shows GraphiQL from this server: page, bundle, styles, Monaco workers; no CDN', async () => {
    const response = await fetch(`${http.url}/graphql`, { headers: browser });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await response.text();
    expect(html).toContain('<script type="module" src="/graphiql/app.js"></script>');
    expect(html).not.toMatch(external);
    const script = await (await fetch(`${http.url}/graphiql/app.js`)).text();
    // The README's examples are bundled as the default tabs.
    for (const field of ['choropleth(', 'areaStats(', 'trend(']) expect(script).toContain(field);
    // Monaco's workers load from /graphiql/ (the bundle names them; the e2e test sees them load).
    expect(script).toContain('/graphiql/');
    for (const worker of ['editor', 'json', 'graphql']) {
      const file = await fetch(`${http.url}/graphiql/${worker}.worker.js`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      await file.arrayBuffer();
    }
    expect((await fetch(`${http.url}/graphiql/app.css`)).status).toBe(200);
    expect((await fetch(`${http.url}/graphiql/manifest.json`)).status).toBe(404);
    expect((await fetch(`${http.url}/graphiql/..%2Fpackage.json`)).status).toBe(404);
  });

  it('still answers GraphQL over GET and POST for programs', async () => {
    const get = await fetch(`${http.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const post = await http.post({ query: '{ region(kode: "32.16") { nama } }' });
    expect(((await post.json()) as GraphQLBody).data).toEqual({
      region: { nama: 'KABUPATEN BEKASI' },
    });
  });
});

describe('GET /map', () => {
  it('serves the map page, its script and MapLibre GL JS from node_modules, no CDN', async () => {
    const response = await fetch(`${http.url}/map`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('/map/vendor/maplibre-gl.js');
    expect(html).not.toMatch(external);
    const script = await (await fetch(`${http.url}/map/map.js`)).text();
    expect(script).toContain('/tiles/');
    expect(script).not.toMatch(external);

    const dist = path.dirname(createRequire(import.meta.url).resolve('maplibre-gl'));
    const vendor = await fetch(`${http.url}/map/vendor/maplibre-gl.js`);
    expect(vendor.status).toBe(200);
    expect(
      Buffer.from(await vendor.arrayBuffer()).equals(
        readFileSync(path.join(dist, 'maplibre-gl.js')),
      ),
    ).toBe(true);
    const etag = vendor.headers.get('etag') ?? '';
    const again = await fetch(`${http.url}/map/vendor/maplibre-gl.js`, {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    expect((await fetch(`${http.url}/map/vendor/maplibre-gl.css`)).status).toBe(200);
    expect((await fetch(`${http.url}/map/vendor/../../package.json`)).status).toBe(404);
  });
});
