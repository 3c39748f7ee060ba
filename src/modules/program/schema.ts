// The program module's part of the schema: every room's types, then queries, region fields and
// mutations (this order is the order of the printed subgraph SDL).
import './catalog/catalog.type.ts';
import './coverage/coverage.type.ts';
import './target/target.type.ts';
import './lokus/lokus.type.ts';
import './agency/agency.type.ts';
import './activity/activity.type.ts';
import './monitoring/monitoring.type.ts';
import './assessment/assessment.type.ts';
import './assessment/assessment.evidence.type.ts';
import './assessment/assessment.ranking.ts';
import './catalog/catalog.queries.ts';
import './target/target.queries.ts';
import './lokus/lokus.queries.ts';
import './coverage/coverage.queries.ts';
import './agency/agency.queries.ts';
import './activity/activity.queries.ts';
import './monitoring/monitoring.queries.ts';
import './region.fields.ts';
import './mutations.ts';
import './monitoring/monitoring.mutations.ts';
import './lokus/lokus.mutations.ts';
import './coverage/coverage.mutations.ts';
import './assessment/assessment.mutations.ts';
