import { seesUnsuppressed } from '../../auth/viewer.ts';
import type { Context } from '../../context.ts';
import type { Field } from '../../disclosure/protectTable.ts';
import { badUserInput } from '../../errors.ts';
import {
  suppressionReason,
  type TableProtection,
  tableProtection,
} from './indicator.disclosure.ts';
import {
  candidateList,
  type IndicatorRequest,
  type IndicatorValueShape,
  indicatorLoaders,
  pickValue,
  type ReadIndicatorValue,
} from './indicator.loaders.ts';

/** A value as this viewer may see it. */
export interface ServedIndicatorValue extends IndicatorValueShape {
  suppressed: boolean;
  suppressionReason: string | null;
}

/**
 * The values of one indicator for one region and period from every source, best first, as the
 * viewer may see them: ANALYST, ADMIN and an OFFICER in scope get them whole; everyone else gets
 * the cells the disclosure decision hides for this viewer suppressed (primary and secondary cells
 * of the whole linked table, one reason for all; see indicator.disclosure.ts and
 * src/disclosure/protectTable.ts). Every path that serves a number (GraphQL, choropleth,
 * analytics, tiles, /geojson, /export, federation) reads values through here. Throws
 * BAD_USER_INPUT for an indicator not in the catalog.
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
  const counted = values.some((v) => v.numerator !== null || v.denominator !== null);
  if (!counted || seesUnsuppressed(ctx.viewer, request.kode)) {
    return values.slice();
  }
  const tables = await tableProtection(ctx, request.kode, request.code, request.period);
  return values.map((value) => {
    const protection = tables.get(value.source);
    const hidden = (field: Field) =>
      protection?.isHidden(request.kode, request.code, field) ?? false;
    return hide(value, hidden('numerator'), hidden('denominator'));
  });
}

/** The one value served for a request: the asked source, or the best-covered one. */
export async function servedValue(
  ctx: Context,
  request: IndicatorRequest,
): Promise<ServedIndicatorValue | null> {
  return pickValue(await servedValues(ctx, request), request.source);
}

/**
 * `servedValue` without a source for every kode of a list (a choropleth's or a statistic's
 * universe), in kode-list order: the same values, the same disclosure, read in one statement
 * (`candidateList`) and decided once per province table instead of once per kode.
 */
export async function servedValueList(
  ctx: Context,
  kodes: readonly string[],
  code: string,
  period: string,
): Promise<(ServedIndicatorValue | null)[]> {
  const candidates = await candidateList(indicatorLoaders(ctx), kodes, code, period);
  const tables = new Map<string, Promise<TableProtection>>();
  const needs = kodes.map((kode, i) => {
    const values = candidates[i];
    if (values === null || values === undefined) {
      throw badUserInput('code', code, 'unknown indicator code; see Query.indicators');
    }
    const first = values[0];
    if (first === undefined) return false;
    const counted = values.some((v) => v.numerator !== null || v.denominator !== null);
    if (!counted || seesUnsuppressed(ctx.viewer, kode)) return false;
    const root = kode.split('.')[0] ?? kode;
    if (!tables.has(root)) tables.set(root, tableProtection(ctx, kode, code, period));
    return true;
  });
  const decided = new Map<string, TableProtection>();
  for (const [root, table] of tables) decided.set(root, await table);
  return kodes.map((kode, i) => {
    const first = candidates[i]?.[0];
    if (first === undefined) return null;
    if (!needs[i]) return first;
    const protection = decided.get(kode.split('.')[0] ?? kode)?.get(first.source);
    const hidden = (field: Field) => protection?.isHidden(kode, code, field) ?? false;
    return hide(first, hidden('numerator'), hidden('denominator'));
  });
}

/** @private */
function hide(
  value: ReadIndicatorValue,
  numerator: boolean,
  denominator: boolean,
): ServedIndicatorValue {
  if (!numerator && !denominator) return value;
  return {
    ...value,
    numerator: null,
    denominator: denominator ? null : value.denominator,
    value: null,
    ciLow: null,
    ciHigh: null,
    suppressed: true,
    suppressionReason,
  };
}
