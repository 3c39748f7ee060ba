import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { db } from '../db/client.ts';

/** Rows removed per table (and boundaries cleared), as `npm run demo:remove` reports them. */
export type DemoRemovalReport = Record<string, number>;

/**
 * Deletes every synthetic row (migration 0009's `synthetic` column) and clears every synthetic
 * boundary, in one transaction with one audit entry: all or nothing. Real rows stay, including
 * region names and codes, real boundaries and the published survey figures. Dependents go first;
 * a real row that refers to a synthetic one (say, real coverage of a demo program) makes the
 * whole removal fail with that reason and changes nothing. Running it again removes nothing.
 */
export async function removeDemo(actor: Actor): Promise<DemoRemovalReport> {
  return db.$transaction(
    async (tx) => {
      const report: DemoRemovalReport = {};
      const count = async (table: string, run: Promise<number>) => {
        report[table] = await run;
      };
      await count(
        'measurement',
        tx.$executeRaw`DELETE FROM measurement
          WHERE synthetic OR child_id IN (SELECT id FROM child WHERE synthetic)`,
      );
      await count('child', tx.$executeRaw`DELETE FROM child WHERE synthetic`);
      await count(
        'monitoring_checkin',
        tx.$executeRaw`DELETE FROM monitoring_checkin
          WHERE synthetic OR family_id IN (SELECT id FROM monitored_family WHERE synthetic)`,
      );
      await count('monitored_family', tx.$executeRaw`DELETE FROM monitored_family WHERE synthetic`);
      await count(
        'activity_week',
        tx.$executeRaw`DELETE FROM activity_week
          WHERE synthetic OR activity_id IN (SELECT id FROM activity WHERE synthetic)`,
      );
      await count('activity', tx.$executeRaw`DELETE FROM activity WHERE synthetic`);
      await count('program_coverage', tx.$executeRaw`DELETE FROM program_coverage WHERE synthetic`);
      await count('program_target', tx.$executeRaw`DELETE FROM program_target WHERE synthetic`);
      await count('indicator_target', tx.$executeRaw`DELETE FROM indicator_target WHERE synthetic`);
      await count('priority_village', tx.$executeRaw`DELETE FROM priority_village WHERE synthetic`);
      await count('action_report', tx.$executeRaw`DELETE FROM action_report WHERE synthetic`);
      await count('assessment_grade', tx.$executeRaw`DELETE FROM assessment_grade WHERE synthetic`);
      await count('assessment_item', tx.$executeRaw`DELETE FROM assessment_item WHERE synthetic`);
      await count(
        'assessment_grade_scale',
        tx.$executeRaw`DELETE FROM assessment_grade_scale WHERE synthetic`,
      );
      await count(
        'facility_service_area',
        tx.$executeRaw`DELETE FROM facility_service_area
          WHERE synthetic OR puskesmas_id IN (SELECT id FROM facility WHERE synthetic)`,
      );
      await count('facility', tx.$executeRaw`DELETE FROM facility WHERE synthetic`);
      await count('program', tx.$executeRaw`DELETE FROM program WHERE synthetic`);
      await count('agency', tx.$executeRaw`DELETE FROM agency WHERE synthetic`);
      await count('indicator_value', tx.$executeRaw`DELETE FROM indicator_value WHERE synthetic`);
      await count(
        'region.geom',
        tx.$executeRaw`UPDATE region SET geom = NULL, geom_source = NULL, updated_at = now()
          WHERE geom_synthetic`,
      );
      await recordAudit(tx, {
        ...actor,
        action: 'REMOVE_DEMO',
        target: 'synthetic rows',
        detail: report,
      });
      return report;
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
}
