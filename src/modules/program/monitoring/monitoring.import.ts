import { db } from '../../../db/client.ts';
import { duplicateChecker, fieldsOf, regionLevels } from '../import.fields.ts';
import type { ImportSpec } from '../import.ts';
import { codedProblem } from '../refusal.ts';
import {
  type CheckinRow,
  enrolledFamilies,
  type FamilyRow,
  insertNewFamilies,
  upsertCheckins,
} from './monitoring.write.sql.ts';

export const familyPattern = /^[A-Za-z0-9-]{3,40}$/;

/** Source recorded on families enrolled by an import. */
export const checkinSource = 'monitoring check-in import';

/**
 * Daily check-ins of monitored families: `family,kode,category,name,date,status` (+ `note`).
 * A check-in never changes its family: for an enrolled family `kode`, `category` and `name` may
 * be left empty and, when given, must match (FAMILY_MISMATCH; changes go through
 * `updateMonitoredFamily`); its date must lie between enrolment and closure
 * (CHECKIN_BEFORE_ENROLMENT, FAMILY_CLOSED). A family not yet enrolled is enrolled on its
 * earliest check-in when its lines give kode, category and name, all alike (FAMILY_NOT_ENROLLED
 * otherwise). Check-ins are upserted by (family, date).
 */
export const checkinSpec: ImportSpec<{ family: FamilyRow; checkin: CheckinRow }> = {
  action: 'IMPORT_CHECKINS',
  target: 'monitoring_checkin',
  required: ['family', 'kode', 'category', 'name', 'date', 'status'],
  optional: ['note'],
  async validate(records) {
    const levels = await regionLevels(records.map((r) => r.values.kode ?? ''));
    const enrolled = await enrolledFamilies(
      db,
      records.map((r) => (r.values.family ?? '').trim()),
    );
    const today = new Date().toISOString().slice(0, 10);
    const problems: string[] = [];
    const rows: { family: FamilyRow; checkin: CheckinRow }[] = [];
    const dup = duplicateChecker();
    const firstOf = new Map<string, { label: string; family: FamilyRow }>();
    for (const record of records) {
      const f = fieldsOf(record, problems);
      const given = (name: string) => (record.values[name] ?? '').trim() !== '';
      const id = f.text('family', { max: 40 });
      if (id && !familyPattern.test(id))
        f.fail(`family ${JSON.stringify(id)} must be 3–40 of A-Z, a-z, 0-9, -`);
      const known = id ? enrolled.get(id) : undefined;
      // Who the family is may be left out when it is enrolled (or, to get FAMILY_NOT_ENROLLED
      // rather than three missing fields, when none of it is given).
      const optional = Boolean(known) || (!given('kode') && !given('category') && !given('name'));
      const kode = optional && !given('kode') ? null : f.kode('kode');
      if (kode && levels.get(kode) !== 'DESA')
        f.fail(`kode ${kode} is not a loaded desa/kelurahan`);
      const category =
        optional && !given('category')
          ? null
          : f.oneOf('category', ['PREGNANT', 'UNDER_TWO', 'STUNTED'] as const);
      const name = optional && !given('name') ? null : f.text('name');
      const date = f.date('date');
      if (date && date > today) f.fail(`date ${date} is in the future`);
      const status = f.oneOf('status', ['WELL', 'NEEDS_ATTENTION', 'REFERRED'] as const);
      const note = f.text('note', { required: false, max: 500 });
      dup(`${id}|${date}`, record.label, f.fail, 'family and date');
      if (!f.ok() || !id || !date || !status) continue;
      if (known) {
        const stored = { kode: known.kode, category: known.category, name: known.name };
        const asked = { kode, category, name };
        for (const k of ['kode', 'category', 'name'] as const) {
          if (asked[k] !== null && asked[k] !== stored[k]) {
            f.fail(
              codedProblem(
                'FAMILY_MISMATCH',
                `${k} ${JSON.stringify(asked[k])} differs from ${JSON.stringify(stored[k])} enrolled for family ${id}; a check-in never changes a family (use updateMonitoredFamily)`,
              ),
            );
          }
        }
        if (date < known.enrolledOn) {
          f.fail(
            codedProblem(
              'CHECKIN_BEFORE_ENROLMENT',
              `date ${date} is before family ${id} was enrolled (${known.enrolledOn})`,
            ),
          );
        }
        if (known.closedOn !== null && date > known.closedOn) {
          f.fail(
            codedProblem(
              'FAMILY_CLOSED',
              `date ${date} is after family ${id} was closed (${known.closedOn}, ${known.closeReason ?? 'no reason'}); a closed family takes no check-ins`,
            ),
          );
        }
        if (!f.ok()) continue;
        rows.push({
          family: { ...stored, id, firstSeen: known.enrolledOn },
          checkin: { family: id, date, status, note },
        });
        continue;
      }
      if (!kode || !category || !name) {
        f.fail(
          codedProblem(
            'FAMILY_NOT_ENROLLED',
            `family ${id} is not enrolled; give kode, category and name to enrol it, or use enrolMonitoredFamily`,
          ),
        );
        continue;
      }
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
    const changed = await insertNewFamilies(tx, families, checkinSource);
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
