import { duplicateChecker, fieldsOf, regionLevels } from '../import.fields.ts';
import type { ImportSpec } from '../import.ts';
import {
  type CheckinRow,
  type FamilyRow,
  upsertCheckins,
  upsertFamilies,
} from './monitoring.write.sql.ts';

const familyPattern = /^[A-Za-z0-9-]{3,40}$/;

/** Source recorded on families enrolled by an import. */
export const checkinSource = 'monitoring check-in import';

/**
 * Daily check-ins of monitored families: `family,kode,category,name,date,status` (+ `note`). A
 * family's desa, category and name must agree on all its lines; a new family is enrolled on its
 * earliest check-in. Upserts families by id and check-ins by (family, date).
 */
export const checkinSpec: ImportSpec<{ family: FamilyRow; checkin: CheckinRow }> = {
  action: 'IMPORT_CHECKINS',
  target: 'monitoring_checkin',
  required: ['family', 'kode', 'category', 'name', 'date', 'status'],
  optional: ['note'],
  async validate(records) {
    const levels = await regionLevels(records.map((r) => r.values.kode ?? ''));
    const today = new Date().toISOString().slice(0, 10);
    const problems: string[] = [];
    const rows: { family: FamilyRow; checkin: CheckinRow }[] = [];
    const dup = duplicateChecker();
    const firstOf = new Map<string, { label: string; family: FamilyRow }>();
    for (const record of records) {
      const f = fieldsOf(record, problems);
      const id = f.text('family', { max: 40 });
      if (id && !familyPattern.test(id))
        f.fail(`family ${JSON.stringify(id)} must be 3–40 of A-Z, a-z, 0-9, -`);
      const kode = f.kode('kode');
      if (kode && levels.get(kode) !== 'DESA')
        f.fail(`kode ${kode} is not a loaded desa/kelurahan`);
      const category = f.oneOf('category', ['PREGNANT', 'UNDER_TWO', 'STUNTED'] as const);
      const name = f.text('name');
      const date = f.date('date');
      if (date && date > today) f.fail(`date ${date} is in the future`);
      const status = f.oneOf('status', ['WELL', 'NEEDS_ATTENTION', 'REFERRED'] as const);
      const note = f.text('note', { required: false, max: 500 });
      dup(`${id}|${date}`, record.label, f.fail, 'family and date');
      if (!f.ok() || !id || !kode || !category || !name || !date || !status) continue;
      const family = { id, kode, category, name, firstSeen: date };
      const first = firstOf.get(id);
      if (first) {
        const differs = (['kode', 'category', 'name'] as const).filter(
          (k) => family[k] !== first.family[k],
        );
        if (differs.length > 0) {
          f.fail(`${differs.join(', ')} differ from ${first.label} for family ${id}`);
          continue;
        }
        if (date < first.family.firstSeen) first.family.firstSeen = date;
      } else firstOf.set(id, { label: record.label, family });
      rows.push({
        family: firstOf.get(id)?.family ?? family,
        checkin: { family: id, date, status, note },
      });
    }
    return { rows, problems };
  },
  async write(tx, rows) {
    const families = [...new Map(rows.map((r) => [r.family.id, r.family])).values()];
    const changed = await upsertFamilies(tx, families, checkinSource);
    return {
      changed:
        changed +
        (await upsertCheckins(
          tx,
          rows.map((r) => r.checkin),
        )),
    };
  },
  summary: (rows) => {
    const dates = rows.map((r) => r.checkin.date).sort();
    return {
      families: new Set(rows.map((r) => r.family.id)).size,
      from: dates[0] ?? null,
      to: dates[dates.length - 1] ?? null,
    };
  },
};
