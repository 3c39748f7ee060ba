import type { Actor } from '../../audit/actor.ts';
import { planSpec, realizationSpec } from './activity/activity.import.ts';
import { actionReportSpec, gradeSpec, schemeSpec } from './assessment/assessment.import.ts';
import { agencySpec, programSpec } from './catalog/catalog.import.ts';
import { coverageSpec } from './coverage/coverage.import.ts';
import { programTargetSpec } from './coverage/coverage.target.import.ts';
import {
  type ImportRecord,
  type ImportSpec,
  importCsvBySpec,
  importRecordsBySpec,
  type ProgramImportReport,
} from './import.ts';
import { lokusAddSpec, lokusSpec } from './lokus/lokus.import.ts';
import { checkinSpec } from './monitoring/monitoring.import.ts';
import { targetSpec } from './target/target.import.ts';

export const programImportKinds = [
  'AGENCIES',
  'PROGRAMS',
  'TARGETS',
  'LOKUS',
  'LOKUS_ADD',
  'PLANS',
  'REALIZATIONS',
  'COVERAGE',
  'PROGRAM_TARGETS',
  'CHECKINS',
  'ASSESSMENT_SCHEME',
  'ACTION_REPORTS',
  'ASSESSMENT_GRADES',
] as const;

export type ProgramImportKind = (typeof programImportKinds)[number];

/** The CSV header each kind expects (optional columns in brackets), for help texts. */
export function importHeader(kind: ProgramImportKind): string {
  return withSpec(kind, (spec) =>
    [...spec.required, ...spec.optional.map((c) => `[${c}]`)].join(','),
  );
}

/**
 * Imports CSV text of one kind of program data (the code path of `npm run import:*` and of the
 * `importProgramCsv` mutation): all or nothing, every bad line reported, audited, idempotent.
 */
export function importProgramCsv(
  kind: ProgramImportKind,
  text: string,
  actor: Actor,
): Promise<ProgramImportReport> {
  return withSpec(kind, (spec) => importCsvBySpec(spec, text, actor));
}

/** The same for rows from structured input, keyed by CSV column name. */
export function importProgramRecords(
  kind: ProgramImportKind,
  records: ImportRecord[],
  actor: Actor,
): Promise<ProgramImportReport> {
  return withSpec(kind, (spec) => importRecordsBySpec(spec, records, actor));
}

/** @private Runs `use` with the spec of `kind`, whatever its row type. */
function withSpec<T>(kind: ProgramImportKind, use: <R>(spec: ImportSpec<R>) => T): T {
  switch (kind) {
    case 'AGENCIES':
      return use(agencySpec);
    case 'PROGRAMS':
      return use(programSpec);
    case 'TARGETS':
      return use(targetSpec);
    case 'LOKUS':
      return use(lokusSpec);
    case 'LOKUS_ADD':
      return use(lokusAddSpec);
    case 'PLANS':
      return use(planSpec);
    case 'REALIZATIONS':
      return use(realizationSpec);
    case 'COVERAGE':
      return use(coverageSpec);
    case 'PROGRAM_TARGETS':
      return use(programTargetSpec);
    case 'CHECKINS':
      return use(checkinSpec);
    case 'ASSESSMENT_SCHEME':
      return use(schemeSpec);
    case 'ACTION_REPORTS':
      return use(actionReportSpec);
    case 'ASSESSMENT_GRADES':
      return use(gradeSpec);
  }
}
