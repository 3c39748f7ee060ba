import { describe, expect, it } from 'vitest';
import { normalUpperTail } from '../../src/stats/normalUpperTail.ts';
import { expectClose, readFixture } from './fixtures.ts';

describe('normalUpperTail matches R pnorm(z, lower.tail = FALSE)', () => {
  it('from z = −37 to 35', () => {
    const ref = readFixture<{ z: number[]; upper: number[] }>('out', 'pnorm');
    ref.z.forEach((z, i) => {
      expectClose(normalUpperTail(z), ref.upper[i] as number, `z = ${z}`);
    });
  });

  it('special values', () => {
    expect(normalUpperTail(0)).toBe(0.5);
    expect(normalUpperTail(Number.POSITIVE_INFINITY)).toBe(0);
    expect(normalUpperTail(Number.NEGATIVE_INFINITY)).toBe(1);
    expect(normalUpperTail(Number.NaN)).toBeNaN();
  });
});
