import { randomUUID } from 'node:crypto';
import { initContextCache } from '@pothos/core';
import { publicViewer, type Viewer } from './auth/viewer.ts';

/**
 * What every resolver may know about the request. Built once per request, never mutated. Loaders
 * are not here: each module keeps its own with the context (`createContextCache`), so the context
 * knows no module.
 */
export type Context = Readonly<{
  requestId: string;
  viewer: Viewer;
}>;

export function createContext(options: { requestId?: string; viewer?: Viewer } = {}): Context {
  return {
    ...initContextCache(),
    requestId: options.requestId ?? randomUUID(),
    viewer: options.viewer ?? publicViewer,
  };
}
