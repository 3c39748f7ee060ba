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
    // Rows are short (a queen neighbourhood has ~6): a scan of the row so far finds a repeat
    // without a Set per row; a long row gets one.
    const seen = row.length > 32 ? new Set<number>() : null;
    for (let p = 0; p < row.length; p++) {
      const j = row[p];
      if (!Number.isInteger(j) || (j as number) < 0 || (j as number) >= n) {
        throw new Error(`region ${i} has a neighbour index out of range`);
      }
      if (j === i) throw new Error(`region ${i} lists itself as a neighbour`);
      if (seen ? seen.has(j as number) : repeats(row, p)) {
        throw new Error(`region ${i} lists neighbour ${j} twice`);
      }
      seen?.add(j as number);
    }
  });
}

/** @private Whether row[p] occurs before p. */
function repeats(row: readonly number[], p: number): boolean {
  const j = row[p];
  for (let q = 0; q < p; q++) if (row[q] === j) return true;
  return false;
}
