import { knownPrograms } from '../catalog/catalog.import.ts';
import { duplicateChecker, fieldsOf, regionLevels } from '../import.fields.ts';
import type { ImportSpec } from '../import.ts';
import { type ProgramTargetWriteRow, upsertProgramTargets } from './coverage.target.write.sql.ts';

/**
 * Program targets: `kode,program,year,target_percent,source`, upserted by (kode, program, year).
 * The target is the coverage (percent of the target population reached) the program should reach
 * in the region that year; it holds for the regions below that have none of their own.
 */
export const programTargetSpec: ImportSpec<ProgramTargetWriteRow> = {
  action: 'IMPORT_PROGRAM_TARGETS',
  target: 'program_target',
  required: ['kode', 'program', 'year', 'target_percent', 'source'],
  optional: [],
  async validate(records) {
    const levels = await regionLevels(records.map((r) => r.values.kode ?? ''));
    const programs = await knownPrograms();
    const problems: string[] = [];
    const rows: ProgramTargetWriteRow[] = [];
    const dup = duplicateChecker();
    for (const record of records) {
      const f = fieldsOf(record, problems);
      const kode = f.kode('kode');
      if (kode && !levels.has(kode)) f.fail(`kode ${kode} is not a loaded region`);
      const program = f.text('program', { max: 40 });
      if (program && !programs.has(program)) {
        f.fail(`program ${JSON.stringify(program)} is not a known program (see Query.programs)`);
      }
      const year = f.year('year');
      const targetPercent = f.number('target_percent', { max: 100 });
      const source = f.text('source');
      dup(`${kode}|${program}|${year}`, record.label, f.fail, 'kode, program and year');
      if (f.ok() && kode && program && year !== null && targetPercent !== null && source) {
        rows.push({ kode, program, year, targetPercent, source });
      }
    }
    return { rows, problems };
  },
  write: async (tx, rows) => ({ changed: await upsertProgramTargets(tx, rows) }),
  summary: (rows) => ({
    programs: [...new Set(rows.map((r) => r.program))],
    years: [...new Set(rows.map((r) => r.year))],
  }),
};
