import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  buildServer,
  freePort,
  type ServerChild,
  startServer,
  waitReady,
} from '../../scripts/load/server.ts';
import { testSecret } from '../helpers/httpServer.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

// The production bundle (`npm run build`, run as `npm run start:prod`) must find what ships
// beside the code: migrations, the explorer page and the map page.
const databaseUrl = inject('testDatabaseUrl');
if (!databaseUrl) {
  console.log(
    '[test] skipping the production-bundle test: a second process cannot open the embedded database of this run (set DATABASE_URL to run it)',
  );
}

describe.skipIf(!databaseUrl)('the production bundle', () => {
  let server: ServerChild;

  beforeAll(async () => {
    await testDatabase();
    buildServer();
    server = startServer(
      await freePort(),
      {
        DATABASE_URL: databaseUrl ?? undefined,
        JWT_SECRET: testSecret,
        NODE_ENV: 'production',
        RATE_LIMIT_PER_MINUTE: '0',
        SEED_ON_START: 'false',
      },
      'build',
    );
    await waitReady(server.baseUrl, 60_000, server);
    // `npm run build` also bundles GraphiQL (esbuild, then brotli 11): allow for it.
  }, 240_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('migrates (finds prisma/migrations) and answers GraphQL', async () => {
    const response = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ region(kode: "32.16") { nama level } }' }),
    });
    expect(await response.json()).toEqual({
      data: { region: { nama: 'KABUPATEN BEKASI', level: 'KABUPATEN' } },
    });
  });

  it('serves the map page, its MapLibre files and the explorer', async () => {
    const map = await fetch(`${server.baseUrl}/map`);
    expect(map.status).toBe(200);
    expect(await map.text()).toContain('maplibre-gl');
    const vendor = await fetch(`${server.baseUrl}/map/vendor/maplibre-gl.js`);
    expect(vendor.status).toBe(200);
    await vendor.arrayBuffer();
    const explorer = await fetch(`${server.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(explorer.status).toBe(200);
    expect(explorer.headers.get('content-type')).toContain('text/html');
    expect(await explorer.text()).toContain('<html');
  });
});
