import { isKode } from '../../args/kode.ts';
import { db } from '../../db/client.ts';
import type { RegionLevel } from '../../generated/prisma/enums.ts';
import { existingRegions } from '../region/region.import.ts';
import type { ImportRecord } from './import.ts';
import { type IsoWeek, parseDay, parseIsoWeek } from './week.ts';

/** Structured input to records: every value as text, null as empty. */
export function recordsFromInput(
  argument: string,
  items: readonly Record<string, unknown>[],
): ImportRecord[] {
  return items.map((item, i) => ({
    label: `${argument}[${i}]`,
    values: Object.fromEntries(
      Object.entries(item).map(([k, v]) => [
        k,
        v == null ? '' : Array.isArray(v) ? v.join(' | ') : String(v),
      ]),
    ),
  }));
}

/**
 * Typed access to one record's fields; every fault is added to `problems` with the record's
 * label, and the field reads as null.
 */
export function fieldsOf(record: ImportRecord, problems: string[]) {
  const before = problems.length;
  const fail = (reason: string) => problems.push(`${record.label}: ${reason}`);
  const raw = (name: string) => (record.values[name] ?? '').trim();
  const present = (name: string, required: boolean) => {
    const value = raw(name);
    if (value === '' && required) fail(`${name} is required`);
    return value !== '';
  };
  return {
    fail,
    /** Whether this record has had a problem so far. */
    ok: () => problems.length === before,
    text(name: string, options: { required?: boolean; max?: number } = {}): string | null {
      const { required = true, max = 200 } = options;
      if (!present(name, required)) return null;
      const value = raw(name);
      if (value.length > max) {
        fail(`${name} must be at most ${max} characters`);
        return null;
      }
      return value;
    },
    integer(name: string, options: { required?: boolean; min?: number; max?: number } = {}) {
      const { required = true, min = 0, max = 2_000_000_000 } = options;
      if (!present(name, required)) return null;
      const value = raw(name);
      if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        fail(`${name} ${JSON.stringify(value)} must be a whole number ${min}–${max}`);
        return null;
      }
      return Number(value);
    },
    number(name: string, options: { required?: boolean; min?: number; max?: number } = {}) {
      const { required = true, min = 0, max = Number.MAX_SAFE_INTEGER } = options;
      if (!present(name, required)) return null;
      const value = raw(name);
      if (!/^-?\d+(\.\d+)?$/.test(value) || Number(value) < min || Number(value) > max) {
        fail(`${name} ${JSON.stringify(value)} must be a number ${min}–${max}`);
        return null;
      }
      return Number(value);
    },
    oneOf<T extends string>(name: string, allowed: readonly T[], required = true): T | null {
      if (!present(name, required)) return null;
      const value = raw(name).toUpperCase();
      if (!allowed.includes(value as T)) {
        fail(`${name} ${JSON.stringify(raw(name))} must be one of ${allowed.join(', ')}`);
        return null;
      }
      return value as T;
    },
    kode(name: string): string | null {
      if (!present(name, true)) return null;
      const value = raw(name);
      if (!isKode(value)) {
        fail(`${name} ${JSON.stringify(value)} is not a Kemendagri code`);
        return null;
      }
      return value;
    },
    /** A kode that must name a loaded kabupaten/kota (`levels`: loaded kodes and their levels). */
    kabupaten(name: string, levels: ReadonlyMap<string, string>): string | null {
      const value = this.kode(name);
      if (value && levels.get(value) !== 'KABUPATEN') {
        fail(`${name} ${value} is not a loaded kabupaten/kota`);
      }
      return value;
    },
    date(name: string): string | null {
      if (!present(name, true)) return null;
      if (parseDay(raw(name)) === null) {
        fail(`${name} ${JSON.stringify(raw(name))} must be a date YYYY-MM-DD`);
        return null;
      }
      return raw(name);
    },
    week(name: string): IsoWeek | null {
      if (!present(name, true)) return null;
      const week = parseIsoWeek(raw(name));
      if (!week) fail(`${name} ${JSON.stringify(raw(name))} must be an ISO week YYYY-Www`);
      return week;
    },
    year(name: string): number | null {
      return this.integer(name, { min: 2000, max: 2100 });
    },
  };
}

/** Reports a key seen before in the same input. */
export function duplicateChecker() {
  const seen = new Map<string, string>();
  return (key: string, label: string, fail: (reason: string) => void, what: string) => {
    const earlier = seen.get(key);
    if (earlier !== undefined) fail(`repeats ${earlier} (same ${what})`);
    else seen.set(key, label);
  };
}

/** The loaded regions among `kodes`, with their level. */
export async function regionLevels(kodes: Iterable<string>): Promise<Map<string, RegionLevel>> {
  const wanted = [...new Set(kodes)].filter(isKode);
  return new Map((await existingRegions(db, wanted)).map((r) => [r.kode, r.level]));
}
