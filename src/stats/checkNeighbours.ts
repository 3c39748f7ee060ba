/**
 * Checks a neighbour list: one row per region, each a list of distinct integer indices of other
 * regions (no self-neighbours; an empty row is an island). Throws a plain Error otherwise.
 *
 * @param neighbours neighbours[i] = 0-based indices of region i's neighbours
 * @param options.length expected number of regions (default neighbours.length)
 * @returns nothing; throws on the first problem found
 * @example
 * checkNeighbours([[1], [0], []]); // ok: regions 0 and 1 touch, region 2 is an island
 * checkNeighbours([[0]]); // throws 'region 0 lists itself as a neighbour'
 */
export function checkNeighbours(neighbours: number[][], options: { length?: number } = {}): void {
  if (!Array.isArray(neighbours)) throw new Error('neighbours must be an array');
  const n = neighbours.length;
  if (options.length !== undefined && options.length !== n) {
    throw new Error('values and neighbours must have the same length');
  }
  neighbours.forEach((row, i) => {
    if (!Array.isArray(row)) throw new Error(`neighbours of region ${i} must be an array`);
    const seen = new Set<number>();
    for (const j of row) {
      if (!Number.isInteger(j) || j < 0 || j >= n) {
        throw new Error(`region ${i} has a neighbour index out of range`);
      }
      if (j === i) throw new Error(`region ${i} lists itself as a neighbour`);
      if (seen.has(j)) throw new Error(`region ${i} lists neighbour ${j} twice`);
      seen.add(j);
    }
  });
}
