import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { assertPeriod } from '../args/period.ts';
import { type Viewer, viewerTier } from '../auth/viewer.ts';
import { config } from '../config.ts';
import { databaseKind } from '../db/health.ts';
import { checkParent } from '../modules/analytics/analytics.args.ts';
import {
  type LayerQuery,
  layerLevel,
  layerVersion,
  type TileLayer,
  tileLayers,
} from '../modules/tiles/tiles.render.ts';
import { asHttpInput, badParameter } from './respond.ts';

/** How long a client may use a tile, GeoJSON or TileJSON before asking again (ETag: cheap 304). */
export const maxAgeSeconds = 30;

/** Bumped when the bytes of a tile or feature collection change for the same data. */
const formatVersion = 1;

/** A layer name from a path segment, or 400. */
export function parseLayer(name: string): TileLayer {
  const layer = name.toLowerCase();
  if (!(tileLayers as readonly string[]).includes(layer)) {
    throw badParameter('layer', name, `layer must be one of ${tileLayers.join(', ')}`);
  }
  return layer as TileLayer;
}

/** `parentKode`, `indicator` and `period` of a tile/GeoJSON URL, checked (400 when wrong). */
export async function parseLayerQuery(layer: TileLayer, url: URL): Promise<LayerQuery> {
  const parentKode = url.searchParams.get('parentKode') || null;
  const indicator = url.searchParams.get('indicator') || null;
  const period = url.searchParams.get('period') || null;
  if ((indicator === null) !== (period === null)) {
    throw badParameter(
      indicator === null ? 'indicator' : 'period',
      null,
      'indicator and period go together',
    );
  }
  await asHttpInput(() => {
    if (parentKode !== null) checkParent(layerLevel[layer], parentKode);
    if (period !== null) assertPeriod('period', period);
  });
  return { layer, parentKode, indicator, period };
}

/** A checked layer query with its data version and an ETag for one representation of it. */
export interface VersionedQuery {
  query: LayerQuery;
  version: string;
  etag: string;
}

/**
 * Reads the data version (one statement), refuses an unknown indicator (400), and derives a
 * strong ETag from the version, the representation (`kind` and `parts`), the database kind (the
 * encoders' bytes differ) and, when values are shown, the viewer's tier and the suppression
 * thresholds, so a write, another role or a configuration change never meets an old tag.
 */
export async function versioned(
  query: LayerQuery,
  viewer: Viewer,
  kind: string,
  parts: readonly unknown[],
): Promise<VersionedQuery> {
  const { version, indicatorKnown } = await layerVersion(query);
  if (!indicatorKnown) {
    throw badParameter(
      'indicator',
      query.indicator,
      'unknown indicator code; see Query.indicators',
    );
  }
  const audience = query.indicator ? [viewerTier(viewer), config().suppression] : [];
  const digest = createHash('sha256')
    .update(JSON.stringify([formatVersion, kind, databaseKind(), query, parts, audience, version]))
    .digest('base64url')
    .slice(0, 32);
  return { query, version, etag: `"${digest}"` };
}

/**
 * Caching headers: shared caches may keep answers that depend on no viewer (no token, or no
 * indicator); answers for a token are private. Short max-age, then revalidation by ETag.
 */
export function cachingHeaders(
  req: IncomingMessage,
  query: LayerQuery,
  etag: string,
): Record<string, string> {
  const personal = query.indicator !== null && req.headers.authorization !== undefined;
  return {
    etag,
    'cache-control': `${personal ? 'private' : 'public'}, max-age=${maxAgeSeconds}, must-revalidate`,
    vary: 'Authorization',
    'access-control-allow-origin': '*',
    'access-control-expose-headers': 'ETag',
  };
}

/** The scheme and host the client used, for absolute URLs in TileJSON. */
export function originOf(req: IncomingMessage): string {
  const forwarded = req.headers['x-forwarded-proto'];
  const proto = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  const scheme = proto === 'https' ? 'https' : 'http';
  return `${scheme}://${req.headers.host ?? 'localhost'}`;
}

/** The query string that selects the same data (for tile URLs in TileJSON). */
export function layerSearch(query: LayerQuery): string {
  const search = new URLSearchParams();
  if (query.parentKode) search.set('parentKode', query.parentKode);
  if (query.indicator && query.period) {
    search.set('indicator', query.indicator);
    search.set('period', query.period);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
