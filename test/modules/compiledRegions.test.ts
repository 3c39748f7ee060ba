import type { ApolloServer } from '@apollo/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.ts';
import { type Context, createContext } from '../../src/context.ts';
import { db } from '../../src/db/client.ts';
import { recordStatements } from '../../src/db/statementLog.ts';
import { clearGeometryCaches } from '../../src/modules/region/region.loaders.ts';
import { stringifyResponse } from '../../src/scalars/rawJson.ts';
import { plannedAndExecuted, singleResult, viewers } from '../helpers/execute.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

/**
 * Region pages answered by a plan (src/modules/indicator/indicator.compiled.ts) must be the very
 * bytes graphql-js writes for the same operation, variables and viewer: each case runs on a
 * server with plans and on one without (COMPILED_QUERIES=off), both without the answer cache, and
 * the response texts are compared. The statement log shows which path answered: only a plan
 * reads regions with `LEFT JOIN "region" p`.
 */

let planned: ApolloServer<Context>;
let executed: ApolloServer<Context>;

beforeAll(async () => {
  await testDatabase();
  ({ planned, executed } = plannedAndExecuted());
});

const planSql = /FROM "region" r LEFT JOIN "region" p/;

async function answer(
  server: ApolloServer<Context>,
  query: string,
  variables: Record<string, unknown> | undefined,
  viewer: Viewer | undefined,
) {
  const { result, statements } = await recordStatements(() =>
    server.executeOperation(
      { query, variables },
      { contextValue: createContext({ requestId: 'compiled-test', viewer }) },
    ),
  );
  return {
    text: stringifyResponse(singleResult(result)),
    viaPlan: statements.some((s) => planSql.test(s.sql)),
  };
}

const officer = viewers.officer('32.16.01');
const viewerCases: [string, Viewer | undefined][] = [
  ['public', undefined],
  ['analyst', viewers.analyst],
  ['officer of 32.16.01', officer],
];

const allValueFields = `code period source numerator denominator value ciLow ciHigh standardError
  method synthetic suppressed suppressionReason aggregated reportingRegions expectedRegions __typename`;

const plannedCases: [string, string, Record<string, unknown>?][] = [
  [
    'the bench choropleth (desa of a kabupaten, boundary and rate)',
    `query Choropleth($kode: ID!) { regions(level: DESA, parentKode: $kode, first: 500) {
       totalCount nodes { kode nama geometry(simplifyMeters: 50, precision: 5)
         indicator(code: "STUNTING", period: "2023") { value } } } }`,
    { kode: '32.16' },
  ],
  [
    'every plannable field, aliases and type names, kecamatan (sums over desa)',
    `{ __typename list: regions(level: KECAMATAN, parentKode: "32.16", first: 500) {
       __typename count: totalCount nodes { __typename k: kode nama level source areaKm2
         geometrySource centroid bbox geometry
         up: parent { __typename kode nama level source areaKm2 geometrySource }
         s: indicator(code: "STUNTING", period: "2023") { ${allValueFields} }
         w: indicator(code: "WASTING", period: "2023") { value suppressed }
         severe: indicator(code: "SEVERE_STUNTING", period: "2022") { ${allValueFields} } } } }`,
  ],
  [
    'a page shorter than the listing (totalCount counted), desa with every value field',
    `{ regions(level: DESA, parentKode: "32.16.01", first: 3) { totalCount nodes { kode
         indicator(code: "STUNTING", period: "2023") { ${allValueFields} } } } }`,
  ],
  [
    'the default page size, all kabupaten of the country, no parentKode',
    `{ regions(level: KABUPATEN) { totalCount nodes { kode nama parent { kode }
         indicator(code: "STUNTING", period: "2023") { value numerator denominator aggregated } } } }`,
  ],
  [
    'a named source and a period with no values',
    `{ regions(level: DESA, parentKode: "32.16.02", first: 500) { nodes { kode
         a: indicator(code: "STUNTING", period: "2023", source: "e-PPGBM") { value source }
         b: indicator(code: "STUNTING", period: "1999") { value } } } }`,
  ],
  [
    'region detail (the bench query) and two roots',
    `query Detail($kode: ID!) {
       region(kode: $kode) { kode nama level areaKm2 centroid geometry(simplifyMeters: 20)
         parent { kode nama } indicator(code: "STUNTING", period: "2023") { value numerator denominator } }
       kab: region(kode: "32.16") { kode nama parent { kode nama level } geometry(precision: 3) }
       none: region(kode: "32.16.99.9999") { kode } }`,
    { kode: '32.16.01.2001' },
  ],
  ['a province, which has no parent', `{ region(kode: "32") { kode parent { kode } bbox } }`],
];

describe('region pages answered by a plan', () => {
  for (const [name, query, variables] of plannedCases) {
    for (const [who, viewer] of viewerCases) {
      it(`${name} — ${who}: the same bytes as graphql-js`, async () => {
        const fast = await answer(planned, query, variables, viewer);
        const slow = await answer(executed, query, variables, viewer);
        expect(fast.viaPlan, 'answered by the plan').toBe(true);
        expect(slow.viaPlan).toBe(false);
        expect(JSON.parse(fast.text).errors).toBeUndefined();
        expect(fast.text).toBe(slow.text);
      });
    }
  }

  const details: [string, string][] = [
    [
      'a desa with its value, boundary, inner point and box',
      `{ region(kode: "32.16.01.2001") { kode nama level areaKm2 centroid bbox
         geometry(simplifyMeters: 20) parent { kode nama }
         indicator(code: "STUNTING", period: "2023") { value numerator denominator } } }`,
    ],
    [
      'a kecamatan with two boundaries (on and off the stored ladder) and an inner point',
      `{ region(kode: "32.16.01") { kode centroid a: geometry(simplifyMeters: 50, precision: 5)
         b: geometry(simplifyMeters: 37, precision: 4) c: geometry(simplifyMeters: 50, precision: 5)
         } }`,
    ],
    ['a kabupaten, unsimplified', `{ region(kode: "32.16") { kode geometry bbox } }`],
  ];
  for (const [name, query] of details) {
    it(`reads ${name} in one statement with the boundary cache empty, the same bytes`, async () => {
      clearGeometryCaches();
      const { result, statements } = await recordStatements(() =>
        planned.executeOperation(
          { query },
          { contextValue: createContext({ requestId: 'cold', viewer: viewers.analyst }) },
        ),
      );
      const fast = stringifyResponse(singleResult(result));
      expect(statements.map((s) => s.sql)).toEqual([expect.stringMatching(planSql)]);
      clearGeometryCaches();
      const slow = await answer(executed, query, undefined, viewers.analyst);
      expect(slow.viaPlan).toBe(false);
      expect(JSON.parse(fast).errors).toBeUndefined();
      expect(fast).toBe(slow.text);
      expect(JSON.parse(fast).data.region.kode).toBeTruthy();
    });
  }

  it('leaves a cached boundary out of the statement, and reads a changed one again', async () => {
    const kode = '32.16.01.2002';
    const query = `{ region(kode: "${kode}") { kode centroid geometry(simplifyMeters: 20) } }`;
    const run = () =>
      recordStatements(() =>
        planned.executeOperation(
          { query },
          { contextValue: createContext({ requestId: 'warm', viewer: viewers.analyst }) },
        ),
      );
    clearGeometryCaches();
    const cold = await run();
    const before = stringifyResponse(singleResult(cold.result));
    expect(cold.statements.map((s) => s.sql)).toEqual([expect.stringMatching(/ST_AsGeoJSON/)]);
    const warm = await run();
    expect(stringifyResponse(singleResult(warm.result))).toBe(before);
    expect(warm.statements).toHaveLength(1);
    expect(warm.statements[0]?.sql).not.toMatch(/ST_AsGeoJSON/);
    const [saved] = await db.$queryRaw<{ wkb: string }[]>`
      SELECT encode(ST_AsEWKB(geom), 'hex') AS wkb FROM region WHERE kode = ${kode}`;
    try {
      await db.$executeRaw`UPDATE region SET geom = ST_Translate(geom, 0.01, 0) WHERE kode = ${kode}`;
      const moved = await run();
      const after = stringifyResponse(singleResult(moved.result));
      expect(after).not.toBe(before);
      clearGeometryCaches();
      expect(after).toBe((await answer(executed, query, undefined, viewers.analyst)).text);
    } finally {
      await db.$executeRaw`UPDATE region SET geom = ST_GeomFromEWKB(decode(${saved?.wkb}, 'hex'))
        WHERE kode = ${kode}`;
    }
    clearGeometryCaches();
    expect(stringifyResponse(singleResult((await run()).result))).toBe(before);
  });

  it('reads a desa detail with its value in one statement (boundaries cached)', async () => {
    const query = `{ region(kode: "32.16.01.2001") { kode nama geometry(simplifyMeters: 20)
      indicator(code: "STUNTING", period: "2023") { value numerator denominator } } }`;
    await answer(planned, query, undefined, viewers.analyst);
    const run = () =>
      recordStatements(() =>
        planned.executeOperation(
          { query },
          { contextValue: createContext({ requestId: 'one', viewer: viewers.analyst }) },
        ),
      );
    const { result, statements } = await run();
    expect(statements).toHaveLength(1);
    expect(statements[0]?.sql).toMatch(planSql);
    const value = JSON.parse(stringifyResponse(singleResult(result))).data.region.indicator;
    expect(value.value).toBeCloseTo((100 * value.numerator) / value.denominator, 12);
  });

  it('hides for the public what it hides under graphql-js (suppressed cells exist in the case)', async () => {
    const query = `{ regions(level: DESA, parentKode: "32.16", first: 500) { nodes { kode
      indicator(code: "STUNTING", period: "2023") { value numerator suppressed } } } }`;
    const fast = await answer(planned, query, undefined, undefined);
    const nodes = JSON.parse(fast.text).data.regions.nodes as {
      indicator: { suppressed: boolean; numerator: number | null } | null;
    }[];
    const suppressed = nodes.filter((n) => n.indicator?.suppressed);
    expect(suppressed.length).toBeGreaterThan(0);
    expect(suppressed.every((n) => n.indicator?.numerator === null)).toBe(true);
    expect(fast.text).toBe((await answer(executed, query, undefined, undefined)).text);
  });

  const unplanned: [string, string][] = [
    [
      'a fragment',
      `{ regions(level: DESA, parentKode: "32.16", first: 2) { nodes { ...on Desa { jenis } } } }`,
    ],
    [
      'a directive',
      `{ regions(level: DESA, parentKode: "32.16", first: 2) { nodes { kode @include(if: true) } } }`,
    ],
    // (Cursors themselves differ on every answer: sealed with a fresh IV.)
    [
      'edges and pageInfo',
      `{ regions(level: DESA, parentKode: "32.16", first: 2) { pageInfo { hasNextPage } edges { node { kode } } } }`,
    ],
    ['children', `{ region(kode: "32.16") { children(first: 2) { nodes { kode } } } }`],
    ['another root field', `{ region(kode: "32.16") { kode } indicators { code } }`],
  ];
  for (const [name, query] of unplanned) {
    it(`leaves ${name} to graphql-js, with the same answer`, async () => {
      const fast = await answer(planned, query, undefined, viewers.analyst);
      const slow = await answer(executed, query, undefined, viewers.analyst);
      expect(fast.viaPlan).toBe(false);
      expect(fast.text).toBe(slow.text);
    });
  }

  const refused: [string, string, string][] = [
    ['a malformed kode', `{ region(kode: "32.16.x") { kode } }`, 'BAD_USER_INPUT'],
    [
      'a malformed parentKode',
      `{ regions(level: DESA, parentKode: "3216", first: 5) { nodes { kode } } }`,
      'BAD_USER_INPUT',
    ],
    [
      'an unknown indicator',
      `{ regions(level: DESA, parentKode: "32.16", first: 5) { nodes { indicator(code: "NOPE", period: "2023") { value } } } }`,
      'BAD_USER_INPUT',
    ],
    [
      'a bad period',
      `{ region(kode: "32.16") { indicator(code: "STUNTING", period: "2023-13") { value } } }`,
      'BAD_USER_INPUT',
    ],
    [
      'a page too large',
      `{ regions(level: DESA, first: 501) { nodes { kode } } }`,
      'BAD_USER_INPUT',
    ],
    ['a bad precision', `{ region(kode: "32.16") { geometry(precision: 16) } }`, 'BAD_USER_INPUT'],
  ];
  for (const [name, query, code] of refused) {
    it(`gives ${name} the error graphql-js gives (${code})`, async () => {
      const fast = await answer(planned, query, undefined, viewers.analyst);
      const slow = await answer(executed, query, undefined, viewers.analyst);
      expect(fast.text).toBe(slow.text);
      expect(JSON.parse(fast.text).errors?.[0]?.extensions?.code).toBe(code);
    });
  }
});
