import type { Polygon } from 'geojson';
import { mulberry32 } from '../random/mulberry32.ts';
import { guillotinePartition } from './guillotinePartition.ts';

/** A node of the administrative tree to partition (e.g. kabupaten → kecamatan → desa). */
export interface PartitionNode {
  /** Unique id across the whole tree. */
  id: string;
  /** Relative weight among siblings; defaults to the number of leaf descendants (min 1). */
  weight?: number;
  /** Child nodes that partition this node's rectangle. */
  children?: PartitionNode[];
}

/**
 * Recursively partitions a rectangle following a tree: the root gets the bbox rectangle and each
 * node's children tile the node's rectangle via {@link guillotinePartition}. Deterministic for a
 * given seed.
 *
 * @param {[number, number, number, number]} bbox root rectangle [west, south, east, north] in
 *   degrees
 * @param {PartitionNode} tree root node; ids must be unique
 * @param {Object} options Optional parameters
 * @param {number} options.seed integer seed of the random source
 * @param {number} [options.jitter=0.25] max perturbation of each cut fraction (unitless, 0 to 1)
 * @param {number} [options.precision=6] decimals (of degrees) each cut coordinate is rounded to
 * @returns {Map<string, Polygon>} every node id (root included) → its rectangle
 * @example
 * const tree = { id: 'kab', children: [{ id: 'a' }, { id: 'b', children: [{ id: 'b1' }] }] };
 * const polygons = nestedPartition([106.97, -6.49, 107.3, -5.92], tree, { seed: 1 });
 * polygons.get('b1'); //=> { type: 'Polygon', coordinates: [[...]] }
 */
export function nestedPartition(
  bbox: [number, number, number, number],
  tree: PartitionNode,
  options: { seed: number; jitter?: number; precision?: number },
): Map<string, Polygon> {
  if (!bbox) throw new Error('bbox is required');
  if (!tree || typeof tree !== 'object') throw new Error('tree is required');
  if (!options || typeof options !== 'object') throw new Error('options is required');
  if (typeof options.seed !== 'number' || !Number.isFinite(options.seed)) {
    throw new Error('options.seed is required');
  }
  checkIds(tree, new Set<string>());

  const random = mulberry32(options.seed);
  const partitionOptions: { random: () => number; jitter?: number; precision?: number } = {
    random,
  };
  if (options.jitter !== undefined) partitionOptions.jitter = options.jitter;
  if (options.precision !== undefined) partitionOptions.precision = options.precision;
  // Validates bbox and builds the root rectangle without consuming random numbers.
  const [root] = guillotinePartition(bbox, [1], partitionOptions) as [Polygon];
  const result = new Map<string, Polygon>();
  result.set(tree.id, root);

  const stack: Array<{ node: PartitionNode; bbox: [number, number, number, number] }> = [
    { node: tree, bbox },
  ];
  while (stack.length > 0) {
    const { node, bbox: nodeBbox } = stack.shift() as (typeof stack)[number];
    const children = node.children ?? [];
    if (children.length === 0) continue;
    const weights = children.map((child) => child.weight ?? Math.max(1, leafCount(child)));
    const pieces = guillotinePartition(nodeBbox, weights, partitionOptions);
    children.forEach((child, i) => {
      const piece = pieces[i] as Polygon;
      result.set(child.id, piece);
      stack.push({ node: child, bbox: rectangleBbox(piece) });
    });
  }
  return result;
}

/**
 * Checks that every node has a non-empty unique string id.
 *
 * @private
 * @param {PartitionNode} node subtree root
 * @param {Set<string>} seen ids seen so far
 * @returns {void}
 */
function checkIds(node: PartitionNode, seen: Set<string>): void {
  if (!node || typeof node !== 'object') throw new Error('tree node is required');
  if (typeof node.id !== 'string' || node.id === '') throw new Error('tree node id is required');
  if (seen.has(node.id)) throw new Error(`duplicate id: ${node.id}`);
  seen.add(node.id);
  if (node.children !== undefined && !Array.isArray(node.children)) {
    throw new Error('tree node children must be an array');
  }
  for (const child of node.children ?? []) checkIds(child, seen);
}

/**
 * Number of leaf descendants of a node (a leaf counts itself).
 *
 * @private
 * @param {PartitionNode} node subtree root
 * @returns {number} leaf count
 */
function leafCount(node: PartitionNode): number {
  const children = node.children ?? [];
  if (children.length === 0) return 1;
  let count = 0;
  for (const child of children) count += leafCount(child);
  return count;
}

/**
 * Bbox of a rectangle produced by guillotinePartition (ring starts at SW, third vertex is NE).
 *
 * @private
 * @param {Polygon} rectangle axis-aligned rectangle
 * @returns {[number, number, number, number]} [west, south, east, north] in degrees
 */
function rectangleBbox(rectangle: Polygon): [number, number, number, number] {
  const ring = rectangle.coordinates[0] as number[][];
  const sw = ring[0] as number[];
  const ne = ring[2] as number[];
  return [sw[0] as number, sw[1] as number, ne[0] as number, ne[1] as number];
}
