import { db } from '../../../db/client.ts';
import { duplicateChecker, fieldsOf, regionLevels } from '../import.fields.ts';
import type { ImportSpec } from '../import.ts';
import { type TargetWriteRow, upsertTargets } from './target.write.sql.ts';

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
