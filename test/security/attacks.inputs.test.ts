import { IntrospectAndCompose, RemoteGraphQLDataSource } from '@apollo/gateway';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/http/rateLimit.ts';
import {
  type GraphQLBody,
  signToken,
  startTestHttp,
  type TestHttp,
  testSecret,
} from '../helpers/httpServer.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

// Issue 12, classes 4 and 5: schema exposure with introspection off, and malformed inputs that
// used to end in INTERNAL_SERVER_ERROR or HTTP 500 — each is now a clean coded error.

let http: TestHttp;

const json = async (response: Response) => (await response.json()) as GraphQLBody;

beforeAll(async () => {
  await testDatabase();
  http = await startTestHttp({
    config: (c) => ({ ...c, limits: { ...c.limits, ratePerMinute: 0 } }),
  });
});

afterAll(async () => {
  await http.close();
});

const areaStats = (geometry: unknown) => ({
  query:
    'query($g: GeoJSON!) { areaStats(geometry: $g, indicator: "STUNTING", period: "2023") { value regions { kode } } }',
  variables: { g: geometry },
});
const square = (x: number, y: number, size = 0.001) => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];

async function codeOf(body: unknown, token?: string, raw = false) {
  const response = await http.post(body, { ...(token ? { token } : {}), raw });
  expect(response.status).toBeLessThan(500);
  const answer = await json(response);
  expect(answer.errors?.length).toBeGreaterThan(0);
  for (const error of answer.errors ?? []) {
    expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    expect(error.message.length).toBeLessThan(600);
  }
  return answer.errors?.[0] as { message: string; extensions: Record<string, unknown> };
}

describe('malformed inputs', () => {
  it('refuses an areaStats MultiPolygon of 9,000 parts before any SQL', async () => {
    // Identical small parts keep the body under the 1 MB cap: the parts cap must answer.
    const parts = Array.from({ length: 9000 }, () => square(107, -6.3, 0.01));
    const started = performance.now();
    const error = await codeOf(areaStats({ type: 'MultiPolygon', coordinates: parts }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'geometry' });
    expect(error.message).toMatch(/at most 500 polygons/);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('refuses a whole-world polygon', async () => {
    const world = [
      [
        [-180, -90],
        [180, -90],
        [180, 90],
        [-180, 90],
        [-180, -90],
      ],
    ];
    const error = await codeOf(areaStats({ type: 'Polygon', coordinates: world }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'geometry' });
    expect(error.message).toMatch(/at most 60°/);
  });

  it('accepts 3D coordinates by dropping the altitude (same answer as 2D)', async () => {
    const flat = square(107.0, -6.3, 0.1);
    const lifted = flat.map((ring) => ring.map(([x, y]) => [x, y, 25]));
    const a = await json(await http.post(areaStats({ type: 'Polygon', coordinates: flat })));
    const b = await json(await http.post(areaStats({ type: 'Polygon', coordinates: lifted })));
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(b.data).toEqual(a.data);
  });

  it('refuses NUL bytes in strings, in variables and in the document', async () => {
    const inVariable = await codeOf({
      query: 'query($c: String!) { trend(kode: "32.16", indicator: $c) { kode } }',
      variables: { c: 'STUNTING\u0000' },
    });
    expect(inVariable.extensions.code).toBe('BAD_USER_INPUT');
    expect(inVariable.message).toMatch(/NUL/);
    const inDocument = await codeOf({
      query: '{ trend(kode: "32.16", indicator: "STUNT\\u0000ING") { kode } }',
    });
    expect(inDocument.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses 20,000-level nested variables', async () => {
    // Written as text: JSON.stringify itself cannot go 20,000 levels deep.
    const deep = `${'['.repeat(20_000)}107,-6.3${']'.repeat(20_000)}`;
    const { query } = areaStats(null);
    const body = `{"query":${JSON.stringify(query)},"variables":{"g":{"type":"Polygon","coordinates":${deep}}}}`;
    const error = await codeOf(body, undefined, true);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/nest deeper than 32/);
  });

  it('never echoes a large input back (values cut to 100 characters)', async () => {
    const huge = 'A'.repeat(900_000);
    const response = await http.post({
      query: 'query($k: ID!) { region(kode: $k) { nama } }',
      variables: { k: huge },
    });
    const text = await response.text();
    expect(text.length).toBeLessThan(2000);
    expect(text).toMatch(/BAD_USER_INPUT/);
  });

  it('answers `parent` under _entities', async () => {
    const body = await json(
      await http.post({
        query:
          'query($r: [_Any!]!) { _entities(representations: $r) { ... on Desa { kode parent { kode nama } } } }',
        variables: { r: [{ __typename: 'Desa', kode: '32.16.01.2001' }] },
      }),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?._entities).toEqual([
      { kode: '32.16.01.2001', parent: { kode: '32.16.01', nama: expect.any(String) } },
    ]);
  });
});

describe('tokens', () => {
  const sign = (claims: Record<string, unknown>, edit: (jwt: SignJWT) => SignJWT) =>
    edit(new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('x@test')).sign(
      new TextEncoder().encode(testSecret),
    );

  it('refuses a token without exp', async () => {
    const token = await sign({ role: 'ANALYST' }, (j) => j.setIssuedAt());
    const response = await http.post({ query: '{ __typename }' }, { token });
    expect(response.status).toBe(401);
    expect((await json(response)).errors?.[0]?.message).toMatch(/"exp" is required/);
  });

  it('refuses a token issued in the future, allows a minute of clock skew', async () => {
    const now = Math.floor(Date.now() / 1000);
    const future = await sign({ role: 'ANALYST' }, (j) =>
      j.setIssuedAt(now + 600).setExpirationTime(now + 3600),
    );
    const response = await http.post({ query: '{ __typename }' }, { token: future });
    expect(response.status).toBe(401);
    expect((await json(response)).errors?.[0]?.message).toMatch(/"iat" is in the future/);
    const skewed = await sign({ role: 'ANALYST' }, (j) =>
      j.setIssuedAt(now + 30).setExpirationTime(now + 3600),
    );
    expect((await http.post({ query: '{ __typename }' }, { token: skewed })).status).toBe(200);
  });

  it('rate-limits invalid tokens like everything else (a 401 counts)', async () => {
    const limited = await startTestHttp({ rateLimiter: createRateLimiter({ perMinute: 3 }) });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        statuses.push((await limited.post({ query: '{ __typename }' }, { token: 'x.y.z' })).status);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      // The address's budget is spent for anonymous requests too.
      expect((await limited.post({ query: '{ __typename }' })).status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe('rate-limit budgets', () => {
  it('keeps tiles, static assets and GraphQL in separate budgets', async () => {
    const limited = await startTestHttp({
      rateLimiter: createRateLimiter({ perMinute: 2, tilesPerMinute: 5, assetsPerMinute: 3 }),
    });
    try {
      const tiles: number[] = [];
      for (let i = 0; i < 6; i += 1) {
        tiles.push((await fetch(`${limited.url}/tiles/desa/12/3312/2131.mvt`)).status);
      }
      expect(tiles.slice(0, 5).every((s) => s !== 429)).toBe(true);
      expect(tiles[5]).toBe(429);
      // GraphQL still has its own two requests.
      expect((await limited.post({ query: '{ __typename }' })).status).toBe(200);
      expect((await limited.post({ query: '{ __typename }' })).status).toBe(200);
      expect((await limited.post({ query: '{ __typename }' })).status).toBe(429);
      const assets: number[] = [];
      for (let i = 0; i < 4; i += 1) assets.push((await fetch(`${limited.url}/map`)).status);
      expect(assets).toEqual([200, 200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('schema exposure with INTROSPECTION=false', () => {
  let closed: TestHttp;
  const routerToken = 'router-credential-0123456789';

  beforeAll(async () => {
    closed = await startTestHttp({
      config: (c) => ({
        ...c,
        limits: { ...c.limits, ratePerMinute: 0 },
        graphql: { ...c.graphql, introspection: false, routerToken },
      }),
    });
  });

  afterAll(async () => {
    await closed.close();
  });

  const service = (headers: Record<string, string>) =>
    fetch(`${closed.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });

  it('answers _service only to the router credential', async () => {
    const anonymous = await service({});
    expect(anonymous.status).toBe(403);
    const body = await json(anonymous);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(body)).not.toContain('type Query');
    expect((await service({ 'x-router-token': 'wrong' })).status).toBe(403);
    const analyst = await signToken({ role: 'ADMIN' });
    expect((await service({ authorization: `Bearer ${analyst}` })).status).toBe(403);
    const router = await service({ 'x-router-token': routerToken });
    expect(router.status).toBe(200);
    expect(((await json(router)).data as { _service: { sdl: string } })._service.sdl).toContain(
      'type Query',
    );
  });

  it('lets a federation router holding the credential compose the supergraph', async () => {
    const compose = (headers: Record<string, string>) =>
      new IntrospectAndCompose({
        subgraphs: [{ name: 'petagizi', url: `${closed.url}/graphql` }],
        introspectionHeaders: headers,
      }).initialize({
        update: () => {},
        healthCheck: async () => {},
        getDataSource: ({ url }) => new RemoteGraphQLDataSource({ url }),
      });
    const { supergraphSdl, cleanup } = await compose({ 'x-router-token': routerToken });
    expect(supergraphSdl).toMatch(
      /interface Region[^{]*@join__type\(graph: PETAGIZI, key: "kode"\)/,
    );
    await cleanup?.();
    await expect(compose({})).rejects.toThrow(/Couldn't load service definitions/);
  });

  it('gives no "Did you mean" suggestions', async () => {
    const body = await json(await closed.post({ query: '{ regon(kode: "32.16") { nama } }' }));
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const open = await json(await http.post({ query: '{ regon(kode: "32.16") { nama } }' }));
    expect(open.errors?.[0]?.message).toMatch(/Did you mean "region"/);
  });
});
