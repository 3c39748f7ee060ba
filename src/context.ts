import { randomUUID } from 'node:crypto';
import { initContextCache } from '@pothos/core';
import { publicViewer, type Viewer } from './auth/viewer.ts';
import { createRegionLoaders, type RegionLoaders } from './modules/region/region.loaders.ts';

/** What every resolver may know about the request. Built once per request, never mutated. */
export type Context = Readonly<{
  requestId: string;
  viewer: Viewer;
  loaders: Readonly<RegionLoaders>;
}>;

export function createContext(options: { requestId?: string; viewer?: Viewer } = {}): Context {
  let regionLoaders: RegionLoaders | undefined;
  return {
    ...initContextCache(),
    requestId: options.requestId ?? randomUUID(),
    viewer: options.viewer ?? publicViewer,
    get loaders() {
      regionLoaders ??= createRegionLoaders();
      return regionLoaders;
    },
  };
}
