import { describe, expect, it } from 'vitest';
import { classify } from '../../src/stats/classify.ts';

describe('classify', () => {
  const breaks = [1, 4, 7, 10];

  it('uses [b_i, b_{i+1}) and a closed last class', () => {
    expect(classify(1, breaks)).toBe(0);
    expect(classify(3.999, breaks)).toBe(0);
    expect(classify(4, breaks)).toBe(1);
    expect(classify(6.5, breaks)).toBe(1);
    expect(classify(7, breaks)).toBe(2);
    expect(classify(10, breaks)).toBe(2);
  });

  it('returns null for no data and for values outside the breaks', () => {
    expect(classify(null, breaks)).toBeNull();
    expect(classify(Number.NaN, breaks)).toBeNull();
    expect(classify(0.5, breaks)).toBeNull();
    expect(classify(10.5, breaks)).toBeNull();
  });

  it('sends a value on repeated edges to the last class starting there', () => {
    // classes [1, 1), [1, 1), [1, 2), [2, 5]
    const tied = [1, 1, 1, 2, 5];
    expect(classify(1, tied)).toBe(2);
    expect(classify(1.5, tied)).toBe(2);
    expect(classify(2, tied)).toBe(3);
    expect(classify(5, tied)).toBe(3);
    expect(classify(3, [3, 3])).toBe(0);
  });

  it('checks the breaks', () => {
    expect(() => classify(1, [1])).toThrow('breaks must have at least two edges');
    expect(() => classify(1, [2, 1])).toThrow('breaks must be ascending');
    expect(() => classify(1, [0, Number.NaN])).toThrow('breaks must be finite numbers');
  });
});
