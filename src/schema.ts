import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.ts';
import './modules/child/child.type.ts';
import './modules/child/child.queries.ts';
import './modules/indicator/indicator.type.ts';
import './modules/indicator/indicator.queries.ts';
import './modules/indicator/indicator.mutations.ts';
import './modules/indicator/indicator.region.ts';
import './modules/region/region.type.ts';
import './modules/region/region.queries.ts';
import './modules/region/region.mutations.ts';
import './modules/analytics/analytics.queries.ts';
import './modules/analytics/analytics.region.ts';
import './modules/facility/facility.type.ts';
import './modules/facility/facility.queries.ts';
import './modules/program/schema.ts';
import './modules/growth/growth.type.ts';
import './modules/growth/growth.queries.ts';
import './modules/growth/growth.mutations.ts';
import './modules/federation/federation.entities.ts';
import { sealConnections } from './auth/cursor.ts';
import { buildSubgraphSchema } from './modules/federation/federation.schema.ts';

/** The API schema: what schema/schema.graphql prints and clients code against. */
export const schema = lexicographicSortSchema(builder.toSchema({ sortSchema: true }));

/** What the server runs: the API schema as a Federation v2 subgraph (plus _entities, _service). */
export const subgraphSchema = sealConnections(buildSubgraphSchema());
