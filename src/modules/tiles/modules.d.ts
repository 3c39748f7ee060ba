// Type declarations for the untyped packages the tiles use (and the tests that decode them).

declare module 'geojson-vt' {
  import type { FeatureCollection } from 'geojson';

  export interface GeoJSONVTOptions {
    maxZoom?: number;
    indexMaxZoom?: number;
    indexMaxPoints?: number;
    tolerance?: number;
    extent?: number;
    buffer?: number;
    lineMetrics?: boolean;
    promoteId?: string | null;
    generateId?: boolean;
    debug?: number;
  }

  export interface GeoJSONVTFeature {
    id?: number | string;
    type: 1 | 2 | 3;
    geometry: number[][] | number[][][];
    tags: Record<string, unknown> | null;
  }

  export interface GeoJSONVTTile {
    features: GeoJSONVTFeature[];
    numPoints: number;
    numSimplified: number;
    numFeatures: number;
  }

  export interface GeoJSONVTIndex {
    getTile(z: number, x: number, y: number): GeoJSONVTTile | null;
  }

  // biome-ignore lint/style/noDefaultExport: the package's own default export
  export default function geojsonvt(
    data: FeatureCollection,
    options?: GeoJSONVTOptions,
  ): GeoJSONVTIndex;
}

declare module 'vt-pbf' {
  import type { GeoJSONVTTile } from 'geojson-vt';

  export function fromGeojsonVt(
    layers: Record<string, GeoJSONVTTile>,
    options?: { version?: number; extent?: number },
  ): Uint8Array;
}

declare module 'pbf' {
  // biome-ignore lint/style/noDefaultExport: the package's own default export
  export default class Pbf {
    constructor(buffer?: Uint8Array | ArrayBuffer);
    pos: number;
    length: number;
  }
}

declare module '@mapbox/geojsonhint' {
  export interface GeojsonHint {
    message: string;
    line?: number;
    level?: 'message' | 'error';
  }

  export function hint(
    geojson: string | object,
    options?: { noDuplicateMembers?: boolean; precisionWarning?: boolean },
  ): GeojsonHint[];
}
