import { mayReadIndividuals, type Viewer, viewerTier } from '../../auth/viewer.ts';
import { config } from '../../config.ts';
import type { Context } from '../../context.ts';
import { db } from '../../db/client.ts';
import { stampFor } from '../../db/freshness.ts';
import {
  type LinkedTable,
  type Protection,
  protectTable,
  type TableCell,
} from '../../disclosure/protectTable.ts';
import { LruCache } from '../../lru.ts';
import { indicatorLoaders, recordProvinceCandidates } from './indicator.loaders.ts';
import { provinceValueRows } from './indicator.sql.ts';

/** The one reason every hidden cell gives, primary or secondary alike (issue 12). */
export const suppressionReason =
  'suppressed: a small count, or a count that would reveal one (disclosure control)';

/**
 * Numerator blocks of the routine indicators: a numerator that counts a subset of another's
 * children is hidden together with it (SEVERE_STUNTING ⊂ STUNTING).
 */
export const linkedNumerators: readonly (readonly string[])[] = [['STUNTING', 'SEVERE_STUNTING']];

/** The protection of one linked table per source, for one viewer. */
export type TableProtection = ReadonlyMap<string, Protection>;

const perRequest = new WeakMap<object, Map<string, Promise<TableProtection>>>();

/**
 * Protections shared by the requests of this process, keyed on the freshness stamp of what the
 * table reads (regions, catalog and the family's values: any write to them changes the stamp,
 * so a stale protection is never used and simply ages out), the viewer's tier (what it knows)
 * and the thresholds. Building one reads every count of the province's table; on the embedded
 * database that statement runs on the event loop, so concurrent requests for the same table
 * (a dashboard's LISA and choropleths) would otherwise each block it in turn.
 */
const shared = new LruCache<Promise<TableProtection>>(
  256,
  Number.POSITIVE_INFINITY,
  () => 0,
  'disclosure',
);

/** Hits and misses of the shared protections (tests). */
export function tableProtectionStats() {
  return shared.stats;
}

/** Empties the shared protections (tests that measure a cold start). */
export function clearTableProtections(): void {
  shared.clear();
}

/**
 * The disclosure decision for the linked table that holds `code` in region `kode` for `period`:
 * every count cell of the indicator's family (all ROUTINE_RATE indicators, which share the
 * denominator "children measured"; any other indicator alone) at every level of the kode's
 * province, one table per source, protected by src/disclosure/protectTable.ts for what this
 * viewer sees (an OFFICER's scope is known to it). Once per request and table; the values come
 * through the request's candidates loader, so they are exactly the values served.
 */
export function tableProtection(
  ctx: Context,
  kode: string,
  code: string,
  period: string,
): Promise<TableProtection> {
  const memo = perRequest.get(indicatorLoaders(ctx)) ?? new Map<string, Promise<TableProtection>>();
  perRequest.set(indicatorLoaders(ctx), memo);
  const root = kode.split('.')[0] ?? kode;
  const familyKey = `family|${root}|${period}|${code}`;
  let found = memo.get(familyKey);
  if (!found) {
    found = (async () => {
      const family = await familyOf(ctx, code);
      const tableKey = `table|${root}|${period}|${family.join(',')}`;
      const inRequest = memo.get(tableKey);
      if (inRequest) return inRequest;
      const built = sharedBuild(ctx, memo, tableKey, root, period, family);
      memo.set(tableKey, built);
      return built;
    })();
    memo.set(familyKey, found);
  }
  return found;
}

interface TreeRegion {
  kode: string;
  parentKode: string | null;
}

interface ProvinceTree {
  regions: TreeRegion[];
  versions: Map<string, bigint>;
}

/**
 * @private The regions of a province and the data-version counters, in one statement: the
 * counters decide whether a shared decision still holds, the regions are the table's rows when it
 * does not (a request costs no more statements than without the shared decisions).
 */
async function readTree(root: string): Promise<ProvinceTree> {
  const rows = await db.$queryRaw<
    {
      kode: string | null;
      parent_kode: string | null;
      scope: string | null;
      version: string | null;
    }[]
  >`
    SELECT kode, parent_kode, NULL::text AS scope, NULL::text AS version
      FROM region WHERE kode = ${root} OR kode LIKE ${`${root}.%`}
    UNION ALL
    SELECT NULL, NULL, scope, version::text FROM data_version`;
  const regions: TreeRegion[] = [];
  const versions = new Map<string, bigint>();
  for (const row of rows) {
    if (row.kode !== null) regions.push({ kode: row.kode, parentKode: row.parent_kode });
    else if (row.scope !== null && row.version !== null)
      versions.set(row.scope, BigInt(row.version));
  }
  return { regions, versions };
}

/** @private The table's protection from the process-wide cache, else built and kept there. */
async function sharedBuild(
  ctx: Context,
  memo: Map<string, Promise<unknown>>,
  tableKey: string,
  root: string,
  period: string,
  family: readonly string[],
): Promise<TableProtection> {
  const treeKey = `tree|${root}`;
  let tree = memo.get(treeKey) as Promise<ProvinceTree> | undefined;
  if (!tree) {
    tree = readTree(root);
    memo.set(treeKey, tree);
  }
  const { regions, versions } = await tree;
  const { minCount, minDenominator } = config().suppression;
  const key = [
    stampFor(versions, new Set(family)),
    tableKey,
    viewerTier(ctx.viewer),
    minCount,
    minDenominator,
  ].join('|');
  const cached = shared.get(key);
  if (cached) return cached;
  const built = build(ctx, root, regions, period, family);
  shared.set(key, built);
  built.catch(() => {
    // A failed build is not kept.
    shared.delete(key);
  });
  return built;
}

/** @private The codes protected together with `code`. */
async function familyOf(ctx: Context, code: string): Promise<string[]> {
  const memo = perRequest.get(indicatorLoaders(ctx)) as Map<string, Promise<unknown>>;
  let routine = memo.get('routine codes') as Promise<string[]> | undefined;
  if (!routine) {
    routine = db.indicator
      .findMany({
        where: { kind: 'ROUTINE_RATE' },
        select: { code: true },
        orderBy: { code: 'asc' },
      })
      .then((rows) => rows.map((r) => r.code));
    memo.set('routine codes', routine);
  }
  const codes = await routine;
  return codes.includes(code) ? codes : [code];
}

/** @private */
async function build(
  ctx: Context,
  root: string,
  regions: readonly TreeRegion[],
  period: string,
  codes: readonly string[],
): Promise<TableProtection> {
  // The whole table's candidates from one read of the province's values, summed here.
  const loaders = indicatorLoaders(ctx);
  const tables = codes.map((code) => loaders.read.table(code, period));
  if (tables.some((table) => regions.some((r) => !table.has(r.kode)))) {
    recordProvinceCandidates(
      loaders,
      regions,
      period,
      await provinceValueRows(root, codes, period),
    );
  }
  const unread = codes.flatMap((code, c) =>
    regions.filter((r) => !tables[c]?.has(r.kode)).map((r) => ({ kode: r.kode, code, period })),
  );
  if (unread.length > 0) await loaders.candidates.loadMany(unread);
  const cellsBySource = new Map<string, TableCell[]>();
  for (const { kode } of regions) {
    codes.forEach((code, c) => {
      const values = tables[c]?.get(kode);
      if (!values) return;
      for (const v of values) {
        if (v.numerator === null && v.denominator === null) continue;
        const cell = { kode, code, numerator: v.numerator, denominator: v.denominator };
        const list = cellsBySource.get(v.source);
        if (list) list.push(cell);
        else cellsBySource.set(v.source, [cell]);
      }
    });
  }
  const tableRegions = regions.map((r) => ({ kode: r.kode, parent: r.parentKode }));
  const known = knownTo(ctx.viewer);
  const result = new Map<string, Protection>();
  for (const [source, cells] of cellsBySource) {
    const table: LinkedTable = { regions: tableRegions, cells, numeratorBlocks: linkedNumerators };
    result.set(source, protectTable(table, config().suppression, known));
  }
  return result;
}

/** @private The regions whose cells this viewer sees unsuppressed anyway. */
function knownTo(viewer: Viewer): (kode: string) => boolean {
  return (kode) => mayReadIndividuals(viewer, kode);
}
