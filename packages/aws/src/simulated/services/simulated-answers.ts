import { simulatedError } from '../simulated-error.js';

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

/** AWS rejects page sizes outside its bounds; without a size it uses its default. */
export function boundedPageSize(
  size: number | undefined,
  fallback: number,
  min: number,
  max: number,
  parameter: string,
): number {
  if (size === undefined) return fallback;
  if (size < min || size > max) {
    throw simulatedError('InvalidParameterValue', `${parameter} must be between ${min} and ${max}`, 400);
  }
  return size;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Midnight UTC `days` before `now`. Whole days keep simulated timestamps (creation, last use, subscription)
 * stable between two scans of the same day, as real AWS timestamps are.
 */
export function daysBefore(now: Date, days: number): Date {
  return new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS - days * DAY_MS);
}

/** A parameter the operation requires: the SDK types every input member as optional, AWS does not. */
export function requiredParameter<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw simulatedError('ValidationException', `${name} is required`, 400);
  return value;
}
