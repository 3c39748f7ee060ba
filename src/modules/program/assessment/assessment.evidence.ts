import { db } from '../../../db/client.ts';
import type { ActionStatus } from '../../../generated/prisma/enums.ts';
import { type EvidenceTypeDefinition, evidenceTagOf } from './assessment.actions.ts';
import { loadScheme, type SchemeItemShape } from './assessment.load.ts';

export interface SuppliedEvidenceShape {
  type: EvidenceTypeDefinition;
  reference: string;
}

export interface ItemEvidenceShape {
  item: string;
  name: string | null;
  description: string;
  requirementSource: 'ITEM' | 'ACTION_CATALOG';
  required: EvidenceTypeDefinition[];
  supplied: SuppliedEvidenceShape[];
  missing: EvidenceTypeDefinition[];
}

export interface ActionEvidenceShape {
  action: number;
  name: string;
  nameEn: string;
  status: ActionStatus | null;
  required: EvidenceTypeDefinition[];
  missing: EvidenceTypeDefinition[];
  untagged: string[];
  items: ItemEvidenceShape[];
}

export interface EvidenceCheckShape {
  kabupatenKode: string;
  year: number;
  schemeLoaded: boolean;
  required: number;
  supplied: number;
  missing: number;
  actions: ActionEvidenceShape[];
}

/**
 * Which required evidence a kabupaten has not supplied for a year. A document is supplied when
 * the action's report holds a reference tagged with its code ("A1.SK_LOKUS: sk-lokus.pdf"). The
 * actions checked are those of the year's scheme (each item requires what the scheme lists for
 * it, or else its action's whole catalog); a year without a scheme checks all 8 actions against
 * their catalog. Counts are of distinct documents per action. `onlyMissing` keeps the actions and
 * items with something missing.
 */
export async function loadEvidenceCheck(
  kabupatenKode: string,
  year: number,
  onlyMissing = false,
): Promise<EvidenceCheckShape> {
  const [scheme, reports] = await Promise.all([
    loadScheme(year),
    db.actionReport.findMany({ where: { kabupatenKode, year } }),
  ]);
  const check = evidenceCheck(scheme, reports);
  const actions = onlyMissing
    ? check.actions
        .filter((a) => a.missing.length > 0)
        .map((a) => ({ ...a, items: a.items.filter((i) => i.missing.length > 0) }))
    : check.actions;
  return { kabupatenKode, year, ...check, actions };
}

/** @private The check itself, on a scheme and the action reports of one kabupaten and year. */
export function evidenceCheck(
  scheme: Awaited<ReturnType<typeof loadScheme>>,
  reports: readonly { action: number; status: ActionStatus; evidence: string[] }[],
): Omit<EvidenceCheckShape, 'kabupatenKode' | 'year'> {
  const schemeLoaded = scheme.items.length > 0;
  const items: SchemeItemShape[] = schemeLoaded
    ? scheme.items
    : scheme.actions.map((a) => ({
        code: '',
        action: a.number,
        name: null,
        description: '',
        weight: 0,
        criteria: [],
        requiredEvidence: scheme.catalog.filter((e) => e.action === a.number),
        requirementSource: 'ACTION_CATALOG' as const,
      }));
  const typeOf = new Map(scheme.catalog.map((e) => [e.code, e]));
  let required = 0;
  let supplied = 0;
  const actions = scheme.actions
    .filter((a) => items.some((i) => i.action === a.number))
    .map((a): ActionEvidenceShape => {
      const report = reports.find((r) => r.action === a.number);
      const tagged = new Map<string, string[]>();
      const untagged: string[] = [];
      for (const reference of report?.evidence ?? []) {
        const code = evidenceTagOf(reference);
        if (code && typeOf.get(code)?.action === a.number) {
          tagged.set(code, [...(tagged.get(code) ?? []), reference]);
        } else untagged.push(reference);
      }
      const mine = items.filter((i) => i.action === a.number);
      const itemShapes = mine.map((i) => ({
        item: i.code,
        name: i.name,
        description: i.description,
        requirementSource: i.requirementSource,
        required: i.requiredEvidence,
        supplied: i.requiredEvidence.flatMap((type) =>
          (tagged.get(type.code) ?? []).map((reference) => ({ type, reference })),
        ),
        missing: i.requiredEvidence.filter((type) => !tagged.has(type.code)),
      }));
      const requiredHere = scheme.catalog.filter((e) =>
        mine.some((i) => i.requiredEvidence.some((r) => r.code === e.code)),
      );
      const missing = requiredHere.filter((e) => !tagged.has(e.code));
      required += requiredHere.length;
      supplied += requiredHere.length - missing.length;
      return {
        action: a.number,
        name: a.name,
        nameEn: a.nameEn,
        status: report?.status ?? null,
        required: requiredHere,
        missing,
        untagged,
        items: schemeLoaded ? itemShapes : [],
      };
    });
  return { schemeLoaded, required, supplied, missing: required - supplied, actions };
}
