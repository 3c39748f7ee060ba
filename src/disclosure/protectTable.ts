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
 * Internally every cell is an integer id, `(region × codes + code) × 2 + field` (field 0: the
 * numerator, 1: the denominator), and the values, hidden and known cells are typed arrays indexed
 * by it: at province scale (25,000 cells) the rule runs tens of thousands of group checks, and
 * string keys were most of their cost. Keys are built once, for the hidden cells returned.
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
  const primary = new Uint8Array(t.size);
  table.cells.forEach((cell, k) => {
    const { numerator: n, denominator: d } = cell;
    const id = t.cellIds[k] as number;
    if (d !== null && d > 0 && d < minCount) {
      primary[id + D] = 1;
      if (n !== null) primary[id] = 1;
    }
    if (n !== null && n > 0 && n < minCount) primary[id] = 1;
    if (n !== null && d !== null && d > 0 && d < minDenominator) primary[id] = 1;
  });
  const noneKnown = new Uint8Array(t.size);
  const publicHidden = fixedPoint(t, primary.slice(), noneKnown, minCount, true);
  const knownCells = knownClosure(t, known);
  if (!knownCells) return result(t, publicHidden, primary);
  // fixedPoint drops the known cells from the public pattern before closing it.
  const hidden = fixedPoint(t, publicHidden, knownCells, minCount, false);
  for (let id = 0; id < t.size; id++) if (!hidden[id]) primary[id] = 0;
  return result(t, hidden, primary);
}

/** Field bit of a cell id. */
const N = 0;
const D = 1;

/** @private */
function result(t: Indexed, hidden: Uint8Array, primary: Uint8Array): Protection {
  const hiddenKeys = new Set<CellKey>();
  const primaryKeys = new Set<CellKey>();
  for (let id = 0; id < t.size; id++) {
    if (hidden[id] === 0) continue;
    const key = keyOf(t, id);
    hiddenKeys.add(key);
    if (primary[id] === 1) primaryKeys.add(key);
  }
  return {
    hidden: hiddenKeys,
    primary: primaryKeys,
    isHidden: (kode, code, field) => hiddenKeys.has(cellKey(kode, code, field)),
  };
}

/** @private The string key of a cell id. */
function keyOf(t: Indexed, id: number): CellKey {
  const C = t.codes.length;
  const rc = id >> 1;
  return `${t.kodes[Math.floor(rc / C)]}|${t.codes[rc % C]}|${(id & 1) === D ? 'D' : 'N'}`;
}

interface Indexed {
  codes: string[];
  codeIndex: Map<string, number>;
  /** Kode of each region index: the table's regions, then kodes that only have cells. */
  kodes: string[];
  regionIndex: Map<string, number>;
  /** Number of cell ids: regions × codes × 2. */
  size: number;
  /** Whether a cell has data, and its value. */
  has: Uint8Array;
  value: Float64Array;
  /** Children of each region index (sorted by kode), as in the table; empty: none. */
  children: Int32Array[];
  /** Region indices of the tree, deepest first (children before parents). */
  bottomUp: Int32Array;
  /** Per code index, the code indices hidden with its numerator / its denominator. */
  numeratorMates: Int32Array[];
  denominatorMates: Int32Array[];
  /**
   * The groups of rule 4 in the order they are visited: per parent (bottom up), code and field
   * (denominator first), the children and then the parent whose cell has data. Group g's
   * member cell ids are members[groupStart[g] … groupStart[g + 1]), its parent region
   * groupParent[g].
   */
  groupStart: Int32Array;
  groupParent: Int32Array;
  members: Int32Array;
  /** The cell id (its numerator's) of each of the table's cells, in the table's order. */
  cellIds: Int32Array;
}

const empty = new Int32Array(0);

/** @private */
function index(table: LinkedTable): Indexed {
  const codes = [...new Set(table.cells.map((c) => c.code))].sort();
  const codeIndex = new Map(codes.map((code, i) => [code, i]));
  const C = codes.length;
  // The tree's regions in the table's order (a repeated kode keeps its last parent).
  const regionIndex = new Map<string, number>();
  const kodes: string[] = [];
  const parents: (string | null)[] = [];
  for (const r of table.regions) {
    const i = regionIndex.get(r.kode);
    if (i !== undefined) {
      parents[i] = r.parent;
      continue;
    }
    regionIndex.set(r.kode, kodes.length);
    kodes.push(r.kode);
    parents.push(r.parent);
  }
  const treeSize = kodes.length;
  // Each region's rank by kode, so that sorting by kode compares integers.
  const rank = new Int32Array(treeSize);
  kodes
    .slice()
    .sort()
    .forEach((kode, i) => {
      rank[regionIndex.get(kode) as number] = i;
    });
  const byRank = (a: number, b: number) => (rank[a] as number) - (rank[b] as number);
  const childLists: number[][] = Array.from({ length: treeSize }, () => []);
  for (const r of table.regions) {
    const parent = r.parent === null ? undefined : regionIndex.get(r.parent);
    if (parent !== undefined) childLists[parent]?.push(regionIndex.get(r.kode) as number);
  }
  const children = childLists.map((list) =>
    list.length === 0 ? empty : Int32Array.from(list.sort(byRank)),
  );
  // Depth of each region (its parent chain within the tree); deepest first, then by kode.
  const depths = new Int32Array(treeSize).fill(-1);
  const depth = (i: number): number => {
    const known = depths[i] as number;
    if (known >= 0) return known;
    const p = parents[i];
    const parent = p == null ? undefined : regionIndex.get(p);
    const d = parent === undefined ? 0 : 1 + depth(parent);
    depths[i] = d;
    return d;
  };
  const order = Array.from({ length: treeSize }, (_, i) => i);
  for (const i of order) depth(i);
  order.sort((a, b) => (depths[b] as number) - (depths[a] as number) || byRank(a, b));
  const bottomUp = Int32Array.from(order);
  // Kodes that only have cells come after the tree: no parent, no children, in no group.
  const cellIds = new Int32Array(table.cells.length);
  table.cells.forEach((c, k) => {
    let i = regionIndex.get(c.kode);
    if (i === undefined) {
      i = kodes.length;
      regionIndex.set(c.kode, i);
      kodes.push(c.kode);
    }
    cellIds[k] = (i * C + (codeIndex.get(c.code) as number)) * 2;
  });
  while (children.length < kodes.length) children.push(empty);
  const size = kodes.length * C * 2;
  const has = new Uint8Array(size);
  const value = new Float64Array(size);
  table.cells.forEach((c, k) => {
    const id = cellIds[k] as number;
    if (c.numerator !== null) {
      has[id + N] = 1;
      value[id + N] = c.numerator;
    }
    if (c.denominator !== null) {
      has[id + D] = 1;
      value[id + D] = c.denominator;
    }
  });
  const mates = (blocks: readonly (readonly string[])[] | undefined, all: boolean) => {
    const sets = codes.map((_, i) => new Set([i]));
    for (const block of blocks ?? (all ? [codes] : [])) {
      const inTable = block.flatMap((code) => codeIndex.get(code) ?? []);
      for (const i of inTable) for (const j of inTable) sets[i]?.add(j);
    }
    return sets.map((set) => Int32Array.from(set));
  };
  let groupCount = 0;
  let memberCount = 0;
  for (const parent of bottomUp) {
    const kids = children[parent] as Int32Array;
    if (kids.length === 0) continue;
    groupCount += 2 * C;
    memberCount += 2 * C * (kids.length + 1);
  }
  const groupStart = new Int32Array(groupCount + 1);
  const groupParent = new Int32Array(groupCount);
  const members = new Int32Array(memberCount);
  let g = 0;
  let m = 0;
  for (const parent of bottomUp) {
    const kids = children[parent] as Int32Array;
    if (kids.length === 0) continue;
    for (let code = 0; code < C; code++) {
      for (let f = 0; f < 2; f++) {
        const field = f === 0 ? D : N;
        groupStart[g] = m;
        groupParent[g] = parent;
        g++;
        for (const kid of kids) {
          const id = (kid * C + code) * 2 + field;
          if (has[id]) members[m++] = id;
        }
        const id = (parent * C + code) * 2 + field;
        if (has[id]) members[m++] = id;
      }
    }
  }
  groupStart[g] = m;
  return {
    codes,
    codeIndex,
    kodes,
    regionIndex,
    size,
    has,
    value,
    children,
    bottomUp,
    numeratorMates: mates(table.numeratorBlocks, false),
    denominatorMates: mates(table.denominatorBlocks, true),
    groupStart,
    groupParent,
    members,
    cellIds,
  };
}

/**
 * @private Cells of known regions, and parent cells whose children with data are all known;
 * null when no region is known (the public: no parent can be known through its children either).
 */
function knownClosure(t: Indexed, known: (kode: string) => boolean): Uint8Array | null {
  const isKnown = Array.from(t.bottomUp, (r) => known(t.kodes[r] as string));
  if (!isKnown.includes(true)) return null;
  const C = t.codes.length;
  const cells = new Uint8Array(t.size);
  t.bottomUp.forEach((r, i) => {
    const kids = t.children[r] as Int32Array;
    for (let code = 0; code < C; code++) {
      for (const field of [N, D]) {
        const id = (r * C + code) * 2 + field;
        if (!t.has[id]) continue;
        if (isKnown[i]) {
          cells[id] = 1;
          continue;
        }
        let withData = 0;
        let allKnown = true;
        for (const kid of kids) {
          const k = (kid * C + code) * 2 + field;
          if (!t.has[k]) continue;
          withData++;
          if (!cells[k]) allKnown = false;
        }
        if (withData > 0 && allKnown) cells[id] = 1;
      }
    }
  });
  return cells;
}

/**
 * @private Adds linked cells (rule 3) to `hidden`, in place, following the links from the cells
 * in `queue` (emptied). When `hidden` is already closed, the links of the cells just added are
 * enough: the closure does not depend on the order cells are visited in.
 */
function close(t: Indexed, hidden: Uint8Array, known: Uint8Array, queue: number[]): void {
  const C = t.codes.length;
  const add = (id: number) => {
    if (hidden[id] || known[id] || !t.has[id]) return;
    hidden[id] = 1;
    queue.push(id);
  };
  while (queue.length > 0) {
    const id = queue.pop() as number;
    const rc = id >> 1;
    const base = rc - (rc % C);
    const code = rc % C;
    if ((id & 1) === D) {
      for (const mate of t.denominatorMates[code] as Int32Array) add((base + mate) * 2 + D);
      add(id - D + N);
    } else {
      for (const mate of t.numeratorMates[code] as Int32Array) add((base + mate) * 2 + N);
    }
  }
}

/** @private Rule 4, to a fixed point, in place on `hidden`. */
function fixedPoint(
  t: Indexed,
  hidden: Uint8Array,
  known: Uint8Array,
  minCount: number,
  robust: boolean,
): Uint8Array {
  const queue: number[] = [];
  for (let id = 0; id < t.size; id++) {
    if (known[id]) hidden[id] = 0;
    if (hidden[id]) queue.push(id);
  }
  close(t, hidden, known, queue);
  const work = new Work(t, hidden, known, minCount, robust);
  const groups = t.groupParent.length;
  for (let changed = true; changed; ) {
    changed = false;
    for (let g = 0; g < groups; g++) {
      const start = t.groupStart[g] as number;
      const end = t.groupStart[g + 1] as number;
      let any = false;
      for (let m = start; m < end; m++) {
        if (hidden[t.members[m] as number]) {
          any = true;
          break;
        }
      }
      if (any && work.protectGroup(start, end, t.groupParent[g] as number)) changed = true;
    }
  }
  return hidden;
}

/** @private The state of one fixed point, with scratch arrays reused by every group. */
class Work {
  /** Hidden members of the group at hand: cell ids, whether the parent's, and their moves. */
  private ids = new Int32Array(0);
  private isParent = new Uint8Array(0);
  private up = new Float64Array(0);
  private down = new Float64Array(0);
  /** Result of the last moves() call. */
  private movedDown = 0;
  private movedUp = 0;
  private readonly queue: number[] = [];

  constructor(
    private readonly t: Indexed,
    private readonly hidden: Uint8Array,
    private readonly known: Uint8Array,
    private readonly minCount: number,
    private readonly robust: boolean,
  ) {}

  /**
   * Hides members of one group until every hidden member has, in the room of the other hidden
   * members, protection of at least minCount (a lone hidden cell has none). Whether it hid
   * anything.
   */
  protectGroup(start: number, end: number, parent: number): boolean {
    const { t, hidden, known } = this;
    const C = t.codes.length;
    if (this.ids.length < end - start) this.grow(end - start);
    const { ids, isParent, up, down } = this;
    let changed = false;
    for (;;) {
      let count = 0;
      for (let m = start; m < end; m++) {
        const id = t.members[m] as number;
        if (!hidden[id]) continue;
        const own = Math.floor((id >> 1) / C) === parent;
        // The parent moves alone; a child only as far as its own hidden children carry it.
        this.moves(id, !own);
        ids[count] = id;
        isParent[count] = own ? 1 : 0;
        up[count] = this.movedUp;
        down[count] = this.movedDown;
        count++;
      }
      if (count === 0) return changed;
      let deficit = this.deficitOf(count, -1);
      if (this.robust && deficit <= 0) {
        // Any one child may be known to an officer, who also sees the public answer.
        for (let x = 0; x < count; x++) {
          if (isParent[x]) continue;
          deficit = Math.max(deficit, this.deficitOf(count, x));
        }
      }
      if (deficit <= 0) return changed;
      const best = this.choose(start, end, parent, Math.max(deficit, 1));
      if (best < 0) {
        // A lone hidden cell always has an unknown member beside it (the parent at least: a
        // parent whose children are all known is known). With two or more, only room is missing
        // and every other member is already hidden or known.
        if (count < 2) throw new Error(`no complementary cell for ${keyOf(t, ids[0] as number)}`);
        return changed;
      }
      hidden[best] = 1;
      this.queue.push(best);
      close(t, hidden, known, this.queue);
      changed = true;
    }
  }

  /** @private */
  private grow(n: number): void {
    this.ids = new Int32Array(n);
    this.isParent = new Uint8Array(n);
    this.up = new Float64Array(n);
    this.down = new Float64Array(n);
  }

  /**
   * @private The largest shortfall of protection among the group's hidden members, leaving out
   * the one at position `without` (−1: none).
   */
  private deficitOf(count: number, without: number): number {
    const size = without < 0 ? count : count - 1;
    if (size < 2) return this.minCount;
    let deficit = Number.NEGATIVE_INFINITY;
    for (let x = 0; x < count; x++) {
      if (x === without) continue;
      deficit = Math.max(deficit, this.minCount - this.width(x, count, without));
    }
    return deficit;
  }

  /**
   * @private The width of the range the group's own equation leaves hidden member x: x moves up
   * by what the other hidden members can absorb (children down, the parent up) and down
   * likewise; a child moves only as far as its own hidden children carry it.
   */
  private width(x: number, count: number, without: number): number {
    const { ids, isParent, up, down } = this;
    const xId = ids[x];
    const xParent = isParent[x];
    let absorbUp = 0;
    let absorbDown = 0;
    for (let y = 0; y < count; y++) {
      if (y === without || ids[y] === xId) continue;
      // Parent and child move together; two children move in opposite directions.
      if (xParent !== isParent[y]) {
        absorbUp += up[y] as number;
        absorbDown += down[y] as number;
      } else {
        absorbUp += down[y] as number;
        absorbDown += up[y] as number;
      }
    }
    return Math.min(up[x] as number, absorbUp) + Math.min(down[x] as number, absorbDown);
  }

  /**
   * @private The complementary cell: the smallest room that covers the deficit, else the
   * largest room; children before the parent, then by kode. −1: none.
   */
  private choose(start: number, end: number, parent: number, deficit: number): number {
    const { t, hidden, known } = this;
    const C = t.codes.length;
    let best = -1;
    let r0 = 0;
    let r1 = 0;
    let r2 = 0;
    for (let m = start; m < end; m++) {
      const id = t.members[m] as number;
      if (hidden[id] || known[id]) continue;
      this.moves(id, false);
      // The protection a cell lends: the smaller of its two moves.
      const v = Math.min(this.movedDown, this.movedUp);
      const a0 = v >= deficit ? 0 : 1;
      const a1 = v >= deficit ? v : -v;
      const a2 = Math.floor((id >> 1) / C) === parent ? 1 : 0;
      if (best < 0 || a0 < r0 || (a0 === r0 && (a1 < r1 || (a1 === r1 && a2 < r2)))) {
        best = id;
        r0 = a0;
        r1 = a1;
        r2 = a2;
      }
    }
    return best;
  }

  /**
   * @private How far a cell can move down (to zero) and up (to its denominator; a denominator
   * has no upper bound) without leaving what is possible, into movedDown / movedUp. With
   * `carried`, a cell that has children in the table moves only as far as its hidden children
   * can carry it (its own group's equation).
   */
  private moves(id: number, carried: boolean): void {
    const { t, hidden } = this;
    const value = t.value[id] as number;
    let down = value;
    let up = Number.POSITIVE_INFINITY;
    if ((id & 1) === N && t.has[id + 1]) up = (t.value[id + 1] as number) - value;
    if (carried) {
      const C = t.codes.length;
      const rc = id >> 1;
      const code = rc % C;
      const field = id & 1;
      let carryDown = 0;
      let carryUp = 0;
      let carriers = 0;
      for (const kid of t.children[(rc - code) / C] as Int32Array) {
        const k = (kid * C + code) * 2 + field;
        if (!hidden[k] || !t.has[k]) continue;
        this.moves(k, true);
        carryDown += this.movedDown;
        carryUp += this.movedUp;
        carriers++;
      }
      // None yet: its own group will hide some (a lone hidden cell), and the next pass looks again.
      if (carriers > 0) {
        down = Math.min(down, carryDown);
        up = Math.min(up, carryUp);
      }
    }
    this.movedDown = down;
    this.movedUp = up;
  }
}
