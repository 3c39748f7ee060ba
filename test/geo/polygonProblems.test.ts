import { describe, expect, it } from 'vitest';
import { polygonProblems } from '../../src/geo/polygonProblems.ts';

const ring = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 0],
];

describe('polygonProblems', () => {
  it('accepts well-formed polygons and multipolygons', () => {
    expect(polygonProblems({ type: 'Polygon', coordinates: [ring] })).toEqual([]);
    expect(polygonProblems({ type: 'MultiPolygon', coordinates: [[ring], [ring]] })).toEqual([]);
  });

  it.each([
    [null, 'geometry is required'],
    [
      { type: 'Point', coordinates: [0, 0] },
      'geometry type must be Polygon or MultiPolygon, got "Point"',
    ],
    [{ type: 'Polygon' }, 'coordinates must be an array'],
    [{ type: 'MultiPolygon', coordinates: [] }, 'geometry has no polygons'],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [0, 0],
          ],
        ],
      },
      'ring 0 of polygon 0 has 3 positions, needs at least 4',
    ],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ],
      },
      'ring 0 of polygon 0 is not closed (first and last positions differ)',
    ],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [Number.NaN, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
      'ring 0 of polygon 0: position 1 must be [longitude −180..180, latitude −90..90], got [null,0]',
    ],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 95],
            [1, 1],
            [0, 0],
          ],
        ],
      },
      'ring 0 of polygon 0: position 1 must be [longitude −180..180, latitude −90..90], got [1,95]',
    ],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            ['1', 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
      'ring 0 of polygon 0: position 1 must be [longitude −180..180, latitude −90..90], got ["1",0]',
    ],
  ])('reports %j', (geometry, problem) => {
    expect(polygonProblems(geometry)).toEqual([problem]);
  });

  it('caps the number of positions', () => {
    const big = Array.from({ length: 2000 }, (_, i) => [Math.cos(i / 318), Math.sin(i / 318)]);
    big.push(big[0] as number[]);
    const problems = polygonProblems(
      { type: 'Polygon', coordinates: [big] },
      { maxVertices: 1000 },
    );
    expect(problems).toEqual(['geometry has 2001 positions, more than the limit of 1000']);
  });
});
