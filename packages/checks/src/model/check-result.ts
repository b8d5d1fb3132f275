import type { FindingStatus } from './finding-status.js';
import type { ResourceRef } from './resource.js';

/** Small, flat facts that justify a result (no policy documents, no blobs). */
export type Evidence = Readonly<Record<string, string | number | boolean | null | readonly string[]>>;

/** What a check's evaluate() returns for one resource; the runner adds account, region and check metadata. */
export interface CheckResult {
  readonly status: FindingStatus;
  readonly resource: ResourceRef;
  readonly message: string;
  /** AWS error code (or our own code) when status is ERROR. */
  readonly errorCode?: string;
  readonly evidence?: Evidence;
}

export function pass(resource: ResourceRef, message: string, evidence?: Evidence): CheckResult {
  return { status: 'PASS', resource, message, ...(evidence ? { evidence } : {}) };
}

export function fail(resource: ResourceRef, message: string, evidence?: Evidence): CheckResult {
  return { status: 'FAIL', resource, message, ...(evidence ? { evidence } : {}) };
}

export function error(resource: ResourceRef, errorCode: string, message: string): CheckResult {
  return { status: 'ERROR', resource, message, errorCode };
}

export function manual(resource: ResourceRef, guidance: string, evidence?: Evidence): CheckResult {
  return { status: 'MANUAL', resource, message: guidance, ...(evidence ? { evidence } : {}) };
}

export function skipped(resource: ResourceRef, reason: string): CheckResult {
  return { status: 'SKIPPED', resource, message: reason };
}
