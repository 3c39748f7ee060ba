import { duplicateChecker, fieldsOf, regionLevels } from '../import.fields.ts';
import type { ImportSpec } from '../import.ts';
import { type LokusRow, replaceLokus, upsertLokus } from './lokus.write.sql.ts';

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

/** The same rows added to (or updated in) a year's list, one desa at a time: nothing is removed. */
export const lokusAddSpec: ImportSpec<LokusRow> = {
  ...lokusSpec,
  action: 'ADD_LOKUS',
  write: async (tx, rows) => ({ changed: await upsertLokus(tx, rows) }),
};
