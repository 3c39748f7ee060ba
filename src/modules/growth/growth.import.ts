import { isKode } from '../../args/kode.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/recordAudit.ts';
import { config } from '../../config.ts';
import { readCsv } from '../../csv.ts';
import { db } from '../../db/client.ts';
import { ImportRejected } from '../../errors.ts';
import { ageInDays } from '../../growth/ageInDays.ts';
import { assessGrowth } from '../../growth/assessGrowth.ts';
import { isCalendarDate } from '../../scalars/date.ts';
import { existingRegions } from '../region/region.import.ts';
import { childIdHash, resolveChildIdSecret } from './growth.childId.ts';
import {
  type ChildRow,
  derivedIndicators,
  deriveMonthlyIndicators,
  type MeasurementRow,
  storedChildren,
  upsertChildren,
  upsertMeasurements,
} from './growth.sql.ts';

const requiredColumns = [
  'child_id',
  'name',
  'sex',
  'birth_date',
  'desa_kode',
  'measured_on',
  'weight_kg',
  'height_cm',
  'measured',
  'oedema',
];
const optionalColumns = ['posyandu'];

/** Most rows one import may carry (a large kabupaten's year is about 250,000). */
export const maxMeasurementRows = 1_000_000;

/** The growth reference stored with each z-score. */
export const growthReference = 'WHO 2006';

export interface MeasurementImportReport {
  /** Data rows read. */
  rows: number;
  /** Distinct children in the file. */
  children: number;
  /** Measurements inserted or changed (0 when the same file is imported again). */
  measurementsChanged: number;
  /** Months (YYYY-MM) whose e-PPGBM indicator values were recomputed. */
  months: string[];
  /** e-PPGBM indicator values those months now hold (desa × indicator × month). */
  indicatorValues: number;
  /** Indicator values inserted, changed or removed. */
  indicatorValuesChanged: number;
  /** Seconds spent reading and checking the file, writing rows, and deriving indicators. */
  seconds: { check: number; write: number; derive: number };
}

interface ParsedRow extends MeasurementRow {
  line: number;
  name: string;
  sex: 'L' | 'P';
  birthDate: string;
}

/**
 * Imports e-PPGBM by-name measurements from CSV text with the header
 * `child_id,name,sex,birth_date,desa_kode,measured_on,weight_kg,height_cm,measured,oedema` and
 * optionally `posyandu` (`sex` L/P, `measured` L lying / H standing, `oedema` y/n).
 *
 * The upstream child id (a NIK) is never stored: its keyed hash is the child's id, so re-imports
 * find the same child. Each measurement gets its WHO z-scores and flags (src/growth). Then the
 * STUNTING, SEVERE_STUNTING, WASTING and UNDERWEIGHT values of every month in the file are
 * recomputed per desa from all e-PPGBM measurements of that month (source "e-PPGBM").
 * All or nothing in one transaction with its audit entry; every bad row is reported with its line
 * (without echoing names or NIKs); replaying a file changes nothing.
 */
export async function importMeasurementsCsv(
  text: string,
  actor: Actor,
): Promise<MeasurementImportReport> {
  const started = performance.now();
  const secret = resolveChildIdSecret(config());
  const records = readCsv(text, { required: requiredColumns, optional: optionalColumns });
  if (records.length === 0) throw new ImportRejected('nothing to import', ['no data rows']);
  if (records.length > maxMeasurementRows) {
    throw new ImportRejected('too many rows', [
      `${records.length} rows, at most ${maxMeasurementRows}`,
    ]);
  }
  const problems: string[] = [];
  const rows: ParsedRow[] = [];
  const today = jakartaToday();
  // A child appears in about five rows of a year's file: hash each NIK once.
  const hashes = new Map<string, string>();
  const hashOf = (upstreamId: string) => {
    let id = hashes.get(upstreamId);
    if (id === undefined) {
      id = childIdHash(secret, upstreamId);
      hashes.set(upstreamId, id);
    }
    return id;
  };
  for (const { record, line } of records) {
    const parsed = parseRow(record, line, hashOf, today, problems);
    if (parsed) rows.push(parsed);
  }
  await checkAgainstDatabase(rows, problems);
  checkWithinFile(rows, problems);
  if (problems.length > 0) {
    problems.sort((a, b) => lineOf(a) - lineOf(b));
    throw new ImportRejected(`${problems.length} problem(s) found, nothing was written`, problems);
  }
  const children = latestChildren(rows);
  const months = [...new Set(rows.map((r) => r.measuredOn.slice(0, 7)))].sort();
  const checked = performance.now();
  return db.$transaction(
    async (tx) => {
      await upsertChildren(tx, children);
      const measurementsChanged = await upsertMeasurements(tx, rows, growthReference);
      const written = performance.now();
      const derived = await deriveMonthlyIndicators(tx, months);
      const seconds = (from: number, to: number) => Math.round(to - from) / 1000;
      const report: MeasurementImportReport = {
        rows: rows.length,
        children: children.length,
        measurementsChanged,
        months,
        indicatorValues: derived.values,
        indicatorValuesChanged: derived.changed,
        seconds: {
          check: seconds(started, checked),
          write: seconds(checked, written),
          derive: seconds(written, performance.now()),
        },
      };
      await recordAudit(tx, {
        ...actor,
        action: 'IMPORT_MEASUREMENTS_CSV',
        target: 'measurement',
        detail: {
          ...report,
          seconds: undefined,
          months: months.slice(0, 100),
          desa: new Set(rows.map((r) => r.desaKode)).size,
        },
      });
      return report;
    },
    { timeout: 600_000, maxWait: 30_000 },
  );
}

/** @private One CSV record to a measurement with its z-scores, or null with its problems. */
function parseRow(
  record: Record<string, string>,
  line: number,
  hashOf: (upstreamId: string) => string,
  today: string,
  problems: string[],
): ParsedRow | null {
  const before = problems.length;
  const fail = (reason: string) => problems.push(`line ${line}: ${reason}`);
  const upstreamId = record.child_id ?? '';
  // Names and NIKs are personal data: a problem says what is wrong, never what was written.
  if (upstreamId === '') fail('child_id is empty');
  else if (upstreamId.length > 64) fail('child_id is longer than 64 characters');
  const name = record.name ?? '';
  if (name === '') fail('name is empty');
  else if (name.length > 200) fail('name is longer than 200 characters');
  const sex = (record.sex ?? '').toUpperCase();
  if (sex !== 'L' && sex !== 'P') fail(`sex ${JSON.stringify(record.sex)} must be L or P`);
  const birthDate = record.birth_date ?? '';
  const birthOk = isCalendarDate(birthDate);
  if (!birthOk) fail(`birth_date ${JSON.stringify(birthDate)} is not a date YYYY-MM-DD`);
  const desaKode = record.desa_kode ?? '';
  if (!isKode(desaKode) || desaKode.length !== 13) {
    fail(`desa_kode ${JSON.stringify(desaKode)} is not a desa code such as 32.16.01.2001`);
  }
  const measuredOn = record.measured_on ?? '';
  const measuredOk = isCalendarDate(measuredOn);
  if (!measuredOk) fail(`measured_on ${JSON.stringify(measuredOn)} is not a date YYYY-MM-DD`);
  else if (measuredOn > today) fail(`measured_on ${measuredOn} is in the future`);
  else if (birthOk && measuredOn < birthDate) {
    fail(`measured_on ${measuredOn} is before birth_date ${birthDate}`);
  }
  const weightKg = measure(record.weight_kg, 'weight_kg', 0, 60, 'kg', fail);
  const heightCm = measure(record.height_cm, 'height_cm', 30, 150, 'cm', fail);
  const measured = (record.measured ?? '').toUpperCase();
  if (measured !== 'L' && measured !== 'H') {
    fail(`measured ${JSON.stringify(record.measured)} must be L (lying) or H (standing)`);
  }
  const oedemaText = (record.oedema ?? '').toLowerCase();
  if (!['y', 'n', ''].includes(oedemaText)) {
    fail(`oedema ${JSON.stringify(record.oedema)} must be y or n`);
  }
  const posyandu = record.posyandu || null;
  if (posyandu !== null && posyandu.length > 200) fail('posyandu is longer than 200 characters');
  if (problems.length > before || weightKg === null || heightCm === null) return null;
  const ageDays = ageInDays(birthDate, measuredOn);
  const oedema = oedemaText === 'y';
  const z = assessGrowth({
    sex: sex === 'L' ? 'MALE' : 'FEMALE',
    ageDays,
    weightKg,
    heightCm,
    position: measured === 'L' ? 'LYING' : 'STANDING',
    oedema,
  });
  return {
    line,
    childId: hashOf(upstreamId),
    name,
    sex: sex as 'L' | 'P',
    birthDate,
    desaKode,
    measuredOn,
    ageDays,
    weightKg,
    heightCm,
    measured: measured as 'L' | 'H',
    oedema,
    haz: z.haz,
    waz: z.waz,
    whz: z.whz,
    hazFlagged: z.hazFlagged,
    wazFlagged: z.wazFlagged,
    whzFlagged: z.whzFlagged,
    posyandu,
  };
}

/** @private A number strictly between `min` and `max`, or null with a problem. */
function measure(
  raw: string | undefined,
  name: string,
  min: number,
  max: number,
  unit: string,
  fail: (reason: string) => void,
): number | null {
  const text = raw ?? '';
  const value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!(value > min && value < max)) {
    fail(
      `${name} ${JSON.stringify(text)} must be a number of ${unit} above ${min} and below ${max}`,
    );
    return null;
  }
  return value;
}

/** @private Desa that are loaded, and children whose sex or birth date would change. */
async function checkAgainstDatabase(rows: ParsedRow[], problems: string[]): Promise<void> {
  const kodes = [...new Set(rows.map((r) => r.desaKode))];
  const desa = new Set(
    (await existingRegions(db, kodes)).filter((r) => r.level === 'DESA').map((r) => r.kode),
  );
  for (const row of rows) {
    if (!desa.has(row.desaKode)) {
      problems.push(`line ${row.line}: desa_kode ${row.desaKode} is not a loaded desa`);
    }
  }
  const catalog = new Set(
    (
      await db.indicator.findMany({
        where: { code: { in: [...derivedIndicators] } },
        select: { code: true },
      })
    ).map((i) => i.code),
  );
  const missing = derivedIndicators.filter((code) => !catalog.has(code));
  if (missing.length > 0) {
    problems.push(`the indicator catalog lacks ${missing.join(', ')} (migrate first)`);
  }
  const stored = new Map(
    (await storedChildren(db, [...new Set(rows.map((r) => r.childId))])).map((c) => [c.id, c]),
  );
  for (const row of rows) {
    const child = stored.get(row.childId);
    if (!child) continue;
    if (child.sex !== row.sex) {
      problems.push(
        `line ${row.line}: sex ${row.sex} differs from the stored child's (${child.sex})`,
      );
    }
    if (child.birth_date !== row.birthDate) {
      problems.push(
        `line ${row.line}: birth_date ${row.birthDate} differs from the stored child's (${child.birth_date})`,
      );
    }
  }
}

/** @private One child, one sex and birth date; one measurement per child and day. */
function checkWithinFile(rows: ParsedRow[], problems: string[]): void {
  const firstOf = new Map<string, ParsedRow>();
  const days = new Map<string, number>();
  for (const row of rows) {
    const first = firstOf.get(row.childId);
    if (!first) firstOf.set(row.childId, row);
    else {
      if (first.sex !== row.sex) {
        problems.push(
          `line ${row.line}: sex ${row.sex} differs from line ${first.line} (${first.sex}) for the same child_id`,
        );
      }
      if (first.birthDate !== row.birthDate) {
        problems.push(
          `line ${row.line}: birth_date ${row.birthDate} differs from line ${first.line} (${first.birthDate}) for the same child_id`,
        );
      }
    }
    const key = `${row.childId}|${row.measuredOn}`;
    const earlier = days.get(key);
    if (earlier !== undefined) {
      problems.push(
        `line ${row.line}: repeats line ${earlier} (same child_id and measured_on ${row.measuredOn})`,
      );
    } else days.set(key, row.line);
  }
}

/** @private One row per child: name and desa of its latest measurement in the file. */
function latestChildren(rows: ParsedRow[]): ChildRow[] {
  const latest = new Map<string, ParsedRow>();
  for (const row of rows) {
    const seen = latest.get(row.childId);
    if (!seen || row.measuredOn > seen.measuredOn) latest.set(row.childId, row);
  }
  return [...latest.values()].map((r) => ({
    id: r.childId,
    name: r.name,
    sex: r.sex,
    birthDate: r.birthDate,
    desaKode: r.desaKode,
  }));
}

/** @private Today in Kabupaten Bekasi (WIB, UTC+7): a measurement dated later is a typing error. */
function jakartaToday(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** @private The line number a problem starts with. */
function lineOf(problem: string): number {
  return Number(/^line (\d+)/.exec(problem)?.[1] ?? 0);
}
