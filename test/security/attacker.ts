import { createRequire } from 'node:module';

interface Highs {
  solve(model: string): { Status: string; ObjectiveValue: number };
}
// HiGHS (WebAssembly build of the Edinburgh LP solver), a CommonJS module.
const highsLoader = createRequire(import.meta.url)('highs') as () => Promise<Highs>;

/**
 * An attacker of a published linked table, independent of the rule that hid the cells: it writes
 * down everything a viewer knows — every parent cell is the sum of its children (each indicator's
 * numerators and denominators, at every level), linked indicators share one denominator, a
 * numerator never exceeds its denominator, a subset numerator never exceeds its superset, counts
 * are ≥ 0 — with the visible cells as constants and the hidden cells as unknowns, then
 * (1) solves the equations exactly (rational Gaussian elimination) for every hidden cell, and
 * (2) bounds every hidden cell by linear programming (HiGHS) over equations and inequalities.
 */

export interface SeenRegion {
  kode: string;
  parent: string | null;
}

/** One (region, indicator) as served: a hidden count is null with its `hidden` flag set. */
export interface SeenCell {
  kode: string;
  code: string;
  numerator: number | null;
  denominator: number | null;
  numeratorHidden: boolean;
  denominatorHidden: boolean;
}

export interface Published {
  regions: readonly SeenRegion[];
  cells: readonly SeenCell[];
  /** [subset, superset] numerator pairs, e.g. ["SEVERE_STUNTING", "STUNTING"]. */
  subsets: readonly (readonly [string, string])[];
  /** Whether all indicators of a region share one denominator. */
  sharedDenominator: boolean;
}

type Term = { variable: number; coefficient: number };
interface Row {
  terms: Term[];
  /** Σ coefficient·variable = rhs */
  rhs: number;
}

interface System {
  names: string[];
  equalities: Row[];
  /** Σ coefficient·variable ≤ rhs */
  inequalities: Row[];
}

/** @private Unknowns for hidden cells; known cells fold into the right-hand sides. */
function system(published: Published): System {
  const names: string[] = [];
  const variable = new Map<string, number>();
  const value = new Map<string, number>();
  for (const c of published.cells) {
    for (const [field, hidden, v] of [
      ['N', c.numeratorHidden, c.numerator],
      ['D', c.denominatorHidden, c.denominator],
    ] as const) {
      const key = `${c.kode}|${c.code}|${field}`;
      if (hidden) {
        variable.set(key, names.length);
        names.push(key);
      } else if (v !== null) value.set(key, v);
    }
  }
  const has = (key: string) => variable.has(key) || value.has(key);
  const linear = (parts: [string, number][], rhs: number): Row => {
    const terms: Term[] = [];
    let right = rhs;
    for (const [key, coefficient] of parts) {
      const v = variable.get(key);
      if (v === undefined) right -= coefficient * (value.get(key) ?? 0);
      else terms.push({ variable: v, coefficient });
    }
    return { terms, rhs: right };
  };
  const equalities: Row[] = [];
  const inequalities: Row[] = [];
  const children = new Map<string, string[]>();
  for (const r of published.regions) {
    if (r.parent === null) continue;
    children.set(r.parent, [...(children.get(r.parent) ?? []), r.kode]);
  }
  const codes = [...new Set(published.cells.map((c) => c.code))];
  for (const [parent, kids] of children) {
    for (const code of codes) {
      for (const field of ['N', 'D']) {
        const pkey = `${parent}|${code}|${field}`;
        const members = kids.map((k) => `${k}|${code}|${field}`).filter(has);
        if (!has(pkey) || members.length === 0) continue;
        const row = linear([[pkey, 1], ...members.map((m): [string, number] => [m, -1])], 0);
        if (row.terms.length > 0) equalities.push(row);
      }
    }
  }
  for (const c of published.cells) {
    const n = `${c.kode}|${c.code}|N`;
    const d = `${c.kode}|${c.code}|D`;
    if (has(n) && has(d)) {
      const row = linear(
        [
          [n, 1],
          [d, -1],
        ],
        0,
      );
      if (row.terms.length > 0) inequalities.push(row);
    }
  }
  const regionCodes = new Map<string, string[]>();
  for (const c of published.cells) {
    regionCodes.set(c.kode, [...(regionCodes.get(c.kode) ?? []), c.code]);
  }
  for (const [kode, list] of regionCodes) {
    for (const [sub, sup] of published.subsets) {
      if (!list.includes(sub) || !list.includes(sup)) continue;
      const row = linear(
        [
          [`${kode}|${sub}|N`, 1],
          [`${kode}|${sup}|N`, -1],
        ],
        0,
      );
      if (row.terms.length > 0) inequalities.push(row);
    }
    if (published.sharedDenominator) {
      const ds = list.map((code) => `${kode}|${code}|D`).filter(has);
      for (let i = 1; i < ds.length; i++) {
        const row = linear(
          [
            [ds[0] as string, 1],
            [ds[i] as string, -1],
          ],
          0,
        );
        if (row.terms.length > 0) equalities.push(row);
      }
    }
  }
  return { names, equalities, inequalities };
}

/** @private Exact rationals over BigInt. */
class Q {
  constructor(
    readonly n: bigint,
    readonly d: bigint = 1n,
  ) {}
  static of(n: bigint, d: bigint): Q {
    if (d < 0n) return Q.of(-n, -d);
    const g = gcd(n < 0n ? -n : n, d);
    return new Q(n / g, d / g);
  }
  sub(o: Q): Q {
    return Q.of(this.n * o.d - o.n * this.d, this.d * o.d);
  }
  mul(o: Q): Q {
    return Q.of(this.n * o.n, this.d * o.d);
  }
  div(o: Q): Q {
    return Q.of(this.n * o.d, this.d * o.n);
  }
  get zero(): boolean {
    return this.n === 0n;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

/**
 * The hidden cells the visible equations determine exactly, with the value they give. Reduced
 * row echelon form over the rationals: a cell is determined iff its column is a pivot whose row
 * has no other nonzero entry.
 */
export function exactlyRecovered(published: Published): Map<string, number> {
  const { names, equalities } = system(published);
  const width = names.length;
  const rows = equalities.map((row) => {
    const dense: Q[] = Array.from({ length: width + 1 }, () => new Q(0n));
    for (const t of row.terms) {
      dense[t.variable] = Q.of((dense[t.variable] as Q).n + BigInt(t.coefficient), 1n);
    }
    dense[width] = Q.of(BigInt(row.rhs), 1n);
    return dense;
  });
  let pivotRow = 0;
  const pivots: number[] = [];
  for (let col = 0; col < width && pivotRow < rows.length; col++) {
    const found = rows.findIndex((r, i) => i >= pivotRow && !(r[col] as Q).zero);
    if (found < 0) continue;
    [rows[pivotRow], rows[found]] = [rows[found] as Q[], rows[pivotRow] as Q[]];
    const p = rows[pivotRow] as Q[];
    const lead = p[col] as Q;
    for (let j = col; j <= width; j++) p[j] = (p[j] as Q).div(lead);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as Q[];
      if (i === pivotRow || (r[col] as Q).zero) continue;
      const factor = r[col] as Q;
      for (let j = col; j <= width; j++) r[j] = (r[j] as Q).sub(factor.mul(p[j] as Q));
    }
    pivots[pivotRow] = col;
    pivotRow++;
  }
  const recovered = new Map<string, number>();
  for (let i = 0; i < pivotRow; i++) {
    const r = rows[i] as Q[];
    const col = pivots[i] as number;
    const alone = r.every((q, j) => j === col || j === width || q.zero);
    if (alone) {
      const v = r[width] as Q;
      recovered.set(names[col] as string, Number(v.n) / Number(v.d));
    }
  }
  return recovered;
}

let highs: Highs | undefined;

/**
 * The range [lo, hi] every hidden cell can take given everything visible (equations and the
 * linked inequalities, counts ≥ 0), by two linear programs per cell on the cell's connected
 * component of constraints.
 */
export async function hiddenRanges(
  published: Published,
): Promise<Map<string, { lo: number; hi: number }>> {
  highs ??= await highsLoader();
  const { names, equalities, inequalities } = system(published);
  // Connected components of unknowns linked by any constraint.
  const root = names.map((_, i) => i);
  const find = (i: number): number => {
    while (root[i] !== i) i = root[i] = root[root[i] as number] as number;
    return i;
  };
  const all = [...equalities, ...inequalities];
  for (const row of all) {
    for (const t of row.terms.slice(1)) {
      root[find(t.variable)] = find((row.terms[0] as Term).variable);
    }
  }
  const groups = new Map<number, number[]>();
  names.forEach((_, i) => {
    groups.set(find(i), [...(groups.get(find(i)) ?? []), i]);
  });
  const ranges = new Map<string, { lo: number; hi: number }>();
  const expr = (terms: Term[]) =>
    terms.map((t) => `${t.coefficient >= 0 ? '+' : '-'} ${Math.abs(t.coefficient)} x${t.variable}`);
  for (const members of groups.values()) {
    const inside = new Set(members);
    const eq = equalities.filter((r) => inside.has((r.terms[0] as Term).variable));
    const le = inequalities.filter((r) => inside.has((r.terms[0] as Term).variable));
    const constraints = [
      ...eq.map((r, i) => ` e${i}: ${expr(r.terms).join(' ')} = ${r.rhs}`),
      ...le.map((r, i) => ` l${i}: ${expr(r.terms).join(' ')} <= ${r.rhs}`),
    ];
    for (const v of members) {
      const bound = (sense: 'Minimize' | 'Maximize') => {
        const model = [
          sense,
          ` obj: x${v}`,
          'Subject To',
          ...(constraints.length > 0 ? constraints : [` z: x${v} >= 0`]),
          'Bounds',
          ...members.map((m) => ` x${m} >= 0`),
          'End',
        ].join('\n');
        const solution = (highs as Highs).solve(model);
        if (solution.Status === 'Unbounded') return Number.POSITIVE_INFINITY;
        if (solution.Status !== 'Optimal') throw new Error(`LP ${solution.Status}`);
        return solution.ObjectiveValue;
      };
      ranges.set(names[v] as string, { lo: bound('Minimize'), hi: bound('Maximize') });
    }
  }
  return ranges;
}
