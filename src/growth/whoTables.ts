import { readFileSync } from 'node:fs';
import { repoPath } from '../paths.ts';
import type { Lms, Sex, WhoTables } from './types.ts';

let loaded: WhoTables | undefined;

/**
 * The four LMS tables of the WHO Child Growth Standards (2006) shipped in `data/who/`, read once
 * and kept: length/height-for-age and weight-for-age by day of age (0–1826), weight-for-length
 * (45–110 cm) and weight-for-height (65–120 cm) by tenth of a centimetre. Each row's position in
 * its array is its key, so a lookup is an index, and a missing or repeated row is an error here
 * rather than a wrong z-score later.
 *
 * @param dir folder holding lenanthro.txt, weianthro.txt, wflanthro.txt and wfhanthro.txt
 * @returns the tables by sex
 * @example
 * whoTables().lengthForAge.MALE[44]; // { l: 1, m: 56.4833, s: 0.03492 }
 */
export function whoTables(dir: string = repoPath('data', 'who')): WhoTables {
  if (loaded && dir === repoPath('data', 'who')) return loaded;
  const tables: WhoTables = {
    lengthForAge: read(dir, 'lenanthro.txt', 'age', 0, 1826, 1),
    weightForAge: read(dir, 'weianthro.txt', 'age', 0, 1826, 1),
    weightForLength: read(dir, 'wflanthro.txt', 'length', 45, 110, 10),
    weightForHeight: read(dir, 'wfhanthro.txt', 'height', 65, 120, 10),
  };
  if (dir === repoPath('data', 'who')) loaded = tables;
  return tables;
}

/**
 * @private One table file: tab-separated with a header; `sex` 1/2, the key column, `l m s`.
 * Keys run from `first` to `last` in steps of 1/`perUnit`.
 */
function read(
  dir: string,
  file: string,
  keyColumn: string,
  first: number,
  last: number,
  perUnit: number,
): Record<Sex, Lms[]> {
  const lines = readFileSync(`${dir}/${file}`, 'utf8').trim().split(/\r?\n/);
  const header = (lines.shift() ?? '').split('\t');
  const at = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`${file}: column "${name}" is missing`);
    return index;
  };
  const [sexAt, keyAt, lAt, mAt, sAt] = ['sex', keyColumn, 'l', 'm', 's'].map(at) as number[];
  const size = Math.round((last - first) * perUnit) + 1;
  const out: Record<Sex, Lms[]> = { MALE: new Array(size), FEMALE: new Array(size) };
  for (const [n, line] of lines.entries()) {
    const cells = line.split('\t');
    const sex: Sex = cells[sexAt as number] === '1' ? 'MALE' : 'FEMALE';
    const index = Math.round((Number(cells[keyAt as number]) - first) * perUnit);
    const row = {
      l: Number(cells[lAt as number]),
      m: Number(cells[mAt as number]),
      s: Number(cells[sAt as number]),
    };
    if (!(index >= 0 && index < size) || out[sex][index] !== undefined) {
      throw new Error(`${file} line ${n + 2}: key out of range or repeated`);
    }
    if (![row.l, row.m, row.s].every(Number.isFinite) || row.m <= 0 || row.s <= 0) {
      throw new Error(`${file} line ${n + 2}: L, M, S must be numbers (M, S > 0)`);
    }
    out[sex][index] = row;
  }
  for (const sex of ['MALE', 'FEMALE'] as const) {
    for (let i = 0; i < size; i += 1) {
      if (out[sex][i] === undefined) throw new Error(`${file}: ${sex} row ${i} is missing`);
    }
  }
  return out;
}
