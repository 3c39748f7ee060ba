import { createRequire } from 'node:module';

/** The part of autocannon 8's API the load script uses (the package ships no types). */
export type CannonContext = Record<string, unknown>;

export interface CannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: CannonRequest, context: CannonContext) => CannonRequest;
  onResponse?: (status: number, body: string, context: CannonContext) => void;
}

export interface CannonOptions {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  headers: Record<string, string>;
  requests: CannonRequest[];
}

export interface CannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  resets: number;
  requests: { total: number; average: number; sent: number };
  latency: { p50: number; p99: number; max: number };
}

export interface CannonInstance {
  stop(): void;
}

type Autocannon = (
  options: CannonOptions,
  done: (error: Error | null, result: CannonResult) => void,
) => CannonInstance;

export const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
