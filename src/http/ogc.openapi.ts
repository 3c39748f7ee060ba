import { ogcCollectionIds, ogcCollections } from '../modules/ogc/ogc.features.ts';

/** WGS 84 longitude/latitude: the only CRS of OGC API – Features Core. */
export const crs84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';

/** Page size of /items: the default and the largest served (a larger `limit` is served as this). */
export const ogcLimit = { default: 100, max: 1000 } as const;

/** The conformance classes /ogc passes (no HTML: every resource answers JSON). */
export const ogcConformance = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
];

const ref = (name: string) => ({ $ref: `#/components/parameters/${name}` });
const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errors = {
  '400': { $ref: '#/components/responses/BadRequest' },
  '404': { $ref: '#/components/responses/NotFound' },
};

/**
 * The OpenAPI 3.0 document of /ogc (the `service-desc` of the landing page), with one path per
 * collection so each lists its own filter parameters, as GDAL and QGIS read them.
 */
export function openApiDocument(base: string) {
  const paths: Record<string, unknown> = {
    '/': get('getLandingPage', 'Landing page', 'LandingPage', 'application/json', [
      ref('f'),
      ref('indicator'),
      ref('period'),
    ]),
    '/api': {
      get: {
        operationId: 'getApi',
        summary: 'This API definition',
        parameters: [ref('f')],
        responses: {
          '200': {
            description: 'The OpenAPI 3.0 document',
            content: {
              'application/vnd.oai.openapi+json;version=3.0': { schema: { type: 'object' } },
            },
          },
        },
      },
    },
    '/conformance': get(
      'getConformance',
      'Conformance classes',
      'ConfClasses',
      'application/json',
      [ref('f')],
    ),
    '/collections': get(
      'getCollections',
      'The feature collections',
      'Collections',
      'application/json',
      [ref('f'), ref('indicator'), ref('period')],
    ),
  };
  const parameters: Record<string, unknown> = { ...sharedParameters };
  for (const id of ogcCollectionIds) {
    const collection = ogcCollections[id];
    const filters = collection.queryables.map((q) => {
      const name = `${q.name}-${id}`;
      parameters[name] = {
        name: q.name,
        in: 'query',
        required: false,
        description: q.description,
        style: 'form',
        explode: false,
        schema: {
          type: 'string',
          ...(q.enum ? { enum: q.enum } : {}),
          ...(q.pattern ? { pattern: q.pattern } : {}),
        },
      };
      return ref(name);
    });
    paths[`/collections/${id}`] = get(
      `describe-${id}`,
      `The ${id} collection`,
      'Collection',
      'application/json',
      [ref('f'), ref('indicator'), ref('period')],
    );
    paths[`/collections/${id}/items`] = get(
      `get-${id}-features`,
      `${collection.title}: features`,
      'FeatureCollection',
      'application/geo+json',
      [
        ref('limit'),
        ref('offset'),
        ref('bbox'),
        ref('datetime'),
        ...filters,
        ref('indicator'),
        ref('period'),
        ref('f'),
      ],
      collection.description,
    );
    paths[`/collections/${id}/items/{featureId}`] = get(
      `get-${id}-feature`,
      `${collection.title}: one feature by kode`,
      'Feature',
      'application/geo+json',
      [ref('featureId'), ref('indicator'), ref('period'), ref('f')],
    );
    paths[`/collections/${id}/queryables`] = {
      get: {
        operationId: `get-${id}-queryables`,
        summary: `${collection.title}: the properties items filters on`,
        parameters: [ref('f')],
        responses: {
          '200': {
            description: 'A JSON Schema of the queryable properties',
            content: { 'application/schema+json': { schema: { type: 'object' } } },
          },
          ...errors,
        },
      },
    };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'petagizi — OGC API – Features',
      version: '1.0.0',
      description:
        'Kabupaten, kecamatan and desa of petagizi as OGC API – Features (Part 1: Core, GeoJSON, ' +
        'OpenAPI 3.0). Without a token the public sees indicator values with small cells ' +
        'suppressed; a bearer token with the ANALYST role sees them whole.',
    },
    servers: [{ url: base }],
    security: [{}, { bearerAuth: [] }],
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      parameters,
      schemas,
      responses: {
        BadRequest: errorResponse(
          'A parameter is unknown or has a bad value (named in the message)',
        ),
        NotFound: errorResponse('No such collection or feature'),
      },
    },
  };
}

/** @private A GET operation answering one schema. */
function get(
  operationId: string,
  summary: string,
  schema: string,
  type: string,
  parameters: unknown[],
  description?: string,
) {
  return {
    get: {
      operationId,
      summary,
      ...(description ? { description } : {}),
      parameters,
      responses: {
        '200': { description: summary, content: { [type]: { schema: schemaRef(schema) } } },
        ...errors,
      },
    },
  };
}

/** @private */
function errorResponse(description: string) {
  return { description, content: { 'application/json': { schema: schemaRef('Exception') } } };
}

const sharedParameters = {
  f: {
    name: 'f',
    in: 'query',
    required: false,
    description: 'The format of the answer: json (GeoJSON for features). HTML is not served.',
    schema: { type: 'string', enum: ['json', 'geojson'] },
  },
  limit: {
    name: 'limit',
    in: 'query',
    required: false,
    description: `Features per page (default ${ogcLimit.default}); a larger value than ${ogcLimit.max} is served as ${ogcLimit.max}. Follow the next link for more.`,
    style: 'form',
    explode: false,
    schema: { type: 'integer', minimum: 1, maximum: ogcLimit.max, default: ogcLimit.default },
  },
  offset: {
    name: 'offset',
    in: 'query',
    required: false,
    description: 'How many features (in kode order) to skip; the next and prev links set it.',
    schema: { type: 'integer', minimum: 0, default: 0 },
  },
  bbox: {
    name: 'bbox',
    in: 'query',
    required: false,
    description:
      'Only features whose boundary meets this box: minLon,minLat,maxLon,maxLat in CRS84 ' +
      '(six numbers with heights are accepted; heights are ignored). minLon > maxLon crosses ' +
      'the antimeridian.',
    style: 'form',
    explode: false,
    schema: {
      type: 'array',
      oneOf: [
        { minItems: 4, maxItems: 4 },
        { minItems: 6, maxItems: 6 },
      ],
      items: { type: 'number' },
    },
  },
  datetime: {
    name: 'datetime',
    in: 'query',
    required: false,
    description:
      'An RFC 3339 instant or interval (.. for open ends). Boundaries are current and carry no ' +
      'time, so every feature matches; the value is checked. Indicator figures are chosen by ' +
      'period.',
    style: 'form',
    explode: false,
    schema: { type: 'string' },
  },
  indicator: {
    name: 'indicator',
    in: 'query',
    required: false,
    description:
      'An indicator code (see Query.indicators in GraphQL), with period: features gain ' +
      'indicator, period, value (percent, 2 decimals), numerator, denominator, suppressed and ' +
      'class (0–4, quantile class within the kabupaten, the province for kabupaten), as the ' +
      "viewer's role may see them.",
    schema: { type: 'string' },
  },
  period: {
    name: 'period',
    in: 'query',
    required: false,
    description: 'The period of the indicator: a year "YYYY" or a month "YYYY-MM".',
    schema: { type: 'string', pattern: '^\\d{4}(-(0[1-9]|1[0-2]))?$' },
  },
  featureId: {
    name: 'featureId',
    in: 'path',
    required: true,
    description: 'The kode of the region, e.g. 32.16.01.2001.',
    schema: { type: 'string' },
  },
};

const link = {
  type: 'object',
  required: ['href', 'rel'],
  properties: {
    href: { type: 'string' },
    rel: { type: 'string' },
    type: { type: 'string' },
    title: { type: 'string' },
  },
};

const schemas = {
  Link: link,
  Exception: {
    type: 'object',
    properties: {
      errors: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            message: { type: 'string' },
            extensions: { type: 'object', properties: { code: { type: 'string' } } },
          },
        },
      },
    },
  },
  LandingPage: {
    type: 'object',
    required: ['links'],
    properties: {
      title: { type: 'string' },
      description: { type: 'string' },
      links: { type: 'array', items: schemaRef('Link') },
    },
  },
  ConfClasses: {
    type: 'object',
    required: ['conformsTo'],
    properties: { conformsTo: { type: 'array', items: { type: 'string' } } },
  },
  Collection: {
    type: 'object',
    required: ['id', 'links'],
    properties: {
      id: { type: 'string' },
      title: { type: 'string' },
      description: { type: 'string' },
      itemType: { type: 'string' },
      crs: { type: 'array', items: { type: 'string' } },
      extent: {
        type: 'object',
        properties: {
          spatial: {
            type: 'object',
            properties: {
              bbox: {
                type: 'array',
                items: { type: 'array', minItems: 4, maxItems: 4, items: { type: 'number' } },
              },
              crs: { type: 'string' },
            },
          },
        },
      },
      links: { type: 'array', items: schemaRef('Link') },
    },
  },
  Collections: {
    type: 'object',
    required: ['links', 'collections'],
    properties: {
      links: { type: 'array', items: schemaRef('Link') },
      collections: { type: 'array', items: schemaRef('Collection') },
    },
  },
  Feature: {
    type: 'object',
    required: ['type', 'geometry', 'properties'],
    properties: {
      type: { type: 'string', enum: ['Feature'] },
      id: { type: 'string', description: 'The kode' },
      geometry: { type: 'object', nullable: true, description: 'A GeoJSON MultiPolygon' },
      properties: {
        type: 'object',
        properties: {
          kode: { type: 'string' },
          nama: { type: 'string' },
          level: { type: 'string', enum: ['KABUPATEN', 'KECAMATAN', 'DESA'] },
          parentKode: { type: 'string', nullable: true },
          kabupatenKode: { type: 'string', description: 'kecamatan and desa' },
          jenis: {
            type: 'string',
            nullable: true,
            enum: ['DESA', 'KELURAHAN'],
            description: 'desa',
          },
          areaKm2: { type: 'number', nullable: true, description: 'Geodesic area, km²' },
          indicator: { type: 'string', description: 'with indicator and period' },
          period: { type: 'string', description: 'with indicator and period' },
          value: {
            type: 'number',
            nullable: true,
            description: 'percent; null when missing or suppressed',
          },
          numerator: { type: 'number', nullable: true },
          denominator: { type: 'number', nullable: true },
          suppressed: { type: 'boolean' },
          class: { type: 'integer', nullable: true },
        },
      },
      links: { type: 'array', items: schemaRef('Link') },
    },
  },
  FeatureCollection: {
    type: 'object',
    required: ['type', 'features'],
    properties: {
      type: { type: 'string', enum: ['FeatureCollection'] },
      features: { type: 'array', items: schemaRef('Feature') },
      links: { type: 'array', items: schemaRef('Link') },
      timeStamp: { type: 'string', format: 'date-time' },
      numberMatched: { type: 'integer', minimum: 0 },
      numberReturned: { type: 'integer', minimum: 0 },
    },
  },
};
