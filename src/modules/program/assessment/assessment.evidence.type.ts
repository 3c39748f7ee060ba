import { builder } from '../../../builder.ts';
import { kabupatenArg } from '../args.ts';
import {
  type ActionEvidenceShape,
  type EvidenceCheckShape,
  type ItemEvidenceShape,
  loadEvidenceCheck,
  type SuppliedEvidenceShape,
} from './assessment.evidence.ts';
import { ActionStatusEnum, EvidenceTypeObject, RequirementSourceEnum } from './assessment.type.ts';

const SuppliedEvidenceObject = builder
  .objectRef<SuppliedEvidenceShape>('SuppliedEvidence')
  .implement({
    description: 'A reference in the action report that supplies a required document.',
    fields: (t) => ({
      type: t.field({ type: EvidenceTypeObject, resolve: (s) => s.type }),
      reference: t.exposeString('reference'),
    }),
  });

const ItemEvidenceObject = builder.objectRef<ItemEvidenceShape>('ItemEvidence').implement({
  description: 'The evidence one assessment item requires, what was supplied and what is missing.',
  fields: (t) => ({
    item: t.exposeString('item'),
    name: t.exposeString('name', { nullable: true, description: 'Bahasa Indonesia name.' }),
    description: t.exposeString('description'),
    requirementSource: t.field({
      type: RequirementSourceEnum,
      resolve: (i) => i.requirementSource,
    }),
    required: t.field({ type: [EvidenceTypeObject], resolve: (i) => i.required }),
    supplied: t.field({ type: [SuppliedEvidenceObject], resolve: (i) => i.supplied }),
    missing: t.field({ type: [EvidenceTypeObject], resolve: (i) => i.missing }),
  }),
});

const ActionEvidenceObject = builder.objectRef<ActionEvidenceShape>('ActionEvidence').implement({
  description: "One action's required evidence for the year, per item and in all.",
  fields: (t) => ({
    action: t.exposeInt('action'),
    name: t.exposeString('name', { description: 'Bahasa Indonesia name of the action.' }),
    nameEn: t.exposeString('nameEn'),
    status: t.field({
      type: ActionStatusEnum,
      nullable: true,
      description: 'Null when the kabupaten has no report on the action that year.',
      resolve: (a) => a.status,
    }),
    required: t.field({
      type: [EvidenceTypeObject],
      description: "Distinct documents the action's items require.",
      resolve: (a) => a.required,
    }),
    missing: t.field({ type: [EvidenceTypeObject], resolve: (a) => a.missing }),
    untagged: t.exposeStringList('untagged', {
      description:
        'References in the report that name no required document of this action (kept, not counted).',
    }),
    items: t.field({
      type: [ItemEvidenceObject],
      description: 'Per item of the scheme (empty when the year has no scheme).',
      resolve: (a) => a.items,
    }),
  }),
});

const EvidenceCheckObject = builder.objectRef<EvidenceCheckShape>('EvidenceCheck').implement({
  description:
    'Which required evidence a kabupaten/kota has not supplied for a year: per action and item. Counts are of distinct documents per action.',
  fields: (t) => ({
    kabupatenKode: t.exposeID('kabupatenKode'),
    year: t.exposeInt('year'),
    schemeLoaded: t.exposeBoolean('schemeLoaded', {
      description:
        'False when the year has no assessment scheme: then all 8 actions are checked against their catalog.',
    }),
    required: t.exposeInt('required'),
    supplied: t.exposeInt('supplied'),
    missing: t.exposeInt('missing'),
    actions: t.field({ type: [ActionEvidenceObject], resolve: (c) => c.actions }),
  }),
});

builder.queryFields((t) => ({
  missingEvidence: t.field({
    type: EvidenceCheckObject,
    description:
      "What evidence a kabupaten/kota has not supplied for a year's assessment. A required document counts as supplied when the action's report holds a reference tagged with its code (\"A1.SK_LOKUS: …\"). The actions checked are those of the year's scheme; each item requires what the scheme lists for it, or else its action's whole catalog. `onlyMissing` keeps the actions and items with something missing.",
    args: {
      kabupatenKode: t.arg.id({ required: true }),
      year: t.arg.int({ required: true }),
      onlyMissing: t.arg.boolean({ defaultValue: false }),
    },
    resolve: (_root, args) =>
      loadEvidenceCheck(kabupatenArg(args.kabupatenKode), args.year, args.onlyMissing ?? false),
  }),
}));
