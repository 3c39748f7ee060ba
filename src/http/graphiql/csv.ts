/**
 * The CSV download of GraphiQL's toolbar: the first list of objects in an answer, one row per
 * element, nested objects flattened to `a.b.c` columns, RFC 4180 quoting, and text a spreadsheet
 * would read as a formula (leading =, +, -, @, tab or CR) prefixed with an apostrophe, as
 * `/export` does. Pure functions: bundled into the browser and tested in Node.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The first array holding an object, depth first in key order; null when there is none. */
export function firstTable(value: unknown): Record<string, unknown>[] | null {
  if (Array.isArray(value)) {
    if (value.some((v) => v !== null && typeof v === 'object' && !Array.isArray(v))) {
      return value as Record<string, unknown>[];
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) {
      const found = firstTable(child);
      if (found) return found;
    }
  }
  return null;
}

/** @private One row's scalar cells by dotted path; lists become their JSON text. */
function flatten(row: unknown, prefix: string, out: Record<string, Json>): Record<string, Json> {
  if (row === null || typeof row !== 'object') {
    out[prefix || 'value'] = row as Json;
    return out;
  }
  for (const [key, value] of Object.entries(row)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      flatten(value, name, out);
    } else out[name] = Array.isArray(value) ? JSON.stringify(value) : (value as Json);
  }
  return out;
}

/** Text that a spreadsheet would take as a formula gets a leading apostrophe. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One RFC 4180 field: numbers and booleans as they are, text neutralised and quoted as needed. */
export function csvField(value: Json | undefined): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'string' ? neutralise(value) : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV text (header and CRLF lines) of the first list in `data`, or null when it has none. */
export function tableCsv(data: unknown): string | null {
  const table = firstTable(data);
  if (!table) return null;
  const rows = table.map((row) => flatten(row, '', {}));
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
