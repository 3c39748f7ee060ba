import {
  area,
  booleanClockwise,
  feature,
  featureCollection,
  intersect,
  bbox as turfBbox,
} from '@turf/turf';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { nestedPartition, type PartitionNode } from '../../src/geo/nestedPartition.ts';

const BEKASI_BBOX: [number, number, number, number] = [106.9696, -6.4858, 107.2966, -5.9184];
// 187 desa/kelurahan in total (the first draft of these counts summed to 186).
const DESA_COUNTS = [8, 9, 7, 7, 6, 10, 7, 11, 11, 8, 8, 7, 13, 7, 7, 8, 6, 11, 7, 7, 8, 7, 7];

const tree: PartitionNode = {
  id: 'kab',
  children: DESA_COUNTS.map((count, k) => ({
    id: `kec-${k}`,
    children: Array.from({ length: count }, (_, d) => ({ id: `desa-${k}-${d}` })),
  })),
};

function parents(node: PartitionNode): PartitionNode[] {
  const children = node.children ?? [];
  if (children.length === 0) return [];
  return [node, ...children.flatMap(parents)];
}

function leaves(node: PartitionNode): PartitionNode[] {
  const children = node.children ?? [];
  return children.length === 0 ? [node] : children.flatMap(leaves);
}

function get(polygons: Map<string, Polygon>, id: string): Polygon {
  const polygon = polygons.get(id);
  if (!polygon) throw new Error(`missing polygon ${id}`);
  return polygon;
}

function boxesIntersect(a: number[], b: number[]): boolean {
  return (
    (a[0] as number) <= (b[2] as number) &&
    (b[0] as number) <= (a[2] as number) &&
    (a[1] as number) <= (b[3] as number) &&
    (b[1] as number) <= (a[3] as number)
  );
}

describe('nestedPartition (Kabupaten Bekasi)', () => {
  const polygons = nestedPartition(BEKASI_BBOX, tree, { seed: 20240601 });

  it('returns a polygon for every node', () => {
    expect(leaves(tree)).toHaveLength(187);
    expect(polygons.size).toBe(1 + 23 + 187);
    expect(get(polygons, 'kab').coordinates[0]).toEqual([
      [106.9696, -6.4858],
      [107.2966, -6.4858],
      [107.2966, -5.9184],
      [106.9696, -5.9184],
      [106.9696, -6.4858],
    ]);
  });

  it('(a) children areas sum to the parent area', () => {
    for (const parent of parents(tree)) {
      const parentArea = area(get(polygons, parent.id));
      const sum = (parent.children ?? []).reduce(
        (acc, child) => acc + area(get(polygons, child.id)),
        0,
      );
      expect(Math.abs(sum - parentArea) / parentArea).toBeLessThan(1e-9);
    }
  });

  it('(b) siblings do not overlap', () => {
    let checked = 0;
    for (const parent of parents(tree)) {
      const children = (parent.children ?? []).map((child) => get(polygons, child.id));
      for (let i = 0; i < children.length; i++) {
        for (let j = i + 1; j < children.length; j++) {
          const a = children[i] as Polygon;
          const b = children[j] as Polygon;
          if (!boxesIntersect(turfBbox(a), turfBbox(b))) continue;
          checked++;
          const overlap = intersect(featureCollection([feature(a), feature(b)]));
          if (overlap !== null) expect(area(overlap)).toBeLessThan(1e-6);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('(c) every child vertex lies within the parent rectangle', () => {
    for (const parent of parents(tree)) {
      const [w, s, e, n] = turfBbox(get(polygons, parent.id)) as [number, number, number, number];
      for (const child of parent.children ?? []) {
        for (const [x, y] of get(polygons, child.id).coordinates[0] as number[][]) {
          expect(x).toBeGreaterThanOrEqual(w);
          expect(x).toBeLessThanOrEqual(e);
          expect(y).toBeGreaterThanOrEqual(s);
          expect(y).toBeLessThanOrEqual(n);
        }
      }
    }
  });

  it('(d) is deterministic per seed', () => {
    const json = (seed: number) =>
      JSON.stringify([...nestedPartition(BEKASI_BBOX, tree, { seed }).entries()]);
    expect(json(20240601)).toBe(JSON.stringify([...polygons.entries()]));
    expect(json(20240601)).toBe(json(20240601));
    expect(json(20240602)).not.toBe(json(20240601));
  });

  it('(e) rings are closed and counter-clockwise', () => {
    for (const polygon of polygons.values()) {
      for (const ring of polygon.coordinates) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[ring.length - 1]).toEqual(ring[0]);
        expect(booleanClockwise(ring)).toBe(false);
      }
    }
  });

  it('(f) leaves have positive, not too uneven areas', () => {
    const leafAreas = leaves(tree).map((leaf) => area(get(polygons, leaf.id)));
    for (const leafArea of leafAreas) expect(leafArea).toBeGreaterThan(0);
    const mean = leafAreas.reduce((acc, a) => acc + a, 0) / leafAreas.length;
    expect(Math.min(...leafAreas)).toBeGreaterThanOrEqual(0.05 * mean);
  });

  it('rejects bad input', () => {
    expect(() =>
      nestedPartition(BEKASI_BBOX, undefined as unknown as PartitionNode, { seed: 1 }),
    ).toThrow('tree is required');
    expect(() =>
      nestedPartition(BEKASI_BBOX, tree, undefined as unknown as { seed: number }),
    ).toThrow('options is required');
    expect(() =>
      nestedPartition(BEKASI_BBOX, { id: 'a', children: [{ id: 'a' }] }, { seed: 1 }),
    ).toThrow('duplicate id: a');
    expect(() => nestedPartition([1, 0, 0, 1], { id: 'a' }, { seed: 1 })).toThrow(
      'bbox west must be less than east',
    );
  });
});
