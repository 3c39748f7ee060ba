import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.ts';
import './modules/child/child.type.ts';
import './modules/child/child.queries.ts';
import './modules/indicator/indicator.type.ts';
import './modules/indicator/indicator.queries.ts';
import './modules/indicator/indicator.mutations.ts';
import './modules/region/region.type.ts';
import './modules/region/region.queries.ts';
import './modules/region/region.mutations.ts';
import './modules/analytics/analytics.queries.ts';

export const schema = lexicographicSortSchema(builder.toSchema({ sortSchema: true }));
