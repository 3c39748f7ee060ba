import { assertKode } from '../../../args/kode.ts';
import { assertPeriod } from '../../../args/period.ts';
import type { Context } from '../../../context.ts';
import { badUserInput } from '../../../errors.ts';
import type { CellSuppression } from '../../../stats/suppressCells.ts';
import { programLoaders } from '../loaders.ts';
import { suppressionFor, suppressParts } from '../suppression.ts';
import type { CoverageKey, CoverageRow } from './coverage.sql.ts';

interface Counts {
  targetPopulation: number | null;
  reached: number | null;
  /** reached / targetPopulation, percent; null without a target population. */
  coverage: number | null;
  /** Null where none of the program's activities is located. */
  budgetPlanned: number | null;
  budgetSpent: number | null;
  suppressed: boolean;
  suppressionReason: string | null;
}

export interface CoverageShareShape extends Counts {
  agencyCode: string;
  agencyName: string | null;
}

export interface CoverageShape extends Counts {
  kode: string;
  intervention: string;
  period: string;
  /** Desa at or below the kode with a reach row for the program and period. */
  reportingRegions: number;
  expectedRegions: number;
  /** budgetSpent / budgetPlanned, percent. */
  budgetAbsorption: number | null;
  /** The program's target for the period's year, set here or at a region above; null: none set. */
  targetPercent: number | null;
  targetRegionKode: string | null;
  targetSource: string | null;
  /** coverage < targetPercent; null without a target or a visible coverage. */
  belowTarget: boolean | null;
  byAgency: CoverageShareShape[];
}

/**
 * Coverage of one program in a region for a period, as this viewer may see it: reach and target
 * population summed over the desa below (never averaged; counted once per desa when agencies
 * report the same people), budget planned and spent of the program's activities located there
 * (null where none is), per agency and in total, and the program's target for the year. Null
 * when there is nothing at all. Throws BAD_USER_INPUT for a malformed kode or period or an
 * unknown program.
 */
export async function servedCoverage(
  ctx: Context,
  key: CoverageKey,
): Promise<CoverageShape | null> {
  assertKode('kode', key.kode);
  assertPeriod('period', key.period);
  const loaders = programLoaders(ctx);
  const rows = await loaders.coverage.load(key);
  const total = rows.find((r) => r.kind === 'total');
  if (total?.known === false) {
    throw badUserInput('intervention', key.program, 'unknown program code; see Query.programs');
  }
  const parts = rows.filter((r) => r.kind === 'agency');
  if (parts.length === 0) return null;
  const sum = (pick: (r: CoverageRow) => number | null) =>
    parts.some((r) => pick(r) !== null) ? parts.reduce((s, r) => s + (pick(r) ?? 0), 0) : null;
  const targetPopulation = total?.target_population ?? null;
  const reached = total?.reached ?? null;
  const [decision = { numerator: false, denominator: false, reason: null }] = await suppressionFor(
    ctx,
    key.kode,
    1,
    async (kodes) => {
      const sibling = await loaders.coverage.loadMany(kodes.map((kode) => ({ ...key, kode })));
      return sibling.map((s) => {
        const t = Array.isArray(s) ? s.find((r) => r.kind === 'total') : undefined;
        return [{ numerator: t?.reached ?? null, denominator: t?.target_population ?? null }];
      });
    },
  );
  const shares = suppressParts(
    ctx,
    key.kode,
    decision,
    parts.map((r) => ({ numerator: r.reached, denominator: r.target_population })),
  );
  const budgetPlanned = sum((r) => r.budget_planned);
  const budgetSpent = sum((r) => r.budget_spent);
  const shown = counts(targetPopulation, reached, budgetPlanned, budgetSpent, decision);
  const targetPercent = total?.target_percent ?? null;
  return {
    kode: key.kode,
    intervention: key.program,
    period: key.period,
    ...shown,
    reportingRegions: total?.reporting ?? 0,
    expectedRegions: total?.expected ?? 0,
    budgetAbsorption:
      budgetPlanned && budgetSpent !== null ? (100 * budgetSpent) / budgetPlanned : null,
    targetPercent,
    targetRegionKode: total?.target_kode ?? null,
    targetSource: total?.target_source ?? null,
    belowTarget:
      targetPercent === null || shown.coverage === null ? null : shown.coverage < targetPercent,
    byAgency: parts.map((r, i) => ({
      agencyCode: r.agency_code ?? '',
      agencyName: r.agency_name,
      ...counts(
        r.target_population,
        r.reached,
        r.budget_planned,
        r.budget_spent,
        shares[i] ?? decision,
      ),
    })),
  };
}

/** @private */
function counts(
  targetPopulation: number | null,
  reached: number | null,
  budgetPlanned: number | null,
  budgetSpent: number | null,
  hide: CellSuppression,
): Counts {
  const visible = {
    targetPopulation: hide.denominator ? null : targetPopulation,
    reached: hide.numerator ? null : reached,
  };
  return {
    ...visible,
    coverage:
      visible.reached !== null && visible.targetPopulation
        ? (100 * visible.reached) / visible.targetPopulation
        : null,
    budgetPlanned,
    budgetSpent,
    suppressed: hide.numerator || hide.denominator,
    suppressionReason: hide.reason,
  };
}
