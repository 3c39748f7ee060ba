import { db } from '../../db/client.ts';
import { duplicateChecker, fieldsOf, regionLevels } from './program.import.fields.ts';
import type { ImportSpec } from './program.import.ts';
import {
  type AgencyRow,
  type LokusRow,
  type ProgramRow,
  replaceLokus,
  type TargetWriteRow,
  upsertAgencies,
  upsertPrograms,
  upsertTargets,
} from './program.write.sql.ts';

const codePattern = /^[A-Z][A-Z0-9_]{1,29}$/;

/** Agencies (OPD): `kabupaten,code,name,short_name`, upserted by (kabupaten, code). */
export const agencySpec: ImportSpec<AgencyRow> = {
  action: 'IMPORT_AGENCIES',
  target: 'agency',
  required: ['kabupaten', 'code', 'name', 'short_name'],
  optional: [],
  async validate(records) {
    const levels = await regionLevels(records.map((r) => r.values.kabupaten ?? ''));
    const problems: string[] = [];
    const rows: AgencyRow[] = [];
    const dup = duplicateChecker();
    for (const record of records) {
      const f = fieldsOf(record, problems);
      const kabupatenKode = f.kabupaten('kabupaten', levels);
      const code = f.text('code', { max: 30 });
      if (code && !codePattern.test(code))
        f.fail(`code ${JSON.stringify(code)} must match A-Z, 0-9, _`);
      const name = f.text('name');
      const shortName = f.text('short_name', { max: 60 });
      dup(`${kabupatenKode}|${code}`, record.label, f.fail, 'kabupaten and code');
      if (f.ok() && kabupatenKode && code && name && shortName) {
        rows.push({ kabupatenKode, code, name, shortName });
      }
    }
    return { rows, problems };
  },
  write: async (tx, rows) => ({ changed: await upsertAgencies(tx, rows) }),
};

/** Programs: `code,name,kind,target_group` (+ `indicator`, `lead_agency`), upserted by code. */
export const programSpec: ImportSpec<ProgramRow> = {
  action: 'IMPORT_PROGRAMS',
  target: 'program',
  required: ['code', 'name', 'kind', 'target_group'],
  optional: ['indicator', 'lead_agency'],
  async validate(records) {
    const problems: string[] = [];
    const rows: ProgramRow[] = [];
    const dup = duplicateChecker();
    for (const record of records) {
      const f = fieldsOf(record, problems);
      const code = f.text('code', { max: 40 });
      if (code && !/^[A-Z][A-Z0-9_]{1,39}$/.test(code))
        f.fail(`code ${JSON.stringify(code)} must match A-Z, 0-9, _`);
      const name = f.text('name');
      const kind = f.oneOf('kind', ['SPECIFIC', 'SENSITIVE'] as const);
      const targetGroup = f.text('target_group');
      const indicatorRef = f.text('indicator', { required: false, max: 20 });
      const leadAgency = f.text('lead_agency', { required: false, max: 30 });
      dup(String(code), record.label, f.fail, 'code');
      if (f.ok() && code && name && kind && targetGroup) {
        rows.push({ code, name, kind, targetGroup, indicatorRef, leadAgency });
      }
    }
    return { rows, problems };
  },
  write: async (tx, rows) => ({ changed: await upsertPrograms(tx, rows) }),
};

/**
 * Targets: `kode,indicator,year,value,source`, upserted by (kode, indicator, year). A percent
 * indicator's target lies in 0–100.
 */
export const targetSpec: ImportSpec<TargetWriteRow> = {
  action: 'IMPORT_TARGETS',
  target: 'indicator_target',
  required: ['kode', 'indicator', 'year', 'value', 'source'],
  optional: [],
  async validate(records) {
    const levels = await regionLevels(records.map((r) => r.values.kode ?? ''));
    const units = new Map(
      (await db.indicator.findMany({ select: { code: true, unit: true } })).map((i) => [
        i.code,
        i.unit,
      ]),
    );
    const problems: string[] = [];
    const rows: TargetWriteRow[] = [];
    const dup = duplicateChecker();
    for (const record of records) {
      const f = fieldsOf(record, problems);
      const kode = f.kode('kode');
      if (kode && !levels.has(kode)) f.fail(`kode ${kode} is not a loaded region`);
      const indicator = f.text('indicator', { max: 40 });
      const unit = indicator ? units.get(indicator) : undefined;
      if (indicator && unit === undefined) {
        f.fail(`indicator ${JSON.stringify(indicator)} is not in the catalog`);
      }
      const year = f.integer('year', { min: 1900, max: 2100 });
      const value = f.number('value', { max: unit === 'PERCENT' ? 100 : 1e15 });
      const source = f.text('source');
      dup(`${kode}|${indicator}|${year}`, record.label, f.fail, 'kode, indicator and year');
      if (f.ok() && kode && indicator && year !== null && value !== null && source) {
        rows.push({ kode, indicator, year, value, source });
      }
    }
    return { rows, problems };
  },
  write: async (tx, rows) => ({ changed: await upsertTargets(tx, rows) }),
  summary: (rows) => ({
    regions: [...new Set(rows.map((r) => r.kode))].slice(0, 50),
    years: [...new Set(rows.map((r) => r.year))],
  }),
};

/**
 * Priority villages: `kode,year,basis` (+ `rank`, `decree`). Each (kabupaten, year) present in the
 * input is replaced whole by the input's list, as a decree names the whole list; other years are
 * kept, so the history stays.
 */
export const lokusSpec: ImportSpec<LokusRow> = {
  action: 'IMPORT_LOKUS',
  target: 'priority_village',
  required: ['kode', 'year', 'basis'],
  optional: ['rank', 'decree'],
  async validate(records) {
    const levels = await regionLevels(records.map((r) => r.values.kode ?? ''));
    const problems: string[] = [];
    const rows: LokusRow[] = [];
    const dup = duplicateChecker();
    const dupRank = duplicateChecker();
    for (const record of records) {
      const f = fieldsOf(record, problems);
      const kode = f.kode('kode');
      if (kode && levels.get(kode) !== 'DESA')
        f.fail(`kode ${kode} is not a loaded desa/kelurahan`);
      const year = f.year('year');
      const basis = f.text('basis', { max: 500 });
      const rank = f.integer('rank', { required: false, min: 1, max: 100_000 });
      const decree = f.text('decree', { required: false });
      dup(`${kode}|${year}`, record.label, f.fail, 'kode and year');
      if (rank !== null) {
        dupRank(
          `${kode?.slice(0, 5)}|${year}|${rank}`,
          record.label,
          f.fail,
          'kabupaten, year and rank',
        );
      }
      if (f.ok() && kode && year !== null && basis) rows.push({ kode, year, basis, rank, decree });
    }
    return { rows, problems };
  },
  write: (tx, rows) => replaceLokus(tx, rows),
  summary: (rows) => ({ years: [...new Set(rows.map((r) => r.year))] }),
};
