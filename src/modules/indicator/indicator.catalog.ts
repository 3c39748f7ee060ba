import type { IndicatorKind, Polarity } from '../../generated/prisma/enums.ts';

export interface IndicatorDefinition {
  code: string;
  name: string;
  description: string;
  unit: string;
  polarity: Polarity;
  kind: IndicatorKind;
  numeratorDef: string | null;
  denominatorDef: string | null;
  /**
   * Sources in the order they win when a region has values from several (see
   * indicator.sources.ts); migration 0009 writes the same list.
   */
  sourcePriority: readonly string[];
}

/**
 * The outcome indicators every deployment has. Cut-offs follow the WHO Child Growth Standards
 * and Permenkes 2/2020 (see shared DOMAIN.md §3–4). Migration 0009 inserts exactly these (a test
 * compares them), so every deployment has the catalog without the demo.
 */
export const outcomeIndicators: readonly IndicatorDefinition[] = [
  {
    code: 'STUNTING',
    name: 'Stunting (routine measurement)',
    description:
      'Share of children under five measured at posyandu/puskesmas (e-PPGBM) whose length/height-for-age z-score is below −2 SD of the WHO standard. Biased by attendance: read with the measurement coverage.',
    unit: 'PERCENT',
    polarity: 'LOWER_IS_BETTER',
    kind: 'ROUTINE_RATE',
    numeratorDef: 'Children 0–59 months with HAZ < −2 (latest valid measurement in the period)',
    denominatorDef: 'Children 0–59 months measured in the period',
    sourcePriority: ['e-PPGBM'],
  },
  {
    code: 'SEVERE_STUNTING',
    name: 'Severe stunting (routine measurement)',
    description:
      'Share of children under five measured whose length/height-for-age z-score is below −3 SD (e-PPGBM).',
    unit: 'PERCENT',
    polarity: 'LOWER_IS_BETTER',
    kind: 'ROUTINE_RATE',
    numeratorDef: 'Children 0–59 months with HAZ < −3',
    denominatorDef: 'Children 0–59 months measured in the period',
    sourcePriority: ['e-PPGBM'],
  },
  {
    code: 'WASTING',
    name: 'Wasting (routine measurement)',
    description:
      'Share of children under five measured whose weight-for-length/height z-score is below −2 SD (e-PPGBM).',
    unit: 'PERCENT',
    polarity: 'LOWER_IS_BETTER',
    kind: 'ROUTINE_RATE',
    numeratorDef: 'Children 0–59 months with WHZ < −2',
    denominatorDef: 'Children 0–59 months measured in the period',
    sourcePriority: ['e-PPGBM'],
  },
  {
    code: 'UNDERWEIGHT',
    name: 'Underweight (routine measurement)',
    description:
      'Share of children under five measured whose weight-for-age z-score is below −2 SD (e-PPGBM).',
    unit: 'PERCENT',
    polarity: 'LOWER_IS_BETTER',
    kind: 'ROUTINE_RATE',
    numeratorDef: 'Children 0–59 months with WAZ < −2',
    denominatorDef: 'Children 0–59 months measured in the period',
    sourcePriority: ['e-PPGBM'],
  },
  {
    code: 'STUNTING_SURVEY',
    name: 'Stunting prevalence (survey estimate)',
    description:
      'Prevalence of stunting among children under five estimated by the national nutrition survey (SSGI 2021, 2022, 2024; SKI 2023) at kabupaten/kota level, with its confidence interval where published. Stored as published, never recomputed from routine data.',
    unit: 'PERCENT',
    polarity: 'LOWER_IS_BETTER',
    kind: 'SURVEY_ESTIMATE',
    numeratorDef: null,
    denominatorDef: null,
    sourcePriority: ['SSGI', 'SKI'],
  },
];
