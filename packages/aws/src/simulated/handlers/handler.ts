import type { SimulatedAccount, SimulatedOrg } from '../org-description.js';

export interface SimulatedRequest {
  readonly org: SimulatedOrg;
  /** The account whose credentials made the call. */
  readonly caller: SimulatedAccount;
  readonly region: string;
  // biome-ignore lint/suspicious/noExplicitAny: inputs are the SDK command inputs of each operation
  readonly input: any;
  readonly now: Date;
}

/** Answers one operation the way AWS would; keyed `service:Operation`. */
export type SimulatedHandler = (request: SimulatedRequest) => object;

/** Pages `items` the way AWS list APIs do: an opaque NextToken while more remain. */
export function page<T>(
  items: readonly T[],
  token: string | undefined,
  pageSize: number,
): { items: T[]; next?: string } {
  const start = token ? Number.parseInt(Buffer.from(token, 'base64url').toString('utf8'), 10) : 0;
  const end = start + pageSize;
  return {
    items: items.slice(start, end),
    ...(end < items.length ? { next: Buffer.from(String(end), 'utf8').toString('base64url') } : {}),
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Midnight UTC `days` before `now`. Whole days keep simulated timestamps (creation, last use, subscription)
 * stable between two scans of the same day, as real AWS timestamps are.
 */
export function daysBefore(now: Date, days: number): Date {
  return new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS - days * DAY_MS);
}
