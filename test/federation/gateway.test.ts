import { once } from 'node:events';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeServices } from '@apollo/composition';
import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printSubgraph } from '../../src/modules/federation/federation.schema.ts';
import { subgraphSchema } from '../../src/schema.ts';
import { startTestHttp, type TestHttp } from '../helpers/httpServer.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

/**
 * A provincial budget subgraph, as another team would write it: it extends every Region by kode
 * (Federation 2.3 @interfaceObject) with the budget allocated to stunting, and lists the regions
 * with the largest allocations, which the router completes from petagizi.
 */
const budgetTypeDefs = parse(`
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@interfaceObject"])

  type Region @key(fields: "kode") @interfaceObject {
    kode: ID!
    "Rupiah allocated to stunting reduction (APBD), synthetic."
    budgetAllocation: Float
  }

  type Query {
    largestBudgets(first: Int = 2): [Region!]!
  }
`);

const allocations: Record<string, number> = {
  '32.16': 41_500_000_000,
  '32.16.01': 1_250_000_000,
  '32.16.02': 2_750_000_000,
};

const budgetSchema = buildSubgraphSchema({
  typeDefs: budgetTypeDefs,
  resolvers: {
    Region: {
      __resolveReference: (ref: { kode: string }) => ({ kode: ref.kode }),
      budgetAllocation: (region: { kode: string }) => allocations[region.kode] ?? null,
    },
    Query: {
      largestBudgets: (_root: unknown, args: { first: number }) =>
        Object.entries(allocations)
          .sort((a, b) => b[1] - a[1])
          .slice(0, args.first)
          .map(([kode]) => ({ kode })),
    },
  },
});

let petagizi: TestHttp;
let budget: { server: Server; apollo: ApolloServer; url: string };
let gateway: ApolloServer;

beforeAll(async () => {
  await testDatabase();
  petagizi = await startTestHttp();
  budget = await listen(new ApolloServer({ schema: budgetSchema }));
  gateway = new ApolloServer({
    gateway: new ApolloGateway({
      supergraphSdl: new IntrospectAndCompose({
        subgraphs: [
          { name: 'petagizi', url: `${petagizi.url}/graphql` },
          { name: 'budget', url: budget.url },
        ],
      }),
    }),
  });
  await gateway.start();
});

afterAll(async () => {
  await gateway?.stop();
  budget?.server.close();
  await budget?.apollo.stop();
  await petagizi?.close();
});

describe('Apollo Federation', () => {
  it('composes petagizi with a budget subgraph that extends Region by kode', () => {
    const result = composeServices([
      {
        name: 'petagizi',
        url: 'http://petagizi/graphql',
        typeDefs: parse(printSubgraph(subgraphSchema)),
      },
      { name: 'budget', url: 'http://budget/graphql', typeDefs: budgetTypeDefs },
    ]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.supergraphSdl).toContain('budgetAllocation');
    expect(result.supergraphSdl).toMatch(
      /interface Region[^{]*@join__type\(graph: PETAGIZI, key: "kode"\)/,
    );
  });

  it('answers through the gateway a query that needs both subgraphs', async () => {
    const response = await gateway.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers: new HeaderMap([['content-type', 'application/json']]),
        search: '',
        body: {
          query: `{
            region(kode: "32.16") {
              kode
              nama
              ... on Kabupaten { isKota }
              budgetAllocation
              children(first: 2) { nodes { kode nama budgetAllocation } }
            }
            largestBudgets(first: 2) { kode nama level budgetAllocation }
          }`,
        },
      },
      context: async () => ({}),
    });
    expect(response.body.kind).toBe('complete');
    const body = JSON.parse(response.body.kind === 'complete' ? response.body.string : '{}');
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      region: {
        kode: '32.16',
        nama: 'KABUPATEN BEKASI',
        isKota: false,
        budgetAllocation: 41_500_000_000,
        children: {
          nodes: [
            { kode: '32.16.01', nama: expect.any(String), budgetAllocation: 1_250_000_000 },
            { kode: '32.16.02', nama: expect.any(String), budgetAllocation: 2_750_000_000 },
          ],
        },
      },
      largestBudgets: [
        {
          kode: '32.16',
          nama: 'KABUPATEN BEKASI',
          level: 'KABUPATEN',
          budgetAllocation: 41_500_000_000,
        },
        {
          kode: '32.16.02',
          nama: expect.any(String),
          level: 'KECAMATAN',
          budgetAllocation: 2_750_000_000,
        },
      ],
    });
  });
});

/** @private Starts an Apollo Server on 127.0.0.1:0 over node:http. */
async function listen(
  apollo: ApolloServer,
): Promise<{ server: Server; apollo: ApolloServer; url: string }> {
  await apollo.start();
  const server = createHttpServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(key, value);
    }
    const text = Buffer.concat(chunks).toString('utf8');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method ?? 'POST',
        headers,
        search: new URL(req.url ?? '/', 'http://localhost').search,
        body: text ? JSON.parse(text) : undefined,
      },
      context: async () => ({}),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    res.end(response.body.kind === 'complete' ? response.body.string : '');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    server,
    apollo,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
  };
}
