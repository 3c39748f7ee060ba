/** Who is asking. No token means PUBLIC. */
export type Role = 'PUBLIC' | 'ANALYST' | 'OFFICER' | 'ADMIN' | 'AGENCY';

/**
 * AGENCY: an agency (OPD) of the kabupaten/kota in its `scope` (claim `agency`, e.g. "DINKES")
 * that records its own weekly realizations; it reads like PUBLIC.
 */
export const roles: readonly Role[] = ['PUBLIC', 'ANALYST', 'OFFICER', 'ADMIN', 'AGENCY'];

export interface Viewer {
  role: Role;
  /** Kode prefixes an OFFICER may see individual records in (e.g. "32.16.01"). */
  scope: readonly string[];
  /** The token's `sub`, for the audit log and rate limits; null for PUBLIC. */
  subject: string | null;
  /** AGENCY only: the agency code (with `scope` its kabupaten/kota, e.g. ["32.16"]). */
  agency?: string;
}

export const publicViewer: Viewer = Object.freeze({ role: 'PUBLIC', scope: [], subject: null });

/** Whether the viewer may see individual-level records of the region `kode`. */
export function mayReadIndividuals(viewer: Viewer, kode: string): boolean {
  if (viewer.role !== 'OFFICER') return false;
  return viewer.scope.some((prefix) => kode === prefix || kode.startsWith(`${prefix}.`));
}

/** Whether the viewer sees aggregates without small-cell suppression. */
export function seesUnsuppressed(viewer: Viewer, kode: string): boolean {
  if (viewer.role === 'ANALYST' || viewer.role === 'ADMIN') return true;
  return mayReadIndividuals(viewer, kode);
}

/**
 * What a viewer's answers depend on: everyone with the same tier sees the same values. ANALYST
 * and ADMIN see everything ('full'); an OFFICER sees unsuppressed values inside its scope; the
 * public sees suppressed values. Part of every cache key and ETag of an answer with values.
 */
export function viewerTier(viewer: Viewer): string {
  if (viewer.role === 'ANALYST' || viewer.role === 'ADMIN') return 'full';
  if (viewer.role === 'OFFICER') return `officer:${[...viewer.scope].sort().join(',')}`;
  return 'public';
}
