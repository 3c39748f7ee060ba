import { parentOfKode } from '../../args/kode.ts';
import { seesUnsuppressed } from '../../auth/viewer.ts';
import { config } from '../../config.ts';
import type { Context } from '../../context.ts';
import { badUserInput } from '../../errors.ts';
import { type CountCell, suppressCells } from '../../stats/suppressCells.ts';
import { regionLoaders } from '../region/region.loaders.ts';
import {
  type IndicatorRequest,
  type IndicatorValueShape,
  indicatorLoaders,
  pickValue,
} from './indicator.loaders.ts';

/** A value as this viewer may see it. */
export interface ServedIndicatorValue extends IndicatorValueShape {
  suppressed: boolean;
  suppressionReason: string | null;
}

/**
 * The values of one indicator for one region and period from every source, best first, as the
 * viewer may see them: ANALYST, ADMIN and an OFFICER in scope get them whole; everyone else gets
 * small cells suppressed (primary and complementary, among the region's siblings; see
 * src/stats/suppressCells.ts). Throws BAD_USER_INPUT for an indicator not in the catalog.
 */
export async function servedValues(
  ctx: Context,
  request: IndicatorRequest,
): Promise<ServedIndicatorValue[]> {
  const key = { kode: request.kode, code: request.code, period: request.period };
  const candidates = await indicatorLoaders(ctx).candidates.load(key);
  if (candidates === null) {
    throw badUserInput('code', request.code, 'unknown indicator code; see Query.indicators');
  }
  const values =
    request.source == null ? candidates : candidates.filter((c) => c.source === request.source);
  if (seesUnsuppressed(ctx.viewer, request.kode)) {
    return values.map((v) => ({ ...v, suppressed: false, suppressionReason: null }));
  }
  const parent = parentOfKode(request.kode);
  const siblings =
    parent === null ? [request.kode] : await regionLoaders(ctx).childKodes.load(parent);
  const siblingValues = await indicatorLoaders(ctx).candidates.loadMany(
    siblings.map((kode) => ({ kode, code: request.code, period: request.period })),
  );
  const own = siblings.indexOf(request.kode);
  return values.map((value) => {
    const cells: CountCell[] = siblingValues.map((sibling) => {
      const match = Array.isArray(sibling)
        ? sibling.find((c) => c.source === value.source)
        : undefined;
      return { numerator: match?.numerator ?? null, denominator: match?.denominator ?? null };
    });
    const decision = suppressCells(cells, config().suppression)[own] ?? {
      numerator: false,
      denominator: false,
      reason: null,
    };
    return hide(value, decision.numerator, decision.denominator, decision.reason);
  });
}

/** The one value served for a request: the asked source, or the best-covered one. */
export async function servedValue(
  ctx: Context,
  request: IndicatorRequest,
): Promise<ServedIndicatorValue | null> {
  return pickValue(await servedValues(ctx, request), request.source);
}

/** @private */
function hide(
  value: IndicatorValueShape,
  numerator: boolean,
  denominator: boolean,
  reason: string | null,
): ServedIndicatorValue {
  if (!numerator && !denominator) return { ...value, suppressed: false, suppressionReason: null };
  return {
    ...value,
    numerator: null,
    denominator: denominator ? null : value.denominator,
    value: null,
    ciLow: null,
    ciHigh: null,
    suppressed: true,
    suppressionReason: reason,
  };
}
