import type { ApolloServer } from '@apollo/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.ts';
import { type Context, createContext } from '../../src/context.ts';
import { plannedAnswers } from '../../src/ops/metrics.ts';
import { stringifyResponse } from '../../src/scalars/rawJson.ts';
import { plannedAndExecuted, singleResult, viewers } from '../helpers/execute.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

/**
 * Choropleths and spatial autocorrelation answered by plans (src/modules/analytics/
 * analytics.compiled.ts, src/modules/plan/plan.exposed.ts) must be the very
 * bytes graphql-js writes for the same operation, variables and viewer: each case runs on a
 * server with plans and on one without (COMPILED_QUERIES=off), both without the answer cache, and
 * the response texts are compared. The `petagizi_graphql_planned_total` counter shows which path
 * answered.
 */

let planned: ApolloServer<Context>;
let executed: ApolloServer<Context>;

beforeAll(async () => {
  await testDatabase();
  ({ planned, executed } = plannedAndExecuted());
});

async function plannedCount(): Promise<Record<string, number>> {
  const metric = await plannedAnswers.get();
  return Object.fromEntries(metric.values.map((v) => [String(v.labels.result), v.value]));
}

async function answer(
  server: ApolloServer<Context>,
  query: string,
  variables: Record<string, unknown> | undefined,
  viewer: Viewer | undefined,
) {
  const before = await plannedCount();
  const result = await server.executeOperation(
    { query, variables },
    { contextValue: createContext({ requestId: 'compiled-choropleth', viewer }) },
  );
  const after = await plannedCount();
  const grew = (result: string) => (after[result] ?? 0) - (before[result] ?? 0);
  return {
    text: stringifyResponse(singleResult(result)),
    viaPlan: grew('answered') === 1,
    gaveUp: grew('gave_up') === 1,
  };
}

const viewerCases: [string, Viewer | undefined][] = [
  ['public', undefined],
  ['analyst', viewers.analyst],
  ['officer of 32.16.01', viewers.officer('32.16.01')],
];

const plannedCases: [string, string, Record<string, unknown>?][] = [
  [
    "the province bench's values (desa of a kabupaten)",
    `query Values($kode: ID!) { choropleth(level: DESA, parentKode: $kode, indicator: "STUNTING",
       period: "2023") { breaks classes { index lower upper count } regions { kode value classIndex } } }`,
    { kode: '32.16' },
  ],
  [
    'every field, aliases and type names, Jenks in 4 classes, empirical Bayes',
    `{ __typename c: choropleth(level: DESA, parentKode: "32.16", indicator: "STUNTING", period: "2023",
       method: JENKS, classes: 4, smoothing: EMPIRICAL_BAYES) {
       __typename b: breaks n: noDataCount
       classes { __typename i: index lower upper upperInclusive count }
       regions { __typename k: kode nama value rawValue classIndex suppressed }
       fc: featureCollection(simplifyMeters: 50, precision: 5) } }`,
  ],
  [
    'kecamatan (sums over desa), spatial smoothing, default feature collection',
    `{ choropleth(level: KECAMATAN, parentKode: "32.16", indicator: "STUNTING", period: "2023",
       smoothing: SPATIAL_EMPIRICAL_BAYES, method: EQUAL_INTERVAL) {
       noDataCount breaks regions { kode suppressed classIndex } featureCollection } }`,
  ],
  [
    "the province bench's LISA (999 permutations, seeded)",
    `query Lisa($kode: ID!) { spatialAutocorrelation(level: DESA, parentKode: $kode,
       indicator: "STUNTING", period: "2023", permutations: 999, seed: 42) {
       moran { i z p } regions { kode localI pseudoP quadrant significant giStarZ } } }`,
    { kode: '32.16' },
  ],
  [
    'every LISA field, aliases and type names, no permutations, kecamatan, a choropleth beside it',
    `{ s: spatialAutocorrelation(level: KECAMATAN, parentKode: "32.16", indicator: "STUNTING",
         period: "2023", permutations: 0, alpha: 0.1, smoothing: EMPIRICAL_BAYES) {
         __typename islands permutations seed
         m: moran { __typename i expected variance z p pTwoSided n }
         regions { __typename kode value rawValue neighbors localI expected variance z p pseudoP
           pseudoPFolded q: quadrant significant significantFdr giStarZ excludedReason } }
       choropleth(level: DESA, parentKode: "32.16.01", indicator: "STUNTING", period: "2023") {
         breaks } }`,
  ],
  [
    'a period without values (no breaks, every region no data) next to a region page',
    `{ none: choropleth(level: DESA, parentKode: "32.16.01", indicator: "STUNTING", period: "1999") {
         breaks classes { count } noDataCount regions { kode value classIndex } }
       regions(level: KECAMATAN, parentKode: "32.16", first: 3) { nodes { kode } } }`,
  ],
];

describe('choropleths and spatial autocorrelation answered by plans', () => {
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

  it('hides for the public what it hides under graphql-js (suppressed cells exist in the case)', async () => {
    const query = `{ choropleth(level: DESA, parentKode: "32.16", indicator: "STUNTING", period: "2023") {
      regions { kode value classIndex suppressed } } }`;
    const fast = await answer(planned, query, undefined, undefined);
    const regions = JSON.parse(fast.text).data.choropleth.regions as {
      value: number | null;
      classIndex: number | null;
      suppressed: boolean;
    }[];
    const hidden = regions.filter((r) => r.suppressed);
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((r) => r.value === null && r.classIndex === null)).toBe(true);
    expect(fast.viaPlan).toBe(true);
    expect(fast.text).toBe((await answer(executed, query, undefined, undefined)).text);
  });

  const unplanned: [string, string][] = [
    [
      'a fragment',
      `{ choropleth(level: DESA, parentKode: "32.16", indicator: "STUNTING", period: "2023") {
         ...on Choropleth { breaks } } }`,
    ],
    [
      'a directive',
      `{ choropleth(level: DESA, parentKode: "32.16", indicator: "STUNTING", period: "2023") {
         breaks @skip(if: false) } }`,
    ],
    [
      'another root field',
      `{ choropleth(level: DESA, parentKode: "32.16", indicator: "STUNTING", period: "2023") {
         breaks } indicators { code } }`,
    ],
  ];
  for (const [name, query] of unplanned) {
    it(`leaves ${name} to graphql-js, with the same answer`, async () => {
      const fast = await answer(planned, query, undefined, viewers.analyst);
      const slow = await answer(executed, query, undefined, viewers.analyst);
      expect(fast.viaPlan).toBe(false);
      expect(fast.gaveUp).toBe(false);
      expect(JSON.parse(fast.text).errors).toBeUndefined();
      expect(fast.text).toBe(slow.text);
    });
  }

  const refused: [string, string, string][] = [
    [
      'an unknown indicator',
      `{ choropleth(level: DESA, parentKode: "32.16", indicator: "NOPE", period: "2023") { breaks } }`,
      'BAD_USER_INPUT',
    ],
    [
      'a bad period',
      `{ choropleth(level: DESA, parentKode: "32.16", indicator: "STUNTING", period: "2023-13") { breaks } }`,
      'BAD_USER_INPUT',
    ],
    [
      'too many classes',
      `{ choropleth(level: DESA, parentKode: "32.16", indicator: "STUNTING", period: "2023", classes: 21) { breaks } }`,
      'BAD_USER_INPUT',
    ],
    [
      'a parent of the wrong level',
      `{ choropleth(level: KECAMATAN, parentKode: "32.16.01", indicator: "STUNTING", period: "2023") { breaks } }`,
      'BAD_USER_INPUT',
    ],
    [
      'too few permutations',
      `{ spatialAutocorrelation(level: DESA, parentKode: "32.16", indicator: "STUNTING", period: "2023",
         permutations: 5) { moran { i } } }`,
      'BAD_USER_INPUT',
    ],
    [
      'an alpha out of range',
      `{ spatialAutocorrelation(level: DESA, parentKode: "32.16", indicator: "STUNTING", period: "2023",
         alpha: 2) { moran { i } } }`,
      'BAD_USER_INPUT',
    ],
    [
      'a bad simplification (the breaks answered, the collection null)',
      `{ choropleth(level: DESA, parentKode: "32.16.01", indicator: "STUNTING", period: "2023") {
         breaks featureCollection(simplifyMeters: -1) } }`,
      'BAD_USER_INPUT',
    ],
  ];
  for (const [name, query, code] of refused) {
    it(`gives ${name} the error graphql-js gives (${code})`, async () => {
      const fast = await answer(planned, query, undefined, viewers.analyst);
      const slow = await answer(executed, query, undefined, viewers.analyst);
      expect(fast.gaveUp).toBe(true);
      expect(fast.text).toBe(slow.text);
      expect(JSON.parse(fast.text).errors?.[0]?.extensions?.code).toBe(code);
    });
  }
});
