import type { Context } from '../../../context.ts';
import { db } from '../../../db/client.ts';
import { refused } from '../refusal.ts';
import { activityWeeksOf } from './activity.write.sql.ts';

/**
 * Refuses realization rows an AGENCY may not write: an activity of another agency or another
 * kabupaten/kota, or one that does not exist (the same NOT_YOUR_ACTIVITY, naming the activity).
 * Other roles pass (the field's auth scopes decide who may call at all).
 */
export async function assertRealizationsOfAgency(
  ctx: Context,
  rows: readonly { kabupatenKode: string | number; activity: string; year: number }[],
): Promise<void> {
  if (ctx.viewer.role !== 'AGENCY') return;
  const keys = rows.map((r) => ({
    kabupatenKode: String(r.kabupatenKode),
    year: r.year,
    code: r.activity,
  }));
  const owners = new Map(
    (await activityWeeksOf(db, keys)).map((w) => [w.key, w.agency_code] as const),
  );
  keys.forEach((key, i) => {
    const owner = owners.get(`${key.kabupatenKode}|${key.year}|${key.code}`);
    if (owner !== ctx.viewer.agency || !ctx.viewer.scope.includes(key.kabupatenKode)) {
      throw refused(
        'NOT_YOUR_ACTIVITY',
        `realizations[${i}].activity`,
        key.code,
        `activity ${key.code} of ${key.kabupatenKode} ${key.year} is not an activity of agency ${ctx.viewer.agency}`,
      );
    }
  });
}
