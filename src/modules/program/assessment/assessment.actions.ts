export interface ConvergenceActionDefinition {
  number: number;
  name: string;
  output: string;
}

/** The eight convergence actions (aksi konvergensi) of shared DOMAIN.md §2. */
export const convergenceActions: readonly ConvergenceActionDefinition[] = [
  {
    number: 1,
    name: 'Situation analysis',
    output:
      'Per-village picture of cases and service coverage; priority villages (lokus) and interventions.',
  },
  {
    number: 2,
    name: 'Activity plan',
    output: 'OPD sub-activities, budgets, targets and lokus inside the regional work plan/budget.',
  },
  {
    number: 3,
    name: 'Stunting summit (rembuk stunting)',
    output: 'Signed commitment of regent, OPD, kecamatan, villages; agreed plan.',
  },
  {
    number: 4,
    name: 'Regent regulation (Perbup)',
    output: "Legal basis for villages' role and village-fund use.",
  },
  {
    number: 5,
    name: 'Coaching village actors',
    output: 'Village cadres (KPM) and governments mobilised; village convergence scorecards.',
  },
  {
    number: 6,
    name: 'Data management',
    output: 'By-name data flows, cross-OPD integration, quality checks.',
  },
  {
    number: 7,
    name: 'Measurement and publication',
    output: 'Standardised measurement; prevalence published per village/kecamatan.',
  },
  {
    number: 8,
    name: 'Annual review',
    output: 'Delivery vs plan; recommendations for the next cycle.',
  },
];
