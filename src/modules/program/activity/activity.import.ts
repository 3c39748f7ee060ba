import { config } from '../../../config.ts';
import { db } from '../../../db/client.ts';
import { knownAgencies, knownPrograms } from '../catalog/catalog.import.ts';
import { duplicateChecker, fieldsOf, regionLevels } from '../import.fields.ts';
import type { ImportSpec } from '../import.ts';
import { codedProblem } from '../refusal.ts';
import {
  type ActivityDefinitionRow,
  activityWeeksOf,
  type PlanWeekRow,
  type RealizationWeekRow,
  upsertActivities,
  upsertPlanWeeks,
  upsertRealizationWeeks,
} from './activity.write.sql.ts';

/**
 * Planned activities by ISO week:
 * `kabupaten,agency,activity,year,name,program,kode,unit,week,quantity,budget`. One line per
 * activity and week; the activity's attributes must agree on all its lines. Weeks lie in the
 * budget year (ISO year). Upserts the activity by (kabupaten, year, activity) and the week's plan.
 */
export const planSpec: ImportSpec<{ activity: ActivityDefinitionRow; week: PlanWeekRow }> = {
  action: 'IMPORT_PLANS',
  target: 'activity',
  required: ['kabupaten', 'agency', 'activity', 'year', 'name', 'kode', 'unit', 'week', 'quantity'],
  optional: ['program', 'budget'],
  async validate(records) {
    const levels = await regionLevels(
      records.flatMap((r) => [r.values.kabupaten ?? '', r.values.kode ?? '']),
    );
    const agencies = await knownAgencies(records.map((r) => r.values.kabupaten ?? ''));
    const programs = await knownPrograms();
    const problems: string[] = [];
    const rows: { activity: ActivityDefinitionRow; week: PlanWeekRow }[] = [];
    const dup = duplicateChecker();
    const firstOf = new Map<string, { label: string; activity: ActivityDefinitionRow }>();
    for (const record of records) {
      const f = fieldsOf(record, problems);
      const kabupatenKode = f.kabupaten('kabupaten', levels);
      const agency = f.text('agency', { max: 30 });
      if (agency && kabupatenKode && !agencies.has(`${kabupatenKode}|${agency}`)) {
        f.fail(`agency ${agency} is not an agency of ${kabupatenKode}`);
      }
      const code = f.text('activity', { max: 60 });
      const year = f.year('year');
      const name = f.text('name', { max: 300 });
      const program = f.text('program', { required: false, max: 40 });
      if (program && !programs.has(program)) f.fail(`program ${program} is not a known program`);
      const regionKode = f.kode('kode');
      if (regionKode && !levels.has(regionKode))
        f.fail(`kode ${regionKode} is not a loaded region`);
      if (regionKode && kabupatenKode && !`${regionKode}.`.startsWith(`${kabupatenKode}.`)) {
        f.fail(`kode ${regionKode} lies outside kabupaten ${kabupatenKode}`);
      }
      const unit = f.text('unit', { max: 40 });
      const week = f.week('week');
      if (week && year !== null && week.year !== year) {
        f.fail(`week ${week.label} is not in budget year ${year}`);
      }
      const quantity = f.integer('quantity', { max: 1_000_000_000 });
      const budget = f.integer('budget', { required: false, max: 1e15 }) ?? 0;
      const key = `${kabupatenKode}|${year}|${code}`;
      dup(`${key}|${week?.label}`, record.label, f.fail, 'kabupaten, year, activity and week');
      if (!f.ok() || !kabupatenKode || !agency || !code || year === null || !name) continue;
      if (!regionKode || !unit || !week || quantity === null) continue;
      const activity = { kabupatenKode, year, code, agency, name, program, regionKode, unit };
      const first = firstOf.get(key);
      if (first) {
        const differs = (Object.keys(activity) as (keyof ActivityDefinitionRow)[]).filter(
          (k) => activity[k] !== first.activity[k],
        );
        if (differs.length > 0) {
          f.fail(`${differs.join(', ')} differ from ${first.label} for activity ${code}`);
          continue;
        }
      } else firstOf.set(key, { label: record.label, activity });
      rows.push({
        activity,
        week: { kabupatenKode, year, code, weekStart: week.start, quantity, budget },
      });
    }
    return { rows, problems };
  },
  async write(tx, rows) {
    const activities = new Map(
      rows.map((r) => [
        `${r.activity.kabupatenKode}|${r.activity.year}|${r.activity.code}`,
        r.activity,
      ]),
    );
    const changed = await upsertActivities(tx, [...activities.values()]);
    return {
      changed:
        changed +
        (await upsertPlanWeeks(
          tx,
          rows.map((r) => r.week),
        )),
    };
  },
  summary: (rows) => ({ activities: new Set(rows.map((r) => r.activity.code)).size }),
};

/**
 * Weekly realizations: `kabupaten,activity,year,week,quantity` (+ `spent` rupiah, `note`). The
 * activity must be planned (imported) first; the week lies in its budget year. `spent` left
 * empty is not reported (null; an update keeps what was recorded). Plausibility: an activity's
 * year to date after the write may not exceed PROGRAM_PLAUSIBILITY_FACTOR × its year plan, in
 * quantity or in rupiah — refused (IMPLAUSIBLE_REALIZATION) or, with PROGRAM_PLAUSIBILITY=flag,
 * stored with the reason in `flag`.
 */
export const realizationSpec: ImportSpec<RealizationWeekRow> = {
  action: 'IMPORT_REALIZATIONS',
  target: 'activity_week',
  required: ['kabupaten', 'activity', 'year', 'week', 'quantity'],
  optional: ['spent', 'note'],
  async validate(records) {
    const problems: string[] = [];
    const parsed: (RealizationWeekRow & { label: string })[] = [];
    const dup = duplicateChecker();
    for (const record of records) {
      const f = fieldsOf(record, problems);
      const kabupatenKode = f.kode('kabupaten');
      const code = f.text('activity', { max: 60 });
      const year = f.year('year');
      const week = f.week('week');
      if (week && year !== null && week.year !== year) {
        f.fail(`week ${week.label} is not in budget year ${year}`);
      }
      const quantity = f.integer('quantity', { max: 1_000_000_000 });
      const spent = f.integer('spent', { required: false, max: 1e15 });
      const note = f.text('note', { required: false, max: 500 });
      dup(
        `${kabupatenKode}|${year}|${code}|${week?.label}`,
        record.label,
        f.fail,
        'activity and week',
      );
      if (f.ok() && kabupatenKode && code && year !== null && week && quantity !== null) {
        parsed.push({
          label: record.label,
          kabupatenKode,
          year,
          code,
          weekStart: week.start,
          quantity,
          spent,
          note,
          flag: null,
        });
      }
    }
    const weeks = await activityWeeksOf(db, parsed);
    const { plausibilityFactor: factor, plausibility } = config().program;
    const rows = parsed.filter((r) => {
      const key = `${r.kabupatenKode}|${r.year}|${r.code}`;
      const stored = weeks.filter((w) => w.key === key);
      if (stored.length === 0) {
        problems.push(
          `${r.label}: activity ${r.code} of ${r.kabupatenKode} ${r.year} is not planned`,
        );
        return false;
      }
      // The year to date once every row of this input for the activity is written.
      const mine = parsed.filter((p) => `${p.kabupatenKode}|${p.year}|${p.code}` === key);
      const replaced = new Set(mine.map((p) => p.weekStart));
      const kept = stored.filter((w) => w.week_start === null || !replaced.has(w.week_start));
      const plannedQuantity = stored.reduce((s, w) => s + w.planned_quantity, 0);
      const plannedBudget = stored.reduce((s, w) => s + w.planned_budget, 0);
      const realized =
        kept.reduce((s, w) => s + (w.realized_quantity ?? 0), 0) +
        mine.reduce((s, p) => s + p.quantity, 0);
      const spent =
        kept.reduce((s, w) => s + (w.spent_budget ?? 0), 0) +
        mine.reduce(
          (s, p) =>
            s + (p.spent ?? stored.find((w) => w.week_start === p.weekStart)?.spent_budget ?? 0),
          0,
        );
      const reasons: string[] = [];
      if (r.quantity > 0 && realized > factor * plannedQuantity) {
        reasons.push(
          `quantity ${r.quantity} brings activity ${r.code} to ${realized} realized in ${r.year}, more than ${factor} × its year plan of ${plannedQuantity}`,
        );
      }
      if ((r.spent ?? 0) > 0 && spent > factor * plannedBudget) {
        reasons.push(
          `spent ${r.spent} brings activity ${r.code} to Rp ${spent} spent in ${r.year}, more than ${factor} × its year budget of Rp ${plannedBudget}`,
        );
      }
      if (reasons.length === 0) return true;
      if (plausibility === 'flag') {
        r.flag = reasons.join('; ');
        return true;
      }
      for (const reason of reasons) {
        problems.push(codedProblem('IMPLAUSIBLE_REALIZATION', `${r.label}: ${reason}`));
      }
      return false;
    });
    return { rows: rows.map(({ label: _label, ...row }) => row), problems };
  },
  write: async (tx, rows) => ({ changed: await upsertRealizationWeeks(tx, rows) }),
};
