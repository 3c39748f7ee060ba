import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordStatements } from '../../src/db/statementLog.ts';
import { printSubgraph } from '../../src/modules/federation/federation.schema.ts';
import { subgraphSchema } from '../../src/schema.ts';
import { execute } from '../helpers/execute.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

beforeAll(async () => {
  await testDatabase();
});

const entities = parse(`
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Region { kode nama level }
      ... on Kabupaten { isKota }
    }
  }
`);

type EntitiesResult = {
  _entities: ({ __typename: string; kode: string; nama: string; level: string } | null)[];
};

describe('schema/subgraph.graphql', () => {
  it('matches the subgraph printed from the code (run `npm run print:subgraph` after changing it)', () => {
    const committed = readFileSync(
      new URL('../../schema/subgraph.graphql', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(printSubgraph(subgraphSchema));
  });

  it('links Federation 2.3 and keys Region and its four types by kode', () => {
    const sdl = printSubgraph(subgraphSchema);
    expect(sdl).toContain(
      '@link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])',
    );
    for (const type of [
      'interface Region',
      'type Provinsi',
      'type Kabupaten',
      'type Kecamatan',
      'type Desa',
    ]) {
      expect(sdl, type).toMatch(
        new RegExp(`${type}\\s+(implements Region\\s+)?@key\\(fields: "kode"\\)`),
      );
    }
  });
});

describe('Query._entities', () => {
  it('resolves a batch of references in one SQL statement, by type and by the Region interface', async () => {
    const desa = [
      '32.16.01.2001',
      '32.16.01.2002',
      '32.16.01.2003',
      '32.16.02.2001',
      '32.16.02.2002',
      '32.16.03.2001',
    ];
    const representations = [
      ...desa.map((kode) => ({ __typename: 'Desa', kode })),
      { __typename: 'Region', kode: '32.16' },
      { __typename: 'Region', kode: '32.16.01' },
      { __typename: 'Kabupaten', kode: '32.16' },
      // A kecamatan reference to a desa, and an unknown code: null, as `region(kode)` would be.
      { __typename: 'Kecamatan', kode: '32.16.01.2001' },
      { __typename: 'Desa', kode: '32.16.99.2999' },
    ];
    const { result, statements } = await recordStatements(() =>
      execute<EntitiesResult, { representations: unknown[] }>(entities, { representations }),
    );
    expect(result.errors).toBeUndefined();
    const found = result.data?._entities ?? [];
    expect(found.slice(0, desa.length).map((e) => e?.kode)).toEqual(desa);
    expect(found.slice(0, desa.length).every((e) => e?.__typename === 'Desa')).toBe(true);
    expect(found[desa.length]).toMatchObject({
      __typename: 'Kabupaten',
      kode: '32.16',
      nama: 'KABUPATEN BEKASI',
      isKota: false,
    });
    expect(found[desa.length + 1]).toMatchObject({ __typename: 'Kecamatan', kode: '32.16.01' });
    expect(found[desa.length + 2]).toMatchObject({ __typename: 'Kabupaten', kode: '32.16' });
    expect(found.slice(-2)).toEqual([null, null]);
    expect(statements).toHaveLength(1);
  });

  it('refuses a malformed kode with BAD_USER_INPUT', async () => {
    const result = await execute<EntitiesResult, { representations: unknown[] }>(entities, {
      representations: [{ __typename: 'Desa', kode: '32-16' }],
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('takes at most 500 representations per request', async () => {
    const representations = Array.from({ length: 501 }, () => ({
      __typename: 'Region',
      kode: '32.16',
    }));
    const result = await execute<EntitiesResult, { representations: unknown[] }>(entities, {
      representations,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('serves its SDL to routers through _service', async () => {
    const result = await execute<{ _service: { sdl: string } }, Record<string, never>>(
      parse('{ _service { sdl } }'),
    );
    expect(result.data?._service.sdl).toBe(printSubgraph(subgraphSchema).trimEnd());
  });
});
