import { readFileSync } from 'node:fs';
import { buildSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema.ts';

describe('schema/schema.graphql', () => {
  it('matches the schema built from the code (run `npm run generate` after changing it)', () => {
    const committed = readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8');
    expect(printSchema(buildSchema(committed))).toBe(printSchema(schema));
  });

  it('keeps the names front-ends code against', () => {
    const region = schema.getType('Region');
    expect(region && 'getFields' in region && Object.keys(region.getFields()).sort()).toEqual(
      expect.arrayContaining([
        'areaKm2',
        'bbox',
        'centroid',
        'children',
        'geometry',
        'indicator',
        'kode',
        'level',
        'nama',
        'parent',
      ]),
    );
    for (const name of [
      'Provinsi',
      'Kabupaten',
      'Kecamatan',
      'Desa',
      'IndicatorValue',
      'RegionConnection',
    ]) {
      expect(schema.getType(name), name).toBeDefined();
    }
    const query = schema.getQueryType()?.getFields() ?? {};
    expect(Object.keys(query)).toEqual(
      expect.arrayContaining(['region', 'regions', 'regionAt', 'indicators']),
    );
  });
});
