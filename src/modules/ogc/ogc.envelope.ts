/** [west, south, east, north] in degrees (CRS84), west ≤ east (split at the antimeridian first). */
export type Envelope = [number, number, number, number];
