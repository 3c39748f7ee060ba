/**
 * Disclosure control of one linked table: which cells a viewer may not see.
 *
 * Terms (see README "Access, privacy and limits"):
 * - A **linked table** is every count cell of one indicator family (the ROUTINE_RATE indicators,
 *   whose numerators count children of one shared denominator, "children measured") for one
 *   period and one source, at every level of the region tree (desa → kecamatan → kabupaten →
 *   provinsi). Each (region, indicator) has two cells: numerator N and denominator D. Every
 *   parent cell is the sum of its children's cells (an equation anyone can write down), and
 *   the indicators are linked: a numerator never exceeds its denominator, one numerator can be
 *   a subset of another (SEVERE_STUNTING ⊂ STUNTING), and the denominators are one shared count.
 * - **Primary cells** are hidden for what they are: a numerator or denominator of 1 …
 *   minCount − 1, and the numerators of a denominator below minDenominator. Zeros are shown.
 * - **Secondary cells** are hidden only to protect primary ones.
 *
 * The rule, computed for what the viewer will see:
 * 1. Cells the viewer sees unsuppressed anyway (an OFFICER's scope) are *known*; so is a parent
 *    cell whose children with data are all known. Known cells are shown and never protect anything.
 * 2. Start from the public pattern (primary cells and the public's secondary cells) minus the known
 *    cells, so what a viewer sees with a token is never less protected than what it sees without.
 * 3. Linked cells are hidden together: the numerators of a subset block (STUNTING with
 *    SEVERE_STUNTING) at a region, the shared denominators of all indicators at a region, and a
 *    hidden denominator hides the numerator beside it.
 * 4. In every group — a parent cell with its children, at every level, in every indicator's
 *    numerator and denominator table — the number of hidden cells is 0 or at least 2. Where it is
 *    exactly 1, one more member of the group (child or parent, never a known one) is hidden:
 *    preferably one whose value is at least minCount (it absorbs a protection interval), the
 *    smallest such, children before the parent. Repeat 3–4 until nothing changes.
 *
 * Why it holds: in one table the equations "parent − Σ children = 0" have one unknown per hidden
 * cell, and each unknown appears in at most two equations (its parent's group and its own), with
 * opposite signs: a graph whose nodes are groups (plus one node "outside" for leaves and the
 * root) and whose edges are hidden cells. A hidden cell is determined exactly iff its edge is a
 * bridge. Rule 4 gives every group node 0 or ≥ 2 hidden edges, and the groups form a tree, so from
 * either end of any hidden edge a path of other hidden edges leads away from it to "outside": every
 * hidden cell lies on a cycle, its value can move along that cycle, and no linear combination of
 * the visible cells, at any level, yields it. Linked inequalities (N ≤ D, subset ≤ superset) only
 * bound hidden cells, and by rule 3 they bind a hidden cell only to hidden cells that move with it.
 * The preference in 4 makes the cycle able to move by at least minCount, so the range an
 * attacker can derive is at least minCount wide (no "±2" at the default 5); test/security/
 * disclosure.test.ts checks both with an exact rational solver and with linear programming.
 *
 * @example
 * protectTable({ regions: [{ kode: 'K', parent: null }, { kode: 'a', parent: 'K' },
 *   { kode: 'b', parent: 'K' }, { kode: 'c', parent: 'K' }],
 *   cells: [{ kode: 'a', code: 'S', numerator: 3, denominator: 40 }, …] }, …)
 */

/** A region of the tree. Parents need not come before their children. */
export interface TableRegion {
  kode: string;
  parent: string | null;
}

/** The counts of one indicator in one region; null: no data. */
export interface TableCell {
  kode: string;
  code: string;
  numerator: number | null;
  denominator: number | null;
}

export interface LinkedTable {
  regions: readonly TableRegion[];
  cells: readonly TableCell[];
  /** Indicator codes whose numerators are hidden together (a subset and its superset). */
  numeratorBlocks?: readonly (readonly string[])[];
  /** Indicator codes that share one denominator, hidden together. Default: all codes. */
  denominatorBlocks?: readonly (readonly string[])[];
}

export interface Thresholds {
  /** Counts from 1 to minCount − 1 are primary; 0 is shown. */
  minCount: number;
  /** Numerators over a denominator below this are primary. */
  minDenominator: number;
}

export type Field = 'numerator' | 'denominator';

/** Key of one cell: `${kode}|${code}|N` or `…|D`. */
export type CellKey = string;

export interface Protection {
  /** Every hidden cell. */
  hidden: ReadonlySet<CellKey>;
  /** The hidden cells that are primary (the rest are secondary). */
  primary: ReadonlySet<CellKey>;
  /** Whether this cell is hidden. */
  isHidden(kode: string, code: string, field: Field): boolean;
}

export function cellKey(kode: string, code: string, field: Field): CellKey {
  return `${kode}|${code}|${field === 'numerator' ? 'N' : 'D'}`;
}

/**
 * The hidden cells of a linked table for a viewer who already knows the cells of the regions
 * `known` returns true for (an OFFICER's scope; none for the public).
 *
 * @param table every cell of the table at every level
 * @param thresholds see Thresholds
 * @param known regions whose cells the viewer sees unsuppressed
 */
export function protectTable(
  table: LinkedTable,
  thresholds: Thresholds,
  known: (kode: string) => boolean = () => false,
): Protection {
  const { minCount, minDenominator } = thresholds;
  if (!(minCount >= 1) || !(minDenominator >= 1)) throw new Error('thresholds must be at least 1');
  const t = index(table);
  const primary = new Set<CellKey>();
  for (const cell of table.cells) {
    const { kode, code, numerator: n, denominator: d } = cell;
    if (d !== null && d > 0 && d < minCount) {
      primary.add(cellKey(kode, code, 'denominator'));
      if (n !== null) primary.add(cellKey(kode, code, 'numerator'));
    }
    if (n !== null && n > 0 && n < minCount) primary.add(cellKey(kode, code, 'numerator'));
    if (n !== null && d !== null && d > 0 && d < minDenominator) {
      primary.add(cellKey(kode, code, 'numerator'));
    }
  }
  const publicHidden = fixedPoint(t, new Set(primary), new Set(), minCount, true);
  const knownCells = knownClosure(t, known);
  if (knownCells.size === 0) return result(publicHidden, primary);
  const start = new Set([...publicHidden].filter((key) => !knownCells.has(key)));
  const hidden = fixedPoint(t, start, knownCells, minCount, false);
  return result(hidden, new Set([...primary].filter((key) => hidden.has(key))));
}

/** @private */
function result(hidden: Set<CellKey>, primary: Set<CellKey>): Protection {
  return {
    hidden,
    primary,
    isHidden: (kode, code, field) => hidden.has(cellKey(kode, code, field)),
  };
}

interface Indexed {
  codes: string[];
  /** Value of each cell with data. */
  value: Map<CellKey, number>;
  /** Children of each region, sorted by kode. */
  children: Map<string, string[]>;
  parentOf: Map<string, string | null>;
  /** Regions, deepest first (children before parents). */
  bottomUp: string[];
  numeratorMates: Map<string, string[]>;
  denominatorMates: Map<string, string[]>;
  /**
   * The groups of rule 4 in the order they are visited: per parent (bottom up), code and field
   * (denominator first), the children and then the parent whose cell has data. Fixed for the
   * table, so each pass of the fixed point walks them without building a key.
   */
  groups: { parent: string; members: { kode: string; key: CellKey }[] }[];
}

/** @private */
function index(table: LinkedTable): Indexed {
  const codes = [...new Set(table.cells.map((c) => c.code))].sort();
  const value = new Map<CellKey, number>();
  for (const c of table.cells) {
    if (c.numerator !== null) value.set(cellKey(c.kode, c.code, 'numerator'), c.numerator);
    if (c.denominator !== null) value.set(cellKey(c.kode, c.code, 'denominator'), c.denominator);
  }
  const parentOf = new Map(table.regions.map((r) => [r.kode, r.parent]));
  const children = new Map<string, string[]>();
  for (const r of table.regions) {
    if (r.parent === null || !parentOf.has(r.parent)) continue;
    const list = children.get(r.parent) ?? [];
    list.push(r.kode);
    children.set(r.parent, list);
  }
  for (const list of children.values()) list.sort();
  const depth = (kode: string): number => {
    let d = 0;
    for (let p = parentOf.get(kode); p != null && parentOf.has(p); p = parentOf.get(p)) d++;
    return d;
  };
  const bottomUp = [...parentOf.keys()]
    .map((kode) => ({ kode, d: depth(kode) }))
    .sort((a, b) => b.d - a.d || (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0))
    .map((r) => r.kode);
  const mates = (blocks: readonly (readonly string[])[] | undefined, all: boolean) => {
    const map = new Map<string, string[]>(codes.map((code) => [code, [code]]));
    for (const block of blocks ?? (all ? [codes] : [])) {
      for (const code of block) {
        map.set(code, [...new Set([...(map.get(code) ?? [code]), ...block])]);
      }
    }
    return map;
  };
  const groups: Indexed['groups'] = [];
  for (const parent of bottomUp) {
    const kids = children.get(parent);
    if (!kids) continue;
    for (const code of codes) {
      for (const field of ['denominator', 'numerator'] as const) {
        const members = [...kids, parent]
          .map((kode) => ({ kode, key: cellKey(kode, code, field) }))
          .filter((m) => value.has(m.key));
        groups.push({ parent, members });
      }
    }
  }
  return {
    codes,
    value,
    children,
    parentOf,
    bottomUp,
    numeratorMates: mates(table.numeratorBlocks, false),
    denominatorMates: mates(table.denominatorBlocks, true),
    groups,
  };
}

/** @private Cells of known regions, and parent cells whose children with data are all known. */
function knownClosure(t: Indexed, known: (kode: string) => boolean): Set<CellKey> {
  const cells = new Set<CellKey>();
  // Nothing known (the public): no parent can be known through its children either.
  if (!t.bottomUp.some((kode) => known(kode))) return cells;
  for (const kode of t.bottomUp) {
    for (const code of t.codes) {
      for (const field of ['numerator', 'denominator'] as const) {
        const key = cellKey(kode, code, field);
        if (!t.value.has(key)) continue;
        if (known(kode)) {
          cells.add(key);
          continue;
        }
        const withData = (t.children.get(kode) ?? [])
          .map((child) => cellKey(child, code, field))
          .filter((k) => t.value.has(k));
        if (withData.length > 0 && withData.every((k) => cells.has(k))) cells.add(key);
      }
    }
  }
  return cells;
}

/**
 * @private Adds linked cells (rule 3) to `hidden`, in place, following the links from `from`
 * (default: every hidden cell). When `hidden` is already closed, the links of the cells just
 * added are enough: the closure does not depend on the order cells are visited in.
 */
function close(
  t: Indexed,
  hidden: Set<CellKey>,
  known: Set<CellKey>,
  from: Iterable<CellKey> = hidden,
): void {
  const queue = [...from];
  const add = (key: CellKey) => {
    if (hidden.has(key) || known.has(key) || !t.value.has(key)) return;
    hidden.add(key);
    queue.push(key);
  };
  while (queue.length > 0) {
    const key = queue.pop() as CellKey;
    const [kode = '', code = '', f] = key.split('|');
    if (f === 'D') {
      for (const mate of t.denominatorMates.get(code) ?? []) {
        add(cellKey(kode, mate, 'denominator'));
      }
      add(cellKey(kode, code, 'numerator'));
    } else {
      for (const mate of t.numeratorMates.get(code) ?? []) add(cellKey(kode, mate, 'numerator'));
    }
  }
}

/** @private Rule 4, to a fixed point. */
function fixedPoint(
  t: Indexed,
  hidden: Set<CellKey>,
  known: Set<CellKey>,
  minCount: number,
  robust: boolean,
): Set<CellKey> {
  for (const key of known) hidden.delete(key);
  close(t, hidden, known);
  for (let changed = true; changed; ) {
    changed = false;
    for (const { parent, members } of t.groups) {
      if (!members.some((m) => hidden.has(m.key))) continue;
      if (protectGroup(t, members, parent, hidden, known, minCount, robust)) changed = true;
    }
  }
  return hidden;
}

/**
 * @private Hides members of one group until every hidden member has, in the room of the other
 * hidden members, protection of at least minCount (a lone hidden cell has none). Whether it
 * hid anything.
 */
function protectGroup(
  t: Indexed,
  members: { kode: string; key: CellKey }[],
  parent: string,
  hidden: Set<CellKey>,
  known: Set<CellKey>,
  minCount: number,
  robust: boolean,
): boolean {
  let changed = false;
  for (;;) {
    const inGroup = members.filter((m) => hidden.has(m.key));
    if (inGroup.length === 0) return changed;
    const deficitOf = (group: typeof inGroup) =>
      group.length < 2
        ? minCount
        : Math.max(...group.map((x) => minCount - width(t, x, group, parent, hidden)));
    let deficit = deficitOf(inGroup);
    if (robust && deficit <= 0) {
      // Any one child may be known to an officer, who also sees the public answer.
      for (const x of inGroup) {
        if (x.kode === parent) continue;
        deficit = Math.max(deficit, deficitOf(inGroup.filter((m) => m !== x)));
      }
    }
    if (deficit <= 0) return changed;
    const candidates = members.filter((m) => !hidden.has(m.key) && !known.has(m.key));
    const best = choose(t, candidates, parent, Math.max(deficit, 1));
    if (!best) {
      // A lone hidden cell always has an unknown member beside it (the parent at least: a
      // parent whose children are all known is known). With two or more, only room is missing
      // and every other member is already hidden or known.
      if (inGroup.length < 2) throw new Error(`no complementary cell for ${inGroup[0]?.key}`);
      return changed;
    }
    hidden.add(best.key);
    close(t, hidden, known, [best.key]);
    changed = true;
  }
}

/**
 * @private The complementary cell: the smallest room that covers the deficit, else the largest
 * room; children before the parent, then by kode.
 */
function choose(
  t: Indexed,
  candidates: { kode: string; key: CellKey }[],
  parent: string,
  deficit: number,
): { kode: string; key: CellKey } | undefined {
  let best: { kode: string; key: CellKey; rank: [number, number, number] } | undefined;
  for (const c of candidates) {
    const v = room(t, c.key);
    const rank: [number, number, number] = [
      v >= deficit ? 0 : 1,
      v >= deficit ? v : -v,
      c.kode === parent ? 1 : 0,
    ];
    if (!best || less(rank, best.rank)) best = { ...c, rank };
  }
  return best;
}

/**
 * @private How far a cell can move down (to zero) and up (to its denominator; a denominator has
 * no upper bound) without leaving what is possible. With `hidden`, a cell that has children in
 * the table moves only as far as its hidden children can carry it (its own group's equation).
 */
function moves(t: Indexed, key: CellKey, hidden?: Set<CellKey>): { down: number; up: number } {
  const value = t.value.get(key) ?? 0;
  const [kode = '', code = '', f] = key.split('|');
  let down = value;
  let up = Number.POSITIVE_INFINITY;
  if (f !== 'D') {
    const d = t.value.get(cellKey(kode, code, 'denominator'));
    if (d !== undefined) up = d - value;
  }
  const kids = hidden
    ? (t.children.get(kode) ?? [])
        .map((child) => `${child}|${code}|${f}`)
        .filter((k) => t.value.has(k))
    : [];
  if (kids.length > 0 && hidden) {
    let carryDown = 0;
    let carryUp = 0;
    let carriers = 0;
    for (const k of kids) {
      if (!hidden.has(k)) continue;
      const m = moves(t, k, hidden);
      carryDown += m.down;
      carryUp += m.up;
      carriers++;
    }
    // None yet: its own group will hide some (a lone hidden cell), and the next pass looks again.
    if (carriers > 0) {
      down = Math.min(down, carryDown);
      up = Math.min(up, carryUp);
    }
  }
  return { down, up };
}

/** @private The protection a cell lends: the smaller of its two moves. */
function room(t: Indexed, key: CellKey): number {
  const { down, up } = moves(t, key);
  return Math.min(down, up);
}

/**
 * @private The width of the range the group's own equation leaves hidden member x: x moves up by
 * what the other hidden members can absorb (children down, the parent up) and down likewise; a
 * child moves only as far as its own hidden children carry it.
 */
function width(
  t: Indexed,
  x: { kode: string; key: CellKey },
  inGroup: readonly { kode: string; key: CellKey }[],
  parent: string,
  hidden: Set<CellKey>,
): number {
  let absorbUp = 0;
  let absorbDown = 0;
  for (const y of inGroup) {
    if (y.key === x.key) continue;
    const m = moves(t, y.key, y.kode === parent ? undefined : hidden);
    // Parent and child move together; two children move in opposite directions.
    const same = (x.kode === parent) !== (y.kode === parent);
    absorbUp += same ? m.up : m.down;
    absorbDown += same ? m.down : m.up;
  }
  const own = moves(t, x.key, x.kode === parent ? undefined : hidden);
  return Math.min(own.up, absorbUp) + Math.min(own.down, absorbDown);
}

/** @private */
function less(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  }
  return false;
}
