import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Viewer } from '../auth/viewer.ts';
import { createContext } from '../context.ts';
import { csvDocument, csvText } from '../csv.ts';
import {
  type WeekActivityStatus,
  weekActivityStatuses,
  weeklyControlFilter,
  weeklyControlLines,
  weekStatus,
} from '../modules/program/agency/agency.control.ts';
import { isoWeekArg, kabupatenArg } from '../modules/program/args.ts';
import { isoWeeksBetween } from '../modules/program/week.ts';
import { asHttpInput, badParameter, HttpError, sendBody } from './respond.ts';

/** Most ISO weeks in one agency-performance export (two budget years). */
export const maxAgencyPerformanceWeeks = 106;
/** Most lines (activity-weeks) in one agency-performance export. */
export const maxAgencyPerformanceRows = 50_000;

/** Columns of /export/agency-performance.csv, in order. */
export const agencyPerformanceCsvColumns = [
  'week',
  'week_start',
  'agency_code',
  'agency_name',
  'agency_rank',
  'agency_achievement',
  'activity_code',
  'activity_name',
  'program_code',
  'region_kode',
  'region_nama',
  'unit',
  'status',
  'planned',
  'realized',
  'shortfall',
  'planned_budget',
  'spent_budget',
  'year_planned',
  'planned_to_date',
  'realized_to_date',
  'unreported_weeks_to_date',
  'remaining_quantity',
  'over_delivered',
  'year_budget',
  'spent_to_date',
  'remaining_budget',
  'overspent',
] as const;

/**
 * GET /export/agency-performance.csv?kabupatenKode=32.16&fromWeek=2022-W30&toWeek=2022-W38
 * [&agencyCode=][&programCode=][&regionKode=][&status=BEHIND, any case] (or `week=` for one
 * week) — the weekly control a task-force head follows up in a spreadsheet: one line per activity planned in
 * a week (what an agency is asked about), weeks in order, agencies in rank order, activities by
 * code, with the agency's rank and achievement of the week repeated on each line so a pivot table
 * can total per agency. The same function and filters as Query.agencyPerformance, for the same
 * viewers (plans and realizations are program outputs, not counts of people: nothing is
 * suppressed). `realized` and `spent_budget` are empty for a week nobody reported. RFC 4180,
 * UTF-8 with a byte-order mark, formula-like text escaped, as an attachment.
 */
export async function serveAgencyPerformanceCsv(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  viewer: Viewer,
): Promise<void> {
  const params = url.searchParams;
  const one = params.get('week');
  const fromText = params.get('fromWeek') ?? one;
  const toText = params.get('toWeek') ?? one;
  if (!params.get('kabupatenKode')) {
    throw badParameter('kabupatenKode', params.get('kabupatenKode'), 'kabupatenKode is required');
  }
  if (!fromText || !toText) {
    throw badParameter(
      fromText ? 'toWeek' : 'fromWeek',
      fromText ? toText : fromText,
      'give week=2022-W38, or fromWeek and toWeek',
    );
  }
  const status = params.get('status')?.toUpperCase() ?? null;
  if (status !== null && !weekActivityStatuses.includes(status as WeekActivityStatus)) {
    throw badParameter(
      'status',
      status,
      `status must be one of ${weekActivityStatuses.join(', ')}`,
    );
  }
  const ctx = createContext({ viewer });
  const { kabupatenKode, weeks, filter } = await asHttpInput(async () => {
    const kabupatenKode = kabupatenArg(params.get('kabupatenKode') ?? '');
    const from = isoWeekArg('fromWeek', fromText);
    const to = isoWeekArg('toWeek', toText);
    const weeks = isoWeeksBetween(from, to);
    const filter = await weeklyControlFilter(ctx, kabupatenKode, {
      agencyCode: params.get('agencyCode') || null,
      programCode: params.get('programCode') || null,
      regionKode: params.get('regionKode') || null,
      status: status as WeekActivityStatus | null,
    });
    return { kabupatenKode, weeks, filter };
  });
  if (weeks.length === 0 || weeks.length > maxAgencyPerformanceWeeks) {
    throw badParameter(
      'toWeek',
      toText,
      `toWeek must be 0–${maxAgencyPerformanceWeeks - 1} weeks after fromWeek`,
    );
  }
  const lines = await asHttpInput(() => weeklyControlLines(ctx, kabupatenKode, weeks, filter));
  if (lines.length > maxAgencyPerformanceRows) {
    throw new HttpError(
      400,
      'BAD_USER_INPUT',
      `the export would hold ${lines.length} rows, more than ${maxAgencyPerformanceRows}; narrow it with fewer weeks or a filter`,
    );
  }
  const body = csvDocument(
    agencyPerformanceCsvColumns,
    lines.map(({ agency, activity: a, regionNama, remaining }) => [
      agency.week.label,
      agency.week.start,
      csvText(agency.agency.code),
      csvText(agency.agency.name),
      agency.rank,
      agency.achievement,
      csvText(a.code),
      csvText(a.name),
      csvText(a.program_code),
      a.region_kode,
      csvText(regionNama),
      csvText(a.unit),
      weekStatus(a),
      a.planned_quantity,
      a.realized_quantity,
      a.realized_quantity === null ? null : Math.max(0, a.planned_quantity - a.realized_quantity),
      a.planned_budget,
      a.spent_budget,
      a.year_planned,
      a.planned_to_date,
      a.realized_to_date,
      a.unreported_weeks_to_date,
      remaining.quantity,
      remaining.overDelivered,
      a.year_budget,
      a.spent_to_date,
      remaining.budget,
      remaining.overspent,
    ]),
  );
  const span = weeks.length === 1 ? fromText : `${fromText}_${toText}`;
  const filename = `agency-performance_${kabupatenKode}_${span}.csv`.replace(
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
