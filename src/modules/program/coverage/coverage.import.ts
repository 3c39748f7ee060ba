import { knownAgencies, knownPrograms } from '../catalog/catalog.import.ts';
import { duplicateChecker, fieldsOf, regionLevels } from '../import.fields.ts';
import type { ImportSpec } from '../import.ts';
import { type CoverageWriteRow, upsertCoverage } from './coverage.write.sql.ts';

const periodPattern = /^(19|20)\d{2}(-(0[1-9]|1[0-2]))?$/;

/**
 * Coverage (reach) per desa: `kode,program,agency,period,target_population,reached,source`,
 * upserted by (kode, program, agency, period). Only desa rows: totals above are sums.
 */
export const coverageSpec: ImportSpec<CoverageWriteRow> = {
  action: 'IMPORT_COVERAGE',
  target: 'program_coverage',
  required: ['kode', 'program', 'agency', 'period', 'target_population', 'reached', 'source'],
  optional: [],
  async validate(records) {
    const levels = await regionLevels(records.map((r) => r.values.kode ?? ''));
    const agencies = await knownAgencies(records.map((r) => (r.values.kode ?? '').slice(0, 5)));
    const programs = await knownPrograms();
    const problems: string[] = [];
    const rows: CoverageWriteRow[] = [];
    const dup = duplicateChecker();
    for (const record of records) {
      const f = fieldsOf(record, problems);
      const kode = f.kode('kode');
      if (kode && levels.get(kode) !== 'DESA')
        f.fail(`kode ${kode} is not a loaded desa/kelurahan`);
      const program = f.text('program', { max: 40 });
      if (program && !programs.has(program)) f.fail(`program ${program} is not a known program`);
      const agency = f.text('agency', { max: 30 });
      if (agency && kode && !agencies.has(`${kode.slice(0, 5)}|${agency}`)) {
        f.fail(`agency ${agency} is not an agency of ${kode.slice(0, 5)}`);
      }
      const period = f.text('period', { max: 7 });
      if (period && !periodPattern.test(period))
        f.fail(`period ${JSON.stringify(period)} must be YYYY or YYYY-MM`);
      const targetPopulation = f.integer('target_population', { max: 100_000_000 });
      const reached = f.integer('reached', { max: 100_000_000 });
      const source = f.text('source');
      dup(
        `${kode}|${program}|${agency}|${period}`,
        record.label,
        f.fail,
        'kode, program, agency and period',
      );
      if (
        f.ok() &&
        kode &&
        program &&
        agency &&
        period &&
        source &&
        targetPopulation !== null &&
        reached !== null
      ) {
        rows.push({ kode, program, agency, period, targetPopulation, reached, source });
      }
    }
    return { rows, problems };
  },
  write: async (tx, rows) => ({ changed: await upsertCoverage(tx, rows) }),
};
