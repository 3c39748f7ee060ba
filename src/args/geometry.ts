import { badUserInput } from '../errors.ts';

/** How a boundary is written out: Douglas–Peucker tolerance in metres, and coordinate digits. */
export interface GeometryOutput {
  simplifyMeters: number;
  precision: number;
}

/**
 * The `simplifyMeters` (0–10,000, default 0) and `precision` (integer 0–15, default 6) arguments
 * of a boundary field, checked; BAD_USER_INPUT names the first one out of range.
 */
export function geometryOutput(args: {
  simplifyMeters?: number | null;
  precision?: number | null;
}): GeometryOutput {
  const simplifyMeters = args.simplifyMeters ?? 0;
  const precision = args.precision ?? 6;
  if (!Number.isFinite(simplifyMeters) || simplifyMeters < 0 || simplifyMeters > 10_000) {
    throw badUserInput('simplifyMeters', simplifyMeters, 'simplifyMeters must be 0–10000');
  }
  if (!Number.isInteger(precision) || precision < 0 || precision > 15) {
    throw badUserInput('precision', precision, 'precision must be 0–15');
  }
  return { simplifyMeters, precision };
}
