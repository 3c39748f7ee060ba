import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { contiguityNeighbours } from '../../src/geo/contiguityNeighbours.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/geo/contiguityNeighbours/', import.meta.url));
const REGEN = process.env.REGEN === '1';
const realDesa = fileURLToPath(
  new URL('../../data/boundaries/kab_bekasi_desa_kelurahan.geojson', import.meta.url),
);
const haveReal = existsSync(realDesa);
if (!haveReal) {
  console.log(`[test] skipping QUEEN on the real desa against PostGIS: ${realDesa} is absent`);
}

type Collection = FeatureCollection<Polygon | MultiPolygon | null>;

function readInput(name: string): Collection {
  return JSON.parse(readFileSync(`${FIXTURES}in/${name}.geojson`, 'utf8'));
}

const inputs = readdirSync(`${FIXTURES}in`)
  .filter((file) => file.endsWith('.geojson'))
  .map((file) => file.replace(/\.geojson$/, ''))
  .sort();

describe('contiguityNeighbours', () => {
  it('has fixtures', () => {
    expect(inputs).toEqual(['contained', 'grid3x3', 'slivers', 'tJunction']);
  });

  for (const name of inputs) {
    it(`matches golden output: ${name}`, () => {
      const { features } = readInput(name);
      const actual = {
        queen: contiguityNeighbours(features, { kind: 'QUEEN' }),
        rook: contiguityNeighbours(features, { kind: 'ROOK' }),
      };
      const outPath = `${FIXTURES}out/${name}.json`;
      if (REGEN) writeFileSync(outPath, `${JSON.stringify(actual)}\n`);
      expect(existsSync(outPath), `missing ${outPath}; run with REGEN=1`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(outPath, 'utf8')));
    });
  }

  it('gives the textbook counts on a 3 × 3 grid', () => {
    // cells row-major from the south-west: 0 1 2 / 3 4 5 / 6 7 8
    const { features } = readInput('grid3x3');
    const count = (nb: number[][]) => nb.map((row) => row.length);
    expect(count(contiguityNeighbours(features, { kind: 'ROOK' }))).toEqual([
      2, 3, 2, 3, 4, 3, 2, 3, 2,
    ]);
    expect(count(contiguityNeighbours(features, { kind: 'QUEEN' }))).toEqual([
      3, 5, 3, 5, 8, 5, 3, 5, 3,
    ]);
    expect(contiguityNeighbours(features, { kind: 'ROOK' })[4]).toEqual([1, 3, 5, 7]);
    expect(contiguityNeighbours(features, { kind: 'QUEEN' })[0]).toEqual([1, 3, 4]);
  });

  it('counts edges shared across T-junctions, corners only for QUEEN, and leaves islands empty', () => {
    // A (0) spans under B (1) and C (2); D (3) is tall to the east; E (4) touches D at a corner;
    // F (5) is far away. No two touching rectangles share both end vertices of their common edge.
    const { features } = readInput('tJunction');
    expect(contiguityNeighbours(features, { kind: 'ROOK' })).toEqual([
      [1, 2, 3],
      [0, 2],
      [0, 1, 3],
      [0, 2],
      [],
      [],
    ]);
    expect(contiguityNeighbours(features, { kind: 'QUEEN' })).toEqual([
      [1, 2, 3],
      [0, 2],
      [0, 1, 3],
      [0, 2, 4],
      [3],
      [],
    ]);
  });

  it('bridges sub-metre gaps and overlaps, not wider gaps', () => {
    // G–H: 0.3 m gap; I–J: 0.3 m overlap; K–L: 3 m gap.
    const { features } = readInput('slivers');
    const expected = [[1], [0], [3], [2], [], []];
    expect(contiguityNeighbours(features, { kind: 'QUEEN' })).toEqual(expected);
    expect(contiguityNeighbours(features, { kind: 'ROOK' })).toEqual(expected);
    // without tolerance only the overlap counts (its boundaries cross)
    expect(contiguityNeighbours(features, { kind: 'QUEEN', toleranceMeters: 0 })).toEqual([
      [],
      [],
      [3],
      [2],
      [],
      [],
    ]);
    expect(contiguityNeighbours(features, { toleranceMeters: 5 })).toEqual([
      [1],
      [0],
      [3],
      [2],
      [5],
      [4],
    ]);
  });

  it('links a polygon to the one filling its hole, and one lying inside another', () => {
    // M has a hole that N fills; O lies inside N without touching it; P has no geometry.
    const { features } = readInput('contained');
    const expected = [[1], [0, 2], [1], []];
    expect(contiguityNeighbours(features, { kind: 'QUEEN' })).toEqual(expected);
    expect(contiguityNeighbours(features, { kind: 'ROOK' })).toEqual(expected);
  });

  it('checks its input', () => {
    expect(() => contiguityNeighbours(null as unknown as [])).toThrow('features is required');
    expect(() => contiguityNeighbours([], { toleranceMeters: -1 })).toThrow('toleranceMeters');
    expect(() =>
      contiguityNeighbours([{ type: 'Point', coordinates: [0, 0] } as unknown as Polygon]),
    ).toThrow('feature 0 must be a Polygon or MultiPolygon');
    expect(contiguityNeighbours([])).toEqual([]);
  });

  it.skipIf(!haveReal)(
    'agrees with PostGIS ST_DWithin(geography, 1 m) for QUEEN on the real Bekasi desa',
    async () => {
      const { db } = await testDatabase();
      const collection: Collection = JSON.parse(readFileSync(realDesa, 'utf8'));
      const { features } = collection;
      expect(features.length).toBe(187);
      const rows = await db.$queryRaw<{ i: number; j: number }[]>`
        WITH g AS (
          SELECT (u.ord - 1)::int AS i, ST_SetSRID(ST_GeomFromGeoJSON(u.json), 4326) AS geom
          FROM unnest(${features.map((f) => JSON.stringify(f.geometry))}::text[])
               WITH ORDINALITY AS u(json, ord)
        )
        SELECT a.i, b.i AS j FROM g a JOIN g b
          ON a.i < b.i AND ST_DWithin(a.geom::geography, b.geom::geography, 1)`;
      const reference: number[][] = features.map(() => []);
      for (const { i, j } of rows) {
        reference[i]?.push(j);
        reference[j]?.push(i);
      }
      for (const row of reference) row.sort((a, b) => a - b);
      const queen = contiguityNeighbours(features, { kind: 'QUEEN', toleranceMeters: 1 });
      expect(queen).toEqual(reference);
      // ROOK drops only corner contacts: a subset of QUEEN, symmetric, no islands here.
      const rook = contiguityNeighbours(features, { kind: 'ROOK', toleranceMeters: 1 });
      rook.forEach((row, i) => {
        for (const j of row) {
          expect(queen[i]).toContain(j);
          expect(rook[j]).toContain(i);
        }
      });
      expect(rook.every((row) => row.length > 0)).toBe(true);
    },
  );
});
