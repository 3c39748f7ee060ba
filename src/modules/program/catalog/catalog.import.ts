import { db } from '../../../db/client.ts';
import { duplicateChecker, fieldsOf, regionLevels } from '../import.fields.ts';
import type { ImportSpec } from '../import.ts';
import {
  type AgencyRow,
  type ProgramRow,
  upsertAgencies,
  upsertPrograms,
} from './catalog.write.sql.ts';

const codePattern = /^[A-Z][A-Z0-9_]{1,29}$/;

/** Agencies (OPD): `kabupaten,code,name,short_name`, upserted by (kabupaten, code). */
export const agencySpec: ImportSpec<AgencyRow> = {
  action: 'IMPORT_AGENCIES',
  target: 'agency',
  required: ['kabupaten', 'code', 'name', 'short_name'],
  optional: [],
  async validate(records) {
    const levels = await regionLevels(records.map((r) => r.values.kabupaten ?? ''));
    const problems: string[] = [];
    const rows: AgencyRow[] = [];
    const dup = duplicateChecker();
    for (const record of records) {
      const f = fieldsOf(record, problems);
      const kabupatenKode = f.kabupaten('kabupaten', levels);
      const code = f.text('code', { max: 30 });
      if (code && !codePattern.test(code))
        f.fail(`code ${JSON.stringify(code)} must match A-Z, 0-9, _`);
      const name = f.text('name');
      const shortName = f.text('short_name', { max: 60 });
      dup(`${kabupatenKode}|${code}`, record.label, f.fail, 'kabupaten and code');
      if (f.ok() && kabupatenKode && code && name && shortName) {
        rows.push({ kabupatenKode, code, name, shortName });
      }
    }
    return { rows, problems };
  },
  write: async (tx, rows) => ({ changed: await upsertAgencies(tx, rows) }),
};

/** Programs: `code,name,kind,target_group` (+ `indicator`, `lead_agency`), upserted by code. */
export const programSpec: ImportSpec<ProgramRow> = {
  action: 'IMPORT_PROGRAMS',
  target: 'program',
  required: ['code', 'name', 'kind', 'target_group'],
  optional: ['indicator', 'lead_agency'],
  async validate(records) {
    const problems: string[] = [];
    const rows: ProgramRow[] = [];
    const dup = duplicateChecker();
    for (const record of records) {
      const f = fieldsOf(record, problems);
      const code = f.text('code', { max: 40 });
      if (code && !/^[A-Z][A-Z0-9_]{1,39}$/.test(code))
        f.fail(`code ${JSON.stringify(code)} must match A-Z, 0-9, _`);
      const name = f.text('name');
      const kind = f.oneOf('kind', ['SPECIFIC', 'SENSITIVE'] as const);
      const targetGroup = f.text('target_group');
      const indicatorRef = f.text('indicator', { required: false, max: 20 });
      const leadAgency = f.text('lead_agency', { required: false, max: 30 });
      dup(String(code), record.label, f.fail, 'code');
      if (f.ok() && code && name && kind && targetGroup) {
        rows.push({ code, name, kind, targetGroup, indicatorRef, leadAgency });
      }
    }
    return { rows, problems };
  },
  write: async (tx, rows) => ({ changed: await upsertPrograms(tx, rows) }),
};

/** Agencies of the given kabupaten, as "kabupaten|code". */
export async function knownAgencies(kabupatens: Iterable<string>): Promise<Set<string>> {
  const rows = await db.agency.findMany({
    where: { kabupatenKode: { in: [...new Set(kabupatens)] } },
    select: { kabupatenKode: true, code: true },
  });
  return new Set(rows.map((r) => `${r.kabupatenKode}|${r.code}`));
}

/** Codes of the known programs. */
export async function knownPrograms(): Promise<Set<string>> {
  return new Set((await db.program.findMany({ select: { code: true } })).map((p) => p.code));
}
