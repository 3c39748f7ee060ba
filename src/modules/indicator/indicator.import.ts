import { isKode } from '../../args/kode.ts';
import { isPeriod } from '../../args/period.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/recordAudit.ts';
import { readCsv } from '../../csv.ts';
import { db } from '../../db/client.ts';
import { ImportRejected } from '../../errors.ts';
import { existingRegions } from '../region/region.import.ts';
import {
  type IndicatorValueRow,
  storedDesaTotals,
  upsertIndicatorValues,
} from './indicator.sql.ts';

const requiredColumns = ['kode', 'indicator', 'period', 'numerator', 'denominator', 'source'];
const optionalColumns = ['value', 'ci_low', 'ci_high', 'se', 'method'];

/** Most rows one import or mutation may carry. */
export const maxRowsPerImport = 100_000;

/**
 * Largest total a roll-up may reach: counts are served as GraphQL Int (32-bit), so the sum of a
 * province's desa counts for one indicator, period and source must fit one.
 */
export const maxTotal = 2_147_483_647;

/** One incoming value before validation; `label` says where it came from ("line 7", "values[3]"). */
export interface IncomingIndicatorValue extends Omit<IndicatorValueRow, 'code'> {
  label: string;
  indicator: string;
}

export interface IndicatorImportReport {
  rows: number;
  /** Rows inserted or whose values changed (a replay of the same input changes none). */
  changed: number;
}

/**
 * Imports indicator values from CSV text with the header
 * `kode,indicator,period,numerator,denominator,source` and optionally `value`, `ci_low`,
 * `ci_high`, `se`, `method` (survey estimates carry a value and no counts). Upserts by
 * (kode, indicator, period, source). All or nothing: every bad row is reported with its line
 * number and reason, and nothing is written unless every row is good.
 */
export async function importIndicatorCsv(
  text: string,
  actor: Actor,
): Promise<IndicatorImportReport> {
  const { rows, problems } = parseCsv(text);
  return writeIndicatorValues(rows, problems, actor, 'IMPORT_INDICATOR_CSV');
}

/** The same rules for values that arrive as structured input (the GraphQL mutation). */
export async function importIndicatorValues(
  rows: IncomingIndicatorValue[],
  actor: Actor,
): Promise<IndicatorImportReport> {
  return writeIndicatorValues(rows, [], actor, 'UPSERT_INDICATOR_VALUES');
}

/** @private Validates every row, then writes all of them and one audit entry in one transaction. */
async function writeIndicatorValues(
  incoming: IncomingIndicatorValue[],
  earlierProblems: string[],
  actor: Actor,
  action: string,
): Promise<IndicatorImportReport> {
  if (incoming.length === 0 && earlierProblems.length === 0) {
    throw new ImportRejected('nothing to import', ['no data rows']);
  }
  if (incoming.length > maxRowsPerImport) {
    throw new ImportRejected('too many rows', [
      `${incoming.length} rows, at most ${maxRowsPerImport}`,
    ]);
  }
  const validated = await validate(incoming);
  const rows = validated.rows;
  // Reported in input order: "line 3" before "line 10", format faults first within a line.
  const problems = [...earlierProblems, ...validated.problems]
    .map((problem, order) => ({ problem, order, at: Number(/\d+/.exec(problem)?.[0] ?? 0) }))
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map(({ problem }) => problem);
  if (problems.length > 0) {
    throw new ImportRejected(`${problems.length} problem(s) found, nothing was written`, problems);
  }
  return db.$transaction(
    async (tx) => {
      const changed = await upsertIndicatorValues(tx, rows);
      await recordAudit(tx, {
        ...actor,
        action,
        target: 'indicator_value',
        detail: {
          rows: rows.length,
          changed,
          indicators: [...new Set(rows.map((r) => r.code))],
          periods: [...new Set(rows.map((r) => r.period))].slice(0, 50),
          sources: [...new Set(rows.map((r) => r.source))].slice(0, 50),
        },
      });
      return { rows: rows.length, changed };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** @private */
async function validate(
  incoming: IncomingIndicatorValue[],
): Promise<{ rows: IndicatorValueRow[]; problems: string[] }> {
  const checked = await validateRows(incoming);
  return {
    rows: checked.rows.map(({ label: _label, ...row }) => row),
    problems: [...checked.problems, ...(await totalProblems(checked.rows))],
  };
}

/**
 * @private Every total a roll-up serves (desa counts summed over a province, per indicator,
 * period and source, with what is stored already) must fit GraphQL's Int; the row that pushes a
 * total past it is named.
 */
async function totalProblems(rows: (IndicatorValueRow & { label: string })[]): Promise<string[]> {
  const desa = rows.filter((r) => r.kode.length === 13 && r.numerator !== null);
  const group = (r: { province: string; code: string; period: string; source: string }) =>
    `${r.province}|${r.code}|${r.period}|${r.source}`;
  const keyed = desa.map((r) => ({ ...r, province: r.kode.slice(0, 2) }));
  const stored = await storedDesaTotals(
    [...new Map(keyed.map((r) => [group(r), r])).values()],
    desa,
  );
  const totals = new Map(stored.map((t) => [group(t), { ...t }]));
  const problems: string[] = [];
  const reported = new Set<string>();
  for (const row of keyed) {
    const key = group(row);
    const total = totals.get(key) ?? { numerator: 0, denominator: 0 };
    total.numerator += row.numerator ?? 0;
    total.denominator += row.denominator ?? 0;
    totals.set(key, { ...row, ...total });
    if (total.denominator > maxTotal && !reported.has(key)) {
      reported.add(key);
      problems.push(
        `${row.label}: the ${row.code} ${row.period} denominators of source ${JSON.stringify(row.source)} over province ${row.province} would total ${total.denominator}, more than ${maxTotal}`,
      );
    }
  }
  return problems;
}

/** @private */
async function validateRows(
  incoming: IncomingIndicatorValue[],
): Promise<{ rows: (IndicatorValueRow & { label: string })[]; problems: string[] }> {
  const catalog = new Map(
    (await db.indicator.findMany({ select: { code: true, kind: true } })).map((i) => [
      i.code,
      i.kind,
    ]),
  );
  const kodes = [...new Set(incoming.map((r) => r.kode).filter(isKode))];
  const known = new Set((await existingRegions(db, kodes)).map((r) => r.kode));
  const problems: string[] = [];
  const rows: (IndicatorValueRow & { label: string })[] = [];
  const seen = new Map<string, string>();
  for (const row of incoming) {
    const rowProblems: string[] = [];
    const fail = (reason: string) => rowProblems.push(`${row.label}: ${reason}`);
    const {
      kode,
      indicator: code,
      period,
      source,
      numerator,
      denominator,
      value,
      ciLow,
      ciHigh,
    } = row;
    if (!isKode(kode)) fail(`kode ${JSON.stringify(kode)} is not a Kemendagri code`);
    else if (!known.has(kode)) fail(`kode ${kode} is not a loaded region`);
    const kind = catalog.get(code);
    if (kind === undefined) fail(`indicator ${JSON.stringify(code)} is not in the catalog`);
    if (!isPeriod(period)) fail(`period ${JSON.stringify(period)} must be YYYY or YYYY-MM`);
    if (source.trim() === '' || source.length > 200) fail('source must be 1–200 characters');
    for (const [name, count] of [
      ['numerator', numerator],
      ['denominator', denominator],
    ] as const) {
      if (count !== null && !(Number.isInteger(count) && count >= 0 && count <= 999_999_999)) {
        fail(`${name} ${count} must be a whole number 0–999999999`);
      }
    }
    for (const [name, x] of [
      ['value', value],
      ['ci_low', ciLow],
      ['ci_high', ciHigh],
      ['se', row.se],
    ] as const) {
      if (x !== null && !Number.isFinite(x)) fail(`${name} must be a finite number`);
    }
    if ((numerator === null) !== (denominator === null)) {
      fail('numerator and denominator must be given together');
    } else if (numerator !== null && denominator !== null && numerator > denominator) {
      fail(`numerator ${numerator} is larger than denominator ${denominator}`);
    }
    if (kind === 'ROUTINE_RATE' && numerator === null && denominator === null) {
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
    if (row.method !== null && row.method.length > 200)
      fail('method must be at most 200 characters');
    const key = `${kode}|${code}|${period}|${source}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) fail(`repeats ${earlier} (same kode, indicator, period, source)`);
    seen.set(key, row.label);
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    const counted = numerator !== null;
    rows.push({
      label: row.label,
      kode,
      code,
      period,
      source,
      numerator,
      denominator,
      value: counted ? null : value,
      ciLow: counted ? null : ciLow,
      ciHigh: counted ? null : ciHigh,
      se: row.se,
      method: row.method || null,
    });
  }
  return { rows, problems };
}

/** @private CSV text to incoming rows; format faults are problems with their line numbers. */
function parseCsv(text: string): { rows: IncomingIndicatorValue[]; problems: string[] } {
  const records = readCsv(text, { required: requiredColumns, optional: optionalColumns });
  const problems: string[] = [];
  const rows = records.map(({ record, line }) => {
    const label = `line ${line}`;
    const fail = (reason: string) => problems.push(`${label}: ${reason}`);
    return {
      label,
      kode: record.kode ?? '',
      indicator: record.indicator ?? '',
      period: record.period ?? '',
      source: record.source ?? '',
      numerator: integerOrNull(record.numerator, 'numerator', fail),
      denominator: integerOrNull(record.denominator, 'denominator', fail),
      value: numberOrNull(record.value, 'value', fail),
      ciLow: numberOrNull(record.ci_low, 'ci_low', fail),
      ciHigh: numberOrNull(record.ci_high, 'ci_high', fail),
      se: numberOrNull(record.se, 'se', fail),
      method: record.method || null,
    };
  });
  return { rows, problems };
}

/** @private */
function numberOrNull(raw: string | undefined, name: string, fail: (r: string) => void) {
  if (raw === undefined || raw === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(raw)) {
    fail(`${name} ${JSON.stringify(raw)} is not a number`);
    return null;
  }
  return Number(raw);
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
