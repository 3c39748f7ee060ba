import { parse } from 'csv-parse/sync';
import { ImportRejected } from './errors.ts';

export interface CsvRecord {
  /** Values by lower-cased, trimmed column name. */
  record: Record<string, string>;
  /** Line number of the record's last line (quoted fields may span lines). */
  line: number;
}

/**
 * Reads CSV text for an importer (RFC 4180 quoting, BOM, CRLF) and checks its header against the
 * required and optional columns. Unreadable text or a wrong header rejects the whole file.
 */
export function readCsv(
  text: string,
  columns: { required: readonly string[]; optional: readonly string[] },
): CsvRecord[] {
  let parsed: { record: Record<string, string>; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      bom: true,
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      info: true,
    });
  } catch (error) {
    throw new ImportRejected('the file is not valid CSV', [(error as Error).message]);
  }
  const header = parsed.length > 0 ? Object.keys(parsed[0]?.record ?? {}) : firstLine(text);
  const missing = columns.required.filter((c) => !header.includes(c));
  const extra = header.filter(
    (c) => !columns.required.includes(c) && !columns.optional.includes(c),
  );
  if (missing.length > 0 || extra.length > 0) {
    throw new ImportRejected('the header is wrong', [
      ...missing.map((c) => `missing column "${c}"`),
      ...extra.map((c) => `unknown column "${c}"`),
      `expected ${[...columns.required, ...columns.optional.map((c) => `[${c}]`)].join(',')}`,
    ]);
  }
  return parsed.map(({ record, info }) => ({ record, line: info.lines }));
}

/** @private The header of a file without data rows. */
function firstLine(text: string): string[] {
  return (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '');
}

/**
 * One RFC 4180 field: empty for null/undefined; quoted when it holds a comma, a quote, CR or LF,
 * with quotes doubled.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Free text as a spreadsheet should see it: a leading =, +, -, @, tab or CR would make it a
 * formula (CSV injection), so such text gets a leading apostrophe.
 */
export function csvText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One value of a CSV document being written: text, a number, a flag or empty. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * A CSV document for a spreadsheet: a UTF-8 byte-order mark (so spreadsheet programs read names
 * right), the header, one record per row, CRLF after every record (RFC 4180). A field holding a
 * comma, quote, CR or LF is quoted with quotes doubled; null and undefined are empty. Text that
 * starts with =, +, -, @, tab or CR would run as a formula (CSV injection) and gets a leading
 * apostrophe; numbers and flags are written as they are (a negative number stays a number).
 */
export function csvDocument(columns: readonly string[], rows: readonly CsvValue[][]): string {
  const lines = [columns, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** @private */
function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
