import { describe, expect, it } from 'vitest';
import { suppressCells } from '../../src/stats/suppressCells.ts';

const t = { minCount: 5, minDenominator: 20 };
const cell = (numerator: number | null, denominator: number | null) => ({ numerator, denominator });

describe('suppressCells', () => {
  it('hides counts 1–4 and shows zeros', () => {
    const [zero, one, four, five] = suppressCells(
      [cell(0, 40), cell(1, 40), cell(4, 40), cell(5, 40)],
      t,
    );
    expect(zero).toEqual({ numerator: false, denominator: false, reason: null });
    expect(one?.numerator).toBe(true);
    expect(one?.reason).toBe('count below 5');
    expect(four?.numerator).toBe(true);
    // Two cells are hidden, so no complementary cell is needed.
    expect(five?.numerator).toBe(false);
  });

  it('hides rates over fewer than 20, and denominators 1–4 themselves', () => {
    const [small, tiny, ok, other] = suppressCells(
      [cell(7, 19), cell(0, 3), cell(10, 20), cell(10, 80)],
      t,
    );
    expect(tiny).toEqual({ numerator: true, denominator: true, reason: 'fewer than 5 measured' });
    // One hidden denominator: the cell with the smallest other denominator (19) hides its
    // denominator too, keeping its own reason; two numerators are hidden, so none more.
    expect(small).toEqual({ numerator: true, denominator: true, reason: 'fewer than 20 measured' });
    expect(ok).toEqual({ numerator: false, denominator: false, reason: null });
    expect(other?.numerator).toBe(false);
  });

  it('adds one complementary cell, the smallest, when exactly one is hidden', () => {
    const decisions = suppressCells([cell(3, 40), cell(9, 50), cell(12, 60), cell(null, null)], t);
    expect(decisions.map((d) => d.numerator)).toEqual([true, true, false, false]);
    expect(decisions[1]?.reason).toMatch(/complementary/);
  });

  it('cannot protect a lone cell (the total hides it one level up)', () => {
    expect(suppressCells([cell(3, 40), cell(null, null)], t).map((d) => d.numerator)).toEqual([
      true,
      false,
    ]);
  });

  it('follows configured thresholds', () => {
    const [a, b] = suppressCells([cell(9, 100), cell(12, 100)], {
      minCount: 11,
      minDenominator: 20,
    });
    expect(a?.numerator).toBe(true);
    expect(b?.numerator).toBe(true);
  });
});
