import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areaKm2 } from '../../src/geo/areaKm2.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/geo/areaKm2/', import.meta.url));
const REGEN = process.env.REGEN === '1';
const EARTH_RADIUS_M = 6371008.8;

const inputs = readdirSync(`${FIXTURES}in`)
  .filter((file) => file.endsWith('.geojson'))
  .sort();

function readInput(name: string): Feature | Geometry | FeatureCollection {
  return JSON.parse(readFileSync(`${FIXTURES}in/${name}.geojson`, 'utf8'));
}

describe('areaKm2', () => {
  it('has fixtures', () => {
    expect(inputs).toEqual(['multiPolygon.geojson', 'square.geojson', 'squareWithHole.geojson']);
  });

  for (const file of inputs) {
    const name = file.replace(/\.geojson$/, '');
    it(`matches golden output: ${name}`, () => {
      const actual = areaKm2(readInput(name));
      const outPath = `${FIXTURES}out/${name}.json`;
      if (REGEN) {
        writeFileSync(outPath, `${JSON.stringify({ areaKm2: actual }, null, 2)}\n`);
      }
      expect(existsSync(outPath), `missing ${outPath}; run with REGEN=1`).toBe(true);
      const expected = JSON.parse(readFileSync(outPath, 'utf8')) as { areaKm2: number };
      expect(Math.abs(actual - expected.areaKm2) / expected.areaKm2).toBeLessThan(1e-12);
    });
  }

  it('matches the spherical rectangle formula for the 0.1° square', () => {
    const rad = Math.PI / 180;
    const expectedM2 =
      EARTH_RADIUS_M ** 2 * (0.1 * rad) * Math.abs(Math.sin(-6.2 * rad) - Math.sin(-6.3 * rad));
    const actual = areaKm2(readInput('square'));
    expect(Math.abs(actual * 1e6 - expectedM2) / expectedM2).toBeLessThan(1e-6);
  });

  it('subtracts holes and sums multipolygon parts', () => {
    const square = areaKm2(readInput('square'));
    const withHole = areaKm2(readInput('squareWithHole'));
    expect(withHole).toBeLessThan(square);
    expect(withHole / square).toBeCloseTo(0.96, 3);
    const multi = areaKm2(readInput('multiPolygon'));
    expect(multi / square).toBeCloseTo(1.25, 2);
  });

  it('accepts geometries and feature collections', () => {
    const feature = readInput('square') as Feature;
    const collection: FeatureCollection = { type: 'FeatureCollection', features: [feature] };
    expect(areaKm2(feature.geometry)).toBe(areaKm2(feature));
    expect(areaKm2(collection)).toBe(areaKm2(feature));
  });

  it('rejects bad input', () => {
    expect(() => areaKm2(undefined as unknown as Geometry)).toThrow('geojson is required');
    expect(() => areaKm2({ type: 'Nope' } as unknown as Geometry)).toThrow(
      'geojson must be a Feature, FeatureCollection or Geometry',
    );
  });
});
