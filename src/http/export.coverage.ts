import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Viewer } from '../auth/viewer.ts';
import { createContext } from '../context.ts';
import { csvDocument } from '../csv.ts';
import { servedCoverage } from '../modules/program/coverage/coverage.served.ts';
import { exportLevel, exportRegionsAndPeriods } from './export.regions.ts';
import { asHttpInput, badParameter, sendBody } from './respond.ts';

/** Columns of /export/coverage.csv, in order. */
export const coverageCsvColumns = [
  'kode',
  'nama',
  'level',
  'parent_kode',
  'program',
  'period',
  'target_population',
  'reached',
  'coverage',
  'target_percent',
  'below_target',
  'target_source',
  'budget_planned',
  'budget_spent',
  'budget_absorption',
  'agencies',
  'suppressed',
  'suppression_reason',
  'reporting_regions',
  'expected_regions',
] as const;

/**
 * GET /export/coverage.csv?level=&parentKode=&program=&periods=2022,2023 — one row per region of
 * `level` (inside `parentKode`) and period, in kode then period order, with the figure
 * `Region.coverage` serves to this viewer (same roles, same small-cell suppression: a hidden cell
 * has empty counts, coverage and below_target and `suppressed` true; a region without data has
 * empty fields). `agencies` lists the agency codes of the figure (reach or located activities),
 * separated by spaces. RFC 4180, UTF-8 with a byte-order mark, formula-escaped text, as an
 * attachment; errors as /export/indicators.csv answers them.
 */
export async function serveCoverageExport(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  viewer: Viewer,
): Promise<void> {
  const params = url.searchParams;
  const level = exportLevel(params);
  const program = params.get('program');
  if (!program) throw badParameter('program', program, 'program is required, e.g. TTD_REMAJA');
  const { periods, parentKode, regions } = await exportRegionsAndPeriods(params, level);
  const ctx = createContext({ viewer });
  const keys = regions.flatMap((region) => periods.map((period) => ({ region, period })));
  // One batch: the request's loaders turn these into a few statements, whatever the row count.
  const served = await asHttpInput(() =>
    Promise.all(
      keys.map(({ region, period }) => servedCoverage(ctx, { kode: region.kode, program, period })),
    ),
  );
  const rows = keys.map(({ region, period }, i) => {
    const c = served[i] ?? null;
    return [
      region.kode,
      region.nama,
      level,
      region.parentKode,
      program,
      period,
      c?.targetPopulation,
      c?.reached,
      c?.coverage,
      c?.targetPercent,
      c?.belowTarget,
      c?.targetSource,
      c?.budgetPlanned,
      c?.budgetSpent,
      c?.budgetAbsorption,
      c ? c.byAgency.map((a) => a.agencyCode).join(' ') : null,
      c ? c.suppressed : null,
      c?.suppressionReason,
      c?.reportingRegions,
      c?.expectedRegions,
    ];
  });
  const filename =
    `coverage_${program}_${parentKode ?? 'all'}_${level.toLowerCase()}_${periods.join('-')}.csv`.replace(
      /[^A-Za-z0-9._-]/g,
      '_',
    );
  sendBody(req, res, 200, csvDocument(coverageCsvColumns, rows), {
    'content-type': 'text/csv; charset=utf-8; header=present',
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  });
}
