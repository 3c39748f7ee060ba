import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Viewer } from '../auth/viewer.ts';
import { createContext } from '../context.ts';
import { csvField, csvText as text } from '../csv.ts';
import { servedValue } from '../modules/indicator/indicator.served.ts';
import { serveAgencyPerformanceCsv } from './export.agencyPerformance.ts';
import { serveCoverageExport } from './export.coverage.ts';
import { exportLevel, exportRegionsAndPeriods } from './export.regions.ts';
import { asHttpInput, assertReadMethod, badParameter, HttpError, sendBody } from './respond.ts';

export { csvField };

/** Columns of /export/indicators.csv, in order. */
export const indicatorCsvColumns = [
  'kode',
  'nama',
  'level',
  'parent_kode',
  'indicator',
  'period',
  'source',
  'numerator',
  'denominator',
  'value',
  'ci_low',
  'ci_high',
  'suppressed',
  'suppression_reason',
  'aggregated',
  'reporting_regions',
  'expected_regions',
] as const;

/**
 * GET /export/indicators.csv?level=&parentKode=&indicator=&periods=2022,2023[&source=] — one row
 * per region of `level` (inside `parentKode`) and period, in kode then period order, with the
 * value `Region.indicator` serves to this viewer (same roles, same small-cell suppression: a
 * hidden cell has empty counts and value and `suppressed` true). RFC 4180 (CRLF, quotes
 * doubled), UTF-8 with a byte-order mark so spreadsheet programs read the names right, as an
 * attachment.
 */
export async function serveExport(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  viewer: Viewer,
): Promise<void> {
  assertReadMethod(req);
  if (url.pathname === '/export/coverage.csv') return serveCoverageExport(req, res, url, viewer);
  if (url.pathname === '/export/agency-performance.csv') {
    return serveAgencyPerformanceCsv(req, res, url, viewer);
  }
  if (url.pathname !== '/export/indicators.csv') {
    throw new HttpError(
      404,
      'NOT_FOUND',
      `no export ${url.pathname}; try /export/indicators.csv, /export/coverage.csv or /export/agency-performance.csv`,
    );
  }
  const params = url.searchParams;
  const level = exportLevel(params);
  const indicator = params.get('indicator');
  if (!indicator)
    throw badParameter('indicator', indicator, 'indicator is required, e.g. STUNTING');
  const source = params.get('source') || null;
  const { periods, parentKode, regions } = await exportRegionsAndPeriods(params, level);
  const ctx = createContext({ viewer });
  const keys = regions.flatMap((region) => periods.map((period) => ({ region, period })));
  // One batch: the request's loaders turn these into a few statements, whatever the row count.
  const values = await asHttpInput(() =>
    Promise.all(
      keys.map(({ region, period }) =>
        servedValue(ctx, { kode: region.kode, code: indicator, period, source }),
      ),
    ),
  );
  const lines = [indicatorCsvColumns.join(',')];
  keys.forEach(({ region, period }, i) => {
    const v = values[i] ?? null;
    lines.push(
      [
        region.kode,
        text(region.nama),
        level,
        region.parentKode,
        indicator,
        period,
        text(v?.source ?? null),
        v?.numerator,
        v?.denominator,
        v?.value,
        v?.ciLow,
        v?.ciHigh,
        v ? v.suppressed : null,
        text(v?.suppressionReason ?? null),
        v ? v.aggregated : null,
        v?.reportingRegions,
        v?.expectedRegions,
      ]
        .map(csvField)
        .join(','),
    );
  });
  const body = `\uFEFF${lines.join('\r\n')}\r\n`;
  const filename =
    `${indicator}_${parentKode ?? 'all'}_${level.toLowerCase()}_${periods.join('-')}.csv`.replace(
      /[^A-Za-z0-9._-]/g,
      '_',
    );
  sendBody(req, res, 200, body, {
    'content-type': 'text/csv; charset=utf-8; header=present',
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  });
}
