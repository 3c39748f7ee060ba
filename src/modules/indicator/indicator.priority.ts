import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/recordAudit.ts';
import { db } from '../../db/client.ts';
import { badUserInput } from '../../errors.ts';

/**
 * Sets which sources win for one indicator (see indicator.sources.ts), audited. Values of the
 * indicator get new data versions, so no cached answer keeps serving the old choice. Throws
 * BAD_USER_INPUT for an unknown indicator or a malformed list.
 */
export async function setSourcePriority(
  code: string,
  sources: readonly string[],
  actor: Actor,
): Promise<void> {
  if (sources.length > 50) throw badUserInput('sources', sources.length, 'at most 50 sources');
  sources.forEach((source, i) => {
    if (source.trim() === '' || source.length > 200) {
      throw badUserInput(`sources[${i}]`, source, 'a source must be 1–200 characters');
    }
    if (sources.indexOf(source) !== i) {
      throw badUserInput(`sources[${i}]`, source, 'a source may be listed once');
    }
  });
  await db.$transaction(async (tx) => {
    const before = await tx.indicator.findUnique({
      where: { code },
      select: { sourcePriority: true },
    });
    if (before === null) {
      throw badUserInput('code', code, 'unknown indicator code; see Query.indicators');
    }
    await tx.indicator.update({ where: { code }, data: { sourcePriority: [...sources] } });
    await tx.$executeRaw`
      SELECT bump_data_version(ARRAY(
        SELECT DISTINCT 'value:' || indicator_code || ':' || period
        FROM indicator_value WHERE indicator_code = ${code}))`;
    await recordAudit(tx, {
      ...actor,
      action: 'SET_SOURCE_PRIORITY',
      target: `indicator:${code}`,
      detail: { before: before.sourcePriority, after: [...sources] },
    });
  });
}
