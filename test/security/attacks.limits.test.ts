import { getIntrospectionQuery, Kind, parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLBody, startTestHttp, type TestHttp } from '../helpers/httpServer.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

// Issue 12, class 1: limits on every field, the ones plugins add included. Each attack is refused
// over HTTP with a coded 400 before any resolver runs, and cheaply (the refusal is timed against
// a generous bound: the unprotected server spent 27 s on one of them, or died).

let http: TestHttp;

beforeAll(async () => {
  await testDatabase();
  http = await startTestHttp({
    config: (c) => ({ ...c, limits: { ...c.limits, ratePerMinute: 0 } }),
  });
});

afterAll(async () => {
  await http.close();
});

const json = async (response: Response) => (await response.json()) as GraphQLBody;
const aliases = (n: number, selection: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${selection}`).join(' ')} }`;

async function refused(body: unknown, kind?: string) {
  const started = performance.now();
  const response = await http.post(body);
  const elapsed = performance.now() - started;
  const answer = await json(response);
  expect(response.status).toBe(400);
  expect(answer.data).toBeUndefined();
  expect(answer.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  if (kind) expect(answer.errors?.[0]?.extensions?.kind).toBe(kind);
  expect(elapsed).toBeLessThan(2000);
  return answer.errors?.[0] as { message: string; extensions: Record<string, unknown> };
}

describe('over-limit via _service', () => {
  it('refuses 2,000 aliases of _service { sdl } while parsing (token limit)', async () => {
    const error = await refused({ query: aliases(2000, '_service { sdl }') }, 'tokens');
    expect(error.extensions).toMatchObject({ limit: 10_000 });
  });

  it('prices _service like a full schema: 20 copies are over the complexity limit', async () => {
    const error = await refused({ query: aliases(20, '_service { sdl }') }, 'complexity');
    expect(error.extensions).toMatchObject({ value: 40_000, limit: 20_000 });
  });
});

describe('over-limit via introspection', () => {
  it('refuses 600 aliases of nested __schema', async () => {
    await refused({ query: aliases(600, '__schema { types { fields { type { name } } } }') });
  });

  it('prices __schema by what it returns: a few nested copies are over the limit', async () => {
    await refused(
      {
        query: aliases(
          3,
          '__schema { types { fields { type { fields { type { fields { name } } } } } } }',
        ),
      },
      'complexity',
    );
  });

  it('still answers a full introspection (GraphiQL, codegen)', async () => {
    const response = await http.post({
      query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }),
    });
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body.errors).toBeUndefined();
    if (!body.data) throw new Error('no data');
    expect((body.data.__schema as { types: unknown[] }).types.length).toBeGreaterThan(50);
  });

  it('lets one full introspection through whatever the schema grows to, and refuses two', async () => {
    // An introspection may cost at least one full introspection of the served schema; two of
    // them as aliases cost twice that and are refused.
    const document = parse(
      getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }),
    );
    const [operation, ...fragments] = document.definitions;
    if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
    const schemaField = print(operation.selectionSet.selections[0] as Parameters<typeof print>[0]);
    const twice = `query Twice { a: ${schemaField} b: ${schemaField} } ${fragments.map(print).join(' ')}`;
    await refused({ query: twice });
    const once = await http.post({
      query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }),
    });
    expect(once.status).toBe(200);
    // Data queries keep the configured limit (the _service test above: limit 20,000).
  });
});

describe('over-limit via _entities', () => {
  const nested = (levels: number) => {
    let selection = 'kode';
    for (let i = 0; i < levels; i += 1) selection = `kode neighbors { ${selection} }`;
    return `query($r: [_Any!]!) { _entities(representations: $r) { ... on Desa { ${selection} } } }`;
  };
  const one = [{ __typename: 'Desa', kode: '32.16.01.2001' }];

  it('refuses neighbors nested 7 levels under _entities', async () => {
    const error = await refused({ query: nested(7), variables: { r: one } }, 'complexity');
    expect(Number(error.extensions.value)).toBeGreaterThan(1_000_000);
  });

  it('prices _entities by its representations (variables measured before execution)', async () => {
    const r = Array.from({ length: 500 }, () => one[0]);
    const query =
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Desa { children(first: 100) { nodes { kode } } } } }';
    await refused({ query, variables: { r } }, 'complexity');
    // One representation of the same query is fine.
    const ok = await http.post({ query, variables: { r: one } });
    expect(ok.status).toBe(200);
  });

  it('answers one level of neighbours', async () => {
    const response = await http.post({ query: nested(1), variables: { r: one } });
    const body = await json(response);
    expect(body.errors).toBeUndefined();
    if (!body.data) throw new Error('no data');
    const [entity] = body.data._entities as { kode: string; neighbors: unknown[] }[];
    expect(entity?.kode).toBe('32.16.01.2001');
  });
});

describe('aliases and breadth', () => {
  it('refuses 20,000 aliases in well under a second of work', async () => {
    await refused({ query: aliases(20_000, '__typename') }, 'tokens');
  });

  it('caps aliased selections', async () => {
    const error = await refused({ query: aliases(101, '__typename') }, 'aliases');
    expect(error.extensions).toMatchObject({ value: 101, limit: 100 });
  });

  it('expands fragments with bounded work (a fragment bomb is refused on breadth)', async () => {
    const levels = 12;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    ).join('\n');
    const query = `{ ...F0 }\n${fragments}\nfragment F${levels} on Query { __typename }`;
    await refused({ query }, 'breadth');
  });
});

describe('complexity that matches what a query returns', () => {
  it('lets region → children → children pass with default pages', async () => {
    const response = await http.post({
      query:
        '{ region(kode: "32.16") { children { nodes { kode children { nodes { kode nama } } } } } }',
    });
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body.errors).toBeUndefined();
    if (!body.data) throw new Error('no data');
    const kecamatan = (body.data.region as { children: { nodes: unknown[] } }).children.nodes;
    expect(kecamatan).toHaveLength(23);
  });

  it('names the field to give a smaller `first` when over the limit', async () => {
    const error = await refused(
      {
        query:
          '{ regions(level: KECAMATAN, first: 100) { nodes { children(first: 500) { nodes { kode } } } } }',
      },
      'complexity',
    );
    expect(error.extensions).toMatchObject({ field: 'regions.nodes.children', first: 500 });
    expect(error.message).toMatch(/regions\.nodes\.children .*smaller `first`/);
  });

  it('measures page sizes passed as variables before execution', async () => {
    const query =
      'query($f: Int) { regions(level: KECAMATAN, first: 100) { nodes { children(first: $f) { nodes { kode } } } } }';
    const error = await refused({ query, variables: { f: 500 } }, 'complexity');
    expect(error.extensions).toMatchObject({ field: 'regions.nodes.children' });
    expect((await http.post({ query, variables: { f: 10 } })).status).toBe(200);
  });
});

describe('response size', () => {
  it('answers RESPONSE_TOO_LARGE instead of an answer above the cap', async () => {
    const small = await startTestHttp({
      config: (c) => ({ ...c, limits: { ...c.limits, maxResponseBytes: 2000, ratePerMinute: 0 } }),
    });
    try {
      const body = await json(
        await small.post({
          query:
            '{ regions(level: DESA, parentKode: "32.16", first: 200) { nodes { kode nama } } }',
        }),
      );
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'RESPONSE_TOO_LARGE',
        limit: 2000,
      });
      expect(Number(body.errors?.[0]?.extensions?.value)).toBeGreaterThan(2000);
    } finally {
      await small.close();
    }
  });
});
