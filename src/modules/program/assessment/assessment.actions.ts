import { db } from '../../../db/client.ts';

export interface ConvergenceActionDefinition {
  number: number;
  /** Bahasa Indonesia name. */
  name: string;
  nameEn: string;
  output: string;
}

export interface EvidenceTypeDefinition {
  code: string;
  action: number;
  /** Bahasa Indonesia name. */
  name: string;
  nameEn: string;
}

/**
 * The eight convergence actions (aksi konvergensi), as migration 0014 ships them: Bahasa
 * Indonesia and English names, main output. In action order.
 */
export function loadConvergenceActions(): Promise<ConvergenceActionDefinition[]> {
  return db.convergenceAction.findMany({ orderBy: { number: 'asc' } });
}

/** The catalog of evidence documents per action (migration 0014), in action and catalog order. */
export async function loadEvidenceTypes(): Promise<EvidenceTypeDefinition[]> {
  const rows = await db.assessmentEvidenceType.findMany({
    orderBy: [{ action: 'asc' }, { ordinal: 'asc' }],
  });
  return rows.map(({ code, action, name, nameEn }) => ({ code, action, name, nameEn }));
}

/**
 * An evidence reference that says which required document it is: "A1.SK_LOKUS: sk-lokus.pdf".
 * The code must be one of the catalog's (A<action>.<NAME>); any other reference is untagged.
 */
export const evidenceTagPattern = /^(A[1-8]\.[A-Z0-9_]{1,30})\s*:\s*(\S.*)$/;

/** The evidence code an evidence reference is tagged with, or null when it names none. */
export function evidenceTagOf(reference: string): string | null {
  return evidenceTagPattern.exec(reference)?.[1] ?? null;
}
