import { describe, expect, it } from 'vitest';
import { checkNeighbours } from '../../src/stats/checkNeighbours.ts';

describe('checkNeighbours', () => {
  it('accepts distinct neighbours, islands and long rows', () => {
    expect(() => checkNeighbours([[1, 2], [0], [0], []])).not.toThrow();
    // A star: region 0 touches 39 others (the long-row path).
    const star = [
      Array.from({ length: 39 }, (_, j) => j + 1),
      ...Array.from({ length: 39 }, () => [0]),
    ];
    expect(() => checkNeighbours(star)).not.toThrow();
  });

  it('finds a repeat wherever it is, in short and long rows', () => {
    expect(() => checkNeighbours([[1, 2, 1], [0], [0]])).toThrow(
      'region 0 lists neighbour 1 twice',
    );
    // the first element is not compared with the row's end
    expect(() =>
      checkNeighbours([
        [2, 1],
        [2, 0],
        [0, 1],
      ]),
    ).not.toThrow();
    const long = Array.from({ length: 41 }, (_, j) => j + 1);
    long.push(7);
    const rows = [long, ...Array.from({ length: 41 }, () => [0])];
    expect(() => checkNeighbours(rows)).toThrow('region 0 lists neighbour 7 twice');
  });

  it('names the first problem of a row in order: range, self, repeat', () => {
    expect(() => checkNeighbours([[1, 1, 9], [0], []])).toThrow('region 0 lists neighbour 1 twice');
    expect(() => checkNeighbours([[1, 9, 1], [0], []])).toThrow(
      'region 0 has a neighbour index out of range',
    );
    expect(() => checkNeighbours([[1], [1, 0], []])).toThrow(
      'region 1 lists itself as a neighbour',
    );
    expect(() => checkNeighbours([[1.5], [0], []])).toThrow(
      'region 0 has a neighbour index out of range',
    );
    expect(() => checkNeighbours([[1], [0]], { length: 3 })).toThrow(
      'values and neighbours must have the same length',
    );
  });
});
