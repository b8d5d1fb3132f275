import { type CheckResult, error } from '../model/check-result.js';
import type { ResourceRef } from '../model/resource.js';

/**
 * One field of a resource that has its own API call (a bucket's policy, a key's rotation status) and can
 * fail on its own: an AccessDenied on one bucket's policy must not erase the other buckets, so the slice
 * keeps the value or the AWS error per field, and checks report ERROR for that resource only.
 */
export type ReadResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: string; readonly operation: string };

/** The ERROR result for a resource whose field could not be read. */
export function unreadableField(
  resource: ResourceRef,
  failed: { readonly code: string; readonly operation: string },
  what: string,
): CheckResult {
  return error(
    resource,
    failed.code,
    `Could not read ${what}: ${failed.operation} failed with ${failed.code}.`,
  );
}
