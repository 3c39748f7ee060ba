import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/recordAudit.ts';
import { readCsv } from '../../csv.ts';
import { db, type Tx } from '../../db/client.ts';
import { ImportRejected } from '../../errors.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { maxRowsPerImport } from '../indicator/indicator.import.ts';

/** One incoming row before validation; `label` says where it came from ("line 7", "targets[3]"). */
export interface ImportRecord {
  label: string;
  values: Record<string, string>;
}

/** What one kind of program data needs to be imported: columns, validation, writing. */
export interface ImportSpec<Row> {
  /** Audit action, e.g. "IMPORT_TARGETS". */
  action: string;
  /** Audit target: the table written. */
  target: string;
  required: readonly string[];
  optional: readonly string[];
  /** Checks every record; rows only when a record has no problem. */
  validate(records: ImportRecord[]): Promise<{ rows: Row[]; problems: string[] }>;
  /** Writes inside the import's transaction; `changed` counts rows inserted or changed. */
  write(tx: Tx, rows: Row[]): Promise<{ changed: number; removed?: number }>;
  /** A short summary for the audit entry. */
  summary?(rows: Row[]): Prisma.InputJsonValue;
}

export interface ProgramImportReport {
  rows: number;
  /** Rows inserted or changed (a replay of the same input changes none). */
  changed: number;
  /** Rows deleted because the input replaces a whole list (lokus of a year). */
  removed: number;
}

/**
 * Imports CSV text by `spec`. All or nothing: the header is checked, every row is validated and
 * every problem reported with its line number; nothing is written unless every row is good; then
 * the rows and one audit entry are written in one transaction. Replaying a file changes nothing.
 */
export async function importCsvBySpec<Row>(
  spec: ImportSpec<Row>,
  text: string,
  actor: Actor,
): Promise<ProgramImportReport> {
  const records = readCsv(text, spec).map(({ record, line }) => ({
    label: `line ${line}`,
    values: record,
  }));
  return importRecordsBySpec(spec, records, actor);
}

/** The same rules for rows that arrive as structured input (GraphQL mutations). */
export async function importRecordsBySpec<Row>(
  spec: ImportSpec<Row>,
  records: ImportRecord[],
  actor: Actor,
): Promise<ProgramImportReport> {
  if (records.length === 0) throw new ImportRejected('nothing to import', ['no data rows']);
  if (records.length > maxRowsPerImport) {
    throw new ImportRejected('too many rows', [
      `${records.length} rows, at most ${maxRowsPerImport}`,
    ]);
  }
  const { rows, problems } = await spec.validate(records);
  if (problems.length > 0) {
    const ordered = problems
      .map((problem, order) => ({ problem, order, at: Number(/\d+/.exec(problem)?.[0] ?? 0) }))
      .sort((a, b) => a.at - b.at || a.order - b.order)
      .map(({ problem }) => problem);
    throw new ImportRejected(`${problems.length} problem(s) found, nothing was written`, ordered);
  }
  return db.$transaction(
    async (tx) => {
      const { changed, removed = 0 } = await spec.write(tx, rows);
      await recordAudit(tx, {
        ...actor,
        action: spec.action,
        target: spec.target,
        detail: { rows: rows.length, changed, removed, ...asObject(spec.summary?.(rows)) },
      });
      return { rows: rows.length, changed, removed };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** @private */
function asObject(value: Prisma.InputJsonValue | undefined): Record<string, Prisma.InputJsonValue> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, Prisma.InputJsonValue>)
    : {};
}
