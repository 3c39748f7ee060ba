// The peer of `npm run bench`: PostGraphile v4 with @graphile/postgis over petagizi's tables,
// served by node:http on 127.0.0.1. Plain JavaScript so that the app's type check never needs
// this folder's dependencies (graphql 15), which the bench installs here with npm.
//
//   DATABASE_URL=postgresql://… PORT=4200 node scripts/bench/peer/server.mjs
import { createServer } from 'node:http';
import postgisModule from '@graphile/postgis';
import { postgraphile } from 'postgraphile';

const PostgisPlugin = postgisModule.default ?? postgisModule;
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL is required');

const middleware = postgraphile(databaseUrl, 'public', {
  appendPlugins: [PostgisPlugin],
  disableDefaultMutations: true,
  dynamicJson: true,
  ignoreRBAC: true,
  disableQueryLog: true,
  retryOnInitFail: false,
  graphqlRoute: '/graphql',
  graphiql: false,
  enableQueryBatching: false,
  legacyRelations: 'omit',
});

const server = createServer((req, res) => {
  if (req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"status":"ok"}');
    return;
  }
  middleware(req, res);
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 4200), '127.0.0.1', () =>
  console.log(`peer listening on ${process.env.PORT}`),
);
const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
