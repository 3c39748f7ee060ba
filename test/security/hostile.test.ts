import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixture } from '../helpers/fixtures.ts';
import {
  type GraphQLBody,
  signToken,
  startTestHttp,
  type TestHttp,
} from '../helpers/httpServer.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

let http: TestHttp;
let admin: string;

beforeAll(async () => {
  await testDatabase();
  await loadFixture();
  // A low vertex cap so that an over-long polygon fits under the body cap.
  http = await startTestHttp({
    config: (c) => ({ ...c, limits: { ...c.limits, maxPolygonVertices: 1000, ratePerMinute: 0 } }),
  });
  admin = await signToken({ role: 'ADMIN' });
});

afterAll(async () => {
  await http.close();
});

interface Hostile {
  name: string;
  body?: string;
  method?: string;
  path?: string;
  contentType?: string | null;
  admin?: boolean;
  headers?: Record<string, string>;
}

const q = (query: string, variables?: unknown) => JSON.stringify({ query, variables });
const region = (kode: string) => q('query($k: ID!) { region(kode: $k) { nama } }', { k: kode });
const value = (args: Record<string, unknown>) =>
  q(
    'query($k: ID!, $c: String!, $p: String!, $s: String) { region(kode: $k) { indicator(code: $c, period: $p, source: $s) { value } } }',
    { k: '32.16', c: 'STUNTING', p: '2023', s: null, ...args },
  );
const regions = (args: Record<string, unknown>) =>
  q(
    'query($l: RegionLevel!, $p: ID, $f: Int, $a: String) { regions(level: $l, parentKode: $p, first: $f, after: $a) { totalCount } }',
    {
      l: 'DESA',
      ...args,
    },
  );
const at = (longitude: unknown, latitude: unknown) =>
  q('query($x: Float!, $y: Float!) { regionAt(longitude: $x, latitude: $y) { kode } }', {
    x: longitude,
    y: latitude,
  });
const importFc = (features: unknown[], source = 'hostile') =>
  q(
    'mutation($fc: GeoJSON!, $s: String!) { importBoundaries(featureCollection: $fc, source: $s) { unknown } }',
    {
      fc: { type: 'FeatureCollection', features },
      s: source,
    },
  );
const feature = (kode: string, coordinates: unknown, type = 'Polygon') => ({
  type: 'Feature',
  properties: { kode },
  geometry: { type, coordinates },
});
const square = [
  [
    [100, 0],
    [100.1, 0],
    [100.1, 0.1],
    [100, 0.1],
    [100, 0],
  ],
];
const csv = (text: string) =>
  q('mutation($c: String!) { importIndicatorCsv(csv: $c) { rows } }', { c: text });
const upsert = (v: Record<string, unknown>) =>
  q('mutation($v: [IndicatorValueInput!]!) { upsertIndicatorValues(values: $v) { rows } }', {
    v: [
      {
        kode: '99.01.01.2001',
        indicator: 'WASTING',
        period: '2019',
        source: 'hostile',
        numerator: 1,
        denominator: 30,
        ...v,
      },
    ],
  });
const injection = "'; DROP TABLE region; --";
const manyVertices = [
  [
    ...Array.from({ length: 1500 }, (_, i) => [
      100 + Math.cos(i / 240) / 10,
      Math.sin(i / 240) / 10,
    ]),
    [100.1, 0],
  ],
];
manyVertices[0]?.push(manyVertices[0][0] as number[]);

const corpus: Hostile[] = [
  // Not JSON, or not the JSON GraphQL expects.
  { name: 'truncated JSON', body: '{"query": ' },
  { name: 'lone bracket', body: '[' },
  { name: 'binary garbage', body: '\u0000\u0001\u00ff\ufffd' },
  { name: 'JSON null', body: 'null' },
  { name: 'JSON string', body: '"{ __typename }"' },
  { name: 'JSON number', body: '42' },
  { name: 'query is a number', body: JSON.stringify({ query: 42 }) },
  { name: 'query is an object', body: JSON.stringify({ query: { a: 1 } }) },
  { name: 'no query at all', body: JSON.stringify({ variables: {} }) },
  {
    name: 'variables is an array',
    body: JSON.stringify({ query: '{ __typename }', variables: [1] }),
  },
  {
    name: 'batched array of operations',
    body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
  },
  { name: 'empty body', body: '' },
  // Wrong content types and methods.
  { name: 'text/plain', body: q('{ __typename }'), contentType: 'text/plain' },
  {
    name: 'form encoded',
    body: 'query=%7B__typename%7D',
    contentType: 'application/x-www-form-urlencoded',
  },
  { name: 'multipart', body: '--x\r\n\r\n--x--', contentType: 'multipart/form-data; boundary=x' },
  { name: 'no content type', body: q('{ __typename }'), contentType: null },
  { name: 'PUT', method: 'PUT', body: q('{ __typename }') },
  { name: 'DELETE', method: 'DELETE' },
  {
    name: 'GET with a mutation',
    method: 'GET',
    path: `/graphql?query=${encodeURIComponent('mutation { importIndicatorCsv(csv: "") { rows } }')}`,
    headers: { 'apollo-require-preflight': '1' },
  },
  {
    name: 'GET without a query',
    method: 'GET',
    path: '/graphql?foo=bar',
    headers: { 'apollo-require-preflight': '1' },
  },
  { name: 'unknown path', method: 'GET', path: '/../../etc/passwd' },
  // GraphQL faults.
  { name: 'syntax error', body: q('{ region(kode: "32.16") { nama ') },
  { name: 'unknown field', body: q('{ region(kode: "32.16") { password } }') },
  { name: 'missing required argument', body: q('{ region { nama } }') },
  { name: 'wrong argument type (level)', body: regions({ l: 'CITY' }) },
  { name: 'wrong variable type (first)', body: regions({ f: 'many' }) },
  { name: 'float where int expected', body: regions({ f: 1.5 }) },
  { name: 'longitude as text', body: at('east', 0) },
  { name: 'unused variable of undeclared type', body: q('query($x: Nope) { __typename }') },
  // Bad kode and period formats.
  ...['3216', '32.16.1', '32.16.01.20011', 'AB.CD', ' 32.16', '32..16'].map((kode) => ({
    name: `kode ${JSON.stringify(kode)}`,
    body: region(kode),
  })),
  ...['2023-13', '2023-00', '23', '2023/08', 'latest', '1800'].map((period) => ({
    name: `period ${JSON.stringify(period)}`,
    body: value({ p: period }),
  })),
  // Injection and unicode in every string argument.
  { name: 'injection in kode', body: region(injection) },
  { name: 'injection in parentKode', body: regions({ p: injection }) },
  { name: 'injection in indicator code', body: value({ c: injection }) },
  { name: 'injection in period', body: value({ p: injection }) },
  { name: 'injection in cursor', body: regions({ f: 5, a: injection }) },
  {
    name: 'injection in csv',
    body: csv(
      `kode,indicator,period,numerator,denominator,source\n${injection},WASTING,2019,1,20,x`,
    ),
    admin: true,
  },
  { name: 'injection in feature kode', body: importFc([feature(injection, square)]), admin: true },
  { name: 'injection in upsert kode', body: upsert({ kode: injection }), admin: true },
  { name: 'right-to-left text in kode', body: region('\u202e61.23') },
  { name: 'emoji in indicator code', body: value({ c: '📈STUNTING' }) },
  { name: 'null byte in period', body: value({ p: '2023\u0000' }) },
  { name: '100k-character kode', body: region('3'.repeat(100_000)) },
  { name: 'combining marks in upsert period', body: upsert({ period: '2019\u0301' }), admin: true },
  // GeoJSON that is not a usable polygon.
  {
    name: 'unclosed ring',
    body: importFc([
      feature('99.01.01.2001', [
        [
          [100, 0],
          [100.1, 0],
          [100.1, 0.1],
          [100, 0.1],
        ],
      ]),
    ]),
    admin: true,
  },
  {
    name: 'ring of three positions',
    body: importFc([
      feature('99.01.01.2001', [
        [
          [100, 0],
          [100.1, 0],
          [100, 0],
        ],
      ]),
    ]),
    admin: true,
  },
  {
    name: 'collinear ring (nothing left after repair)',
    body: importFc([
      feature('99.01.01.2001', [
        [
          [100, 0],
          [100.1, 0],
          [100.2, 0],
          [100, 0],
        ],
      ]),
    ]),
    admin: true,
  },
  {
    name: 'NaN coordinate',
    body: importFc([
      feature('99.01.01.2001', [
        [
          [100, 0],
          ['NaN', 0],
          [100.1, 0.1],
          [100, 0],
        ],
      ]),
    ]),
    admin: true,
  },
  {
    name: 'Infinity coordinate (1e999)',
    body: importFc([feature('99.01.01.2001', square)]).replace('100.1,0.1', '1e999,0.1'),
    admin: true,
  },
  {
    name: 'longitude out of range',
    body: importFc([
      feature('99.01.01.2001', [
        [
          [190, 0],
          [190.1, 0],
          [190.1, 0.1],
          [190, 0],
        ],
      ]),
    ]),
    admin: true,
  },
  {
    name: 'latitude out of range',
    body: importFc([
      feature('99.01.01.2001', [
        [
          [100, 91],
          [100.1, 91],
          [100.1, 91.1],
          [100, 91],
        ],
      ]),
    ]),
    admin: true,
  },
  {
    name: 'Point instead of polygon',
    body: importFc([feature('99.01.01.2001', [100, 0], 'Point')]),
    admin: true,
  },
  {
    name: 'more vertices than the cap',
    body: importFc([feature('99.01.01.2001', manyVertices)]),
    admin: true,
  },
  {
    name: 'not a FeatureCollection',
    body: q(
      'mutation($fc: GeoJSON!) { importBoundaries(featureCollection: $fc, source: "x") { unknown } }',
      { fc: { type: 'Polygon', coordinates: square } },
    ),
    admin: true,
  },
  {
    name: 'GeoJSON scalar given a string',
    body: q(
      'mutation($fc: GeoJSON!) { importBoundaries(featureCollection: $fc, source: "x") { unknown } }',
      { fc: 'FeatureCollection' },
    ),
    admin: true,
  },
  { name: 'regionAt latitude 91', body: at(107, 91) },
  { name: 'regionAt longitude -181', body: at(-181, 0) },
  // Limits.
  { name: 'first above the cap', body: regions({ f: 501 }) },
  { name: 'first of a billion', body: regions({ f: 1_000_000_000 }) },
  { name: 'negative first', body: regions({ f: -1 }) },
  {
    name: 'depth bomb',
    body: q(
      `{ region(kode: "32.16.01.2001") { ${'parent { '.repeat(30)}kode${' }'.repeat(30)} } }`,
    ),
  },
  {
    name: 'alias bomb',
    body: q(
      `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: region(kode: "32.16") { nama }`).join(' ')} }`,
    ),
  },
  {
    name: 'nested connections (complexity)',
    body: q(
      '{ regions(level: KECAMATAN, first: 500) { nodes { children(first: 500) { nodes { children(first: 500) { nodes { kode } } } } } } }',
    ),
  },
  {
    name: 'fragment cycle',
    body: q(
      'query { region(kode: "32.16") { ...A } } fragment A on Region { parent { ...B } } fragment B on Region { parent { ...A } }',
    ),
  },
  { name: 'body over 1 MB', body: q(`{ __typename } # ${'x'.repeat(1_100_000)}`) },
  {
    name: 'declared length over the cap',
    body: q('{ __typename }'),
    headers: { 'content-length': '5000000' },
  },
];

const good = q('{ region(kode: "32.16.01") { nama } }');

describe('hostile and malformed requests', () => {
  it('has at least 60 of them', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
  });

  it.each(corpus.map((c) => [c.name, c] as const))(
    '%s: a coded error, no stack, no 500; then service as usual',
    async (_name, c) => {
      const headers: Record<string, string> = { ...(c.headers ?? {}) };
      if (c.contentType !== null) headers['content-type'] = c.contentType ?? 'application/json';
      if (c.admin) headers.authorization = `Bearer ${admin}`;
      const method = c.method ?? 'POST';
      let response: Response;
      try {
        response = await fetch(`${http.url}${c.path ?? '/graphql'}`, {
          method,
          headers,
          body: method === 'GET' || method === 'DELETE' ? undefined : (c.body ?? ''),
        });
      } catch (error) {
        // A declared length the body does not have: the client refuses to send it at all.
        expect(c.name).toBe('declared length over the cap');
        expect(String((error as Error).cause ?? error)).toMatch(/content-length|length/i);
        return;
      }
      expect(response.status).toBeLessThan(500);
      const text = await response.text();
      const body = JSON.parse(text) as GraphQLBody;
      expect(body.errors?.length ?? 0).toBeGreaterThan(0);
      for (const error of body.errors ?? []) {
        expect(typeof error.extensions?.code).toBe('string');
        expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
      }
      expect(text).not.toMatch(/stacktrace|node_modules|\bat \w+ \(|Prisma|DriverAdapter/);

      const next = await fetch(`${http.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: good,
      });
      expect(next.status).toBe(200);
      expect(await next.json()).toEqual({ data: { region: { nama: 'Tarumajaya' } } });
    },
  );
});
