/** Counts of one cell of a table: null when the cell has no data. */
export interface CountCell {
  numerator: number | null;
  denominator: number | null;
}

export interface CellSuppression {
  /** Hide the numerator, and with it the rate and its interval. */
  numerator: boolean;
  /** Hide the denominator too. */
  denominator: boolean;
  /** Why, for the client; null when nothing is hidden. */
  reason: string | null;
}

export interface SuppressionThresholds {
  /** Counts from 1 to minCount − 1 are hidden; 0 is shown. */
  minCount: number;
  /** Rates over a denominator below this are hidden. */
  minDenominator: number;
}

/**
 * Small-cell suppression over one group of sibling cells (the desa of one kecamatan, the
 * kecamatan of one kabupaten) whose total is published.
 *
 * Primary: a numerator of 1 … minCount − 1 hides the numerator (and so the rate); a denominator
 * of 1 … minCount − 1 hides numerator and denominator; a denominator below minDenominator hides
 * the rate (numerator). Zeros are shown.
 *
 * Complementary: if exactly one cell of the group hides its numerator (or its denominator), the
 * total minus the others would give it away, so one more cell with data hides the same field:
 * the one with the smallest denominator (ties: first in order). With two or more hidden cells the
 * subtraction yields only their sum. If no other cell has data the total equals the hidden cell
 * and is itself hidden by the primary rule one level up.
 *
 * @param cells the group, in a stable order (by kode)
 * @param thresholds see SuppressionThresholds
 * @returns one decision per cell, in input order
 * @example
 * suppressCells([{ numerator: 3, denominator: 40 }, { numerator: 9, denominator: 50 },
 *   { numerator: 12, denominator: 60 }], { minCount: 5, minDenominator: 20 });
 * // cell 0: primary (count 3); cell 1: complementary (smallest other denominator); cell 2: shown
 */
export function suppressCells(
  cells: readonly CountCell[],
  thresholds: SuppressionThresholds,
): CellSuppression[] {
  const { minCount, minDenominator } = thresholds;
  if (!(minCount >= 1) || !(minDenominator >= 1)) throw new Error('thresholds must be at least 1');
  const decisions = cells.map((cell) => primary(cell, minCount, minDenominator));
  complement(cells, decisions, 'denominator');
  complement(cells, decisions, 'numerator');
  return decisions;
}

/** @private */
function primary(cell: CountCell, minCount: number, minDenominator: number): CellSuppression {
  const { numerator, denominator } = cell;
  if (denominator !== null && denominator > 0 && denominator < minCount) {
    return { numerator: true, denominator: true, reason: `fewer than ${minCount} measured` };
  }
  if (numerator !== null && numerator > 0 && numerator < minCount) {
    return { numerator: true, denominator: false, reason: `count below ${minCount}` };
  }
  if (denominator !== null && denominator > 0 && denominator < minDenominator) {
    return { numerator: true, denominator: false, reason: `fewer than ${minDenominator} measured` };
  }
  return { numerator: false, denominator: false, reason: null };
}

/** @private Adds one complementary cell when exactly one cell hides `field`. */
function complement(
  cells: readonly CountCell[],
  decisions: CellSuppression[],
  field: 'numerator' | 'denominator',
): void {
  const hidden = decisions.filter((d, i) => d[field] && cells[i]?.[field] !== null).length;
  if (hidden !== 1) return;
  let best = -1;
  cells.forEach((cell, i) => {
    if (decisions[i]?.[field] || cell.numerator === null || cell.denominator === null) return;
    if (best < 0 || cell.denominator < (cells[best]?.denominator ?? Number.POSITIVE_INFINITY))
      best = i;
  });
  const chosen = decisions[best];
  if (!chosen) return;
  chosen.numerator = true;
  if (field === 'denominator') chosen.denominator = true;
  chosen.reason ??= 'complementary suppression (protects a small cell in the same area)';
}
