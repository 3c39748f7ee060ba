import { parse } from 'csv-parse/sync';
import { db } from '../../db/client.ts';
import { ImportRejected } from '../../errors.ts';
import { isKode } from '../region/region.kode.ts';
import { existingRegions } from '../region/region.sql.ts';
import { type IndicatorValueRow, upsertIndicatorValues } from './indicator.sql.ts';

const requiredColumns = ['kode', 'indicator', 'period', 'numerator', 'denominator', 'source'];
const optionalColumns = ['value', 'ci_low', 'ci_high', 'se', 'method'];
const periodPattern = /^(19|20)\d{2}(-(0[1-9]|1[0-2]))?$/;

export interface IndicatorImportReport {
  rows: number;
  /** Rows inserted or whose values changed (a replay of the same file changes none). */
  changed: number;
}

/**
 * Imports indicator values from CSV text with the header
 * `kode,indicator,period,numerator,denominator,source` and optionally `value`, `ci_low`,
 * `ci_high`, `se`, `method` (survey estimates carry a value and no counts). Upserts by
 * (kode, indicator, period, source). All or nothing: every bad row is reported with its line
 * number and reason, and nothing is written unless every row is good.
 */
export async function importIndicatorCsv(text: string): Promise<IndicatorImportReport> {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      info: true,
    });
  } catch (error) {
    throw new ImportRejected('the file is not valid CSV', [(error as Error).message]);
  }
  const header = records.length > 0 ? Object.keys(records[0]?.record ?? {}) : firstLine(text);
  const missing = requiredColumns.filter((c) => !header.includes(c));
  const extra = header.filter((c) => !requiredColumns.includes(c) && !optionalColumns.includes(c));
  if (missing.length > 0 || extra.length > 0) {
    throw new ImportRejected('the header is wrong', [
      ...missing.map((c) => `missing column "${c}"`),
      ...extra.map((c) => `unknown column "${c}"`),
    ]);
  }
  if (records.length === 0) throw new ImportRejected('the file has no rows', ['no data rows']);

  const catalog = new Map(
    (await db.indicator.findMany({ select: { code: true, kind: true } })).map((i) => [
      i.code,
      i.kind,
    ]),
  );
  const kodes = [...new Set(records.map((r) => r.record.kode ?? '').filter(isKode))];
  const known = new Set((await existingRegions(db, kodes)).map((r) => r.kode));

  const problems: string[] = [];
  const rows: IndicatorValueRow[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records) {
    const line = info.lines;
    const rowProblems: string[] = [];
    const fail = (reason: string) => rowProblems.push(`line ${line}: ${reason}`);
    const kode = record.kode ?? '';
    const code = record.indicator ?? '';
    const period = record.period ?? '';
    const source = record.source ?? '';
    if (!isKode(kode)) fail(`kode ${JSON.stringify(kode)} is not a Kemendagri code`);
    else if (!known.has(kode)) fail(`kode ${kode} is not a loaded region`);
    const kind = catalog.get(code);
    if (kind === undefined) fail(`indicator ${JSON.stringify(code)} is not in the catalog`);
    if (!periodPattern.test(period))
      fail(`period ${JSON.stringify(period)} must be YYYY or YYYY-MM`);
    if (source === '' || source.length > 200) fail('source must be 1–200 characters');
    const numerator = integerOrNull(record.numerator, 'numerator', fail);
    const denominator = integerOrNull(record.denominator, 'denominator', fail);
    const value = numberOrNull(record.value, 'value', fail);
    const ciLow = numberOrNull(record.ci_low, 'ci_low', fail);
    const ciHigh = numberOrNull(record.ci_high, 'ci_high', fail);
    const se = numberOrNull(record.se, 'se', fail);
    if ((numerator === null) !== (denominator === null)) {
      fail('numerator and denominator must be given together');
    } else if (numerator !== null && denominator !== null && numerator > denominator) {
      fail(`numerator ${numerator} is larger than denominator ${denominator}`);
    }
    if (kind === 'ROUTINE_RATE' && numerator === null) {
      fail(`${code} is count-based: numerator and denominator are required`);
    }
    if (kind === 'SURVEY_ESTIMATE' && value === null)
      fail(`${code} is a survey estimate: value is required`);
    if (value !== null && (value < 0 || value > 100))
      fail(`value ${value} must be a percent 0–100`);
    if (value !== null && numerator !== null && denominator !== null && denominator > 0) {
      const computed = (100 * numerator) / denominator;
      if (Math.abs(computed - value) > 0.05) {
        fail(`value ${value} disagrees with numerator/denominator (${computed.toFixed(2)})`);
      }
    }
    if (ciLow !== null && ciHigh !== null && ciLow > ciHigh) fail('ci_low is larger than ci_high');
    if (
      value !== null &&
      ((ciLow !== null && ciLow > value) || (ciHigh !== null && ciHigh < value))
    ) {
      fail(`value ${value} lies outside [ci_low, ci_high]`);
    }
    const key = `${kode}|${code}|${period}|${source}`;
    const earlier = seen.get(key);
    if (earlier !== undefined)
      fail(`repeats line ${earlier} (same kode, indicator, period, source)`);
    seen.set(key, line);
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    rows.push({
      kode,
      code,
      period,
      source,
      numerator,
      denominator,
      value: numerator !== null ? null : value,
      ciLow: numerator !== null ? null : ciLow,
      ciHigh: numerator !== null ? null : ciHigh,
      se,
      method: record.method || null,
    });
  }
  if (problems.length > 0) {
    throw new ImportRejected(`${problems.length} problem(s) found, nothing was written`, problems);
  }
  const changed = await db.$transaction(async (tx) => upsertIndicatorValues(tx, rows));
  return { rows: rows.length, changed };
}

/** @private */
function firstLine(text: string): string[] {
  return (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '');
}

/** @private */
function numberOrNull(raw: string | undefined, name: string, fail: (r: string) => void) {
  if (raw === undefined || raw === '') return null;
  const value = Number(raw);
  if (!Number.isFinite(value) || !/^-?\d+(\.\d+)?$/.test(raw)) {
    fail(`${name} ${JSON.stringify(raw)} is not a number`);
    return null;
  }
  return value;
}

/** @private */
function integerOrNull(raw: string | undefined, name: string, fail: (r: string) => void) {
  if (raw === undefined || raw === '') return null;
  if (!/^\d{1,9}$/.test(raw)) {
    fail(`${name} ${JSON.stringify(raw)} must be a whole number 0–999999999`);
    return null;
  }
  return Number(raw);
}
