import { randomUUID } from 'node:crypto';
import { initContextCache } from '@pothos/core';
import { createRegionLoaders, type RegionLoaders } from './modules/region/region.loaders.ts';

/** What every resolver may know about the request. Built once per request, never mutated. */
export type Context = Readonly<{
  requestId: string;
  loaders: Readonly<RegionLoaders>;
}>;

export function createContext(options: { requestId?: string } = {}): Context {
  let regionLoaders: RegionLoaders | undefined;
  return {
    ...initContextCache(),
    requestId: options.requestId ?? randomUUID(),
    get loaders() {
      regionLoaders ??= createRegionLoaders();
      return regionLoaders;
    },
  };
}
