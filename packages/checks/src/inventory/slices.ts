import type { CloudTrailTrail } from './cloudtrail.js';
import type { CredentialReport, IamAccountSummary, IamPasswordPolicy } from './iam.js';

/**
 * The inventory slices a check can `require`. Collectors in @orgscan/aws produce exactly these shapes.
 * Global slices are collected once per account, regional slices once per enabled region.
 * Names are `<service>.<what>`; a slice keeps only the normalized fields checks read.
 */
export interface GlobalSlices {
  'iam.accountSummary': IamAccountSummary;
  'iam.passwordPolicy': IamPasswordPolicy | null;
  'iam.credentialReport': CredentialReport;
}

export interface RegionalSlices {
  /** Trails homed in the region, with status and event selectors. */
  'cloudtrail.trails': readonly CloudTrailTrail[];
}

export type GlobalSliceName = keyof GlobalSlices;
export type RegionalSliceName = keyof RegionalSlices;
export type SliceName = GlobalSliceName | RegionalSliceName;
export type SliceValue<K extends SliceName> = K extends GlobalSliceName
  ? GlobalSlices[K]
  : K extends RegionalSliceName
    ? RegionalSlices[K]
    : never;

/** Why a slice could not be read: the AWS error code (AccessDenied, Throttling, ...) and the operation. */
export interface SliceError {
  readonly code: string;
  readonly message: string;
  readonly operation: string;
  /**
   * True when the data does not exist by fact (the service is not offered in the region): checks reading
   * the slice report SKIPPED there instead of ERROR.
   */
  readonly notApplicable?: boolean;
}

export type SliceResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: SliceError };

export type GlobalInventory = { readonly [K in GlobalSliceName]?: SliceResult<GlobalSlices[K]> };
export type RegionalInventory = { readonly [K in RegionalSliceName]?: SliceResult<RegionalSlices[K]> };

/** Everything collected for one account in one scan. Only enabled regions appear in `regions`. */
export interface AccountInventory {
  readonly global: GlobalInventory;
  readonly regions: Readonly<Record<string, RegionalInventory>>;
}

/**
 * Where each slice lives, at run time. Typed so that a slice added to one of the interfaces above
 * without an entry here does not compile.
 */
export const SLICE_SCOPE: { readonly [K in GlobalSliceName]: 'global' } & {
  readonly [K in RegionalSliceName]: 'regional';
} = {
  'iam.accountSummary': 'global',
  'iam.passwordPolicy': 'global',
  'iam.credentialReport': 'global',
  'cloudtrail.trails': 'regional',
};

export function isGlobalSlice(name: SliceName): name is GlobalSliceName {
  return SLICE_SCOPE[name] === 'global';
}

export function sliceOk<T>(value: T): SliceResult<T> {
  return { ok: true, value };
}

export function sliceFailed<T = never>(error: SliceError): SliceResult<T> {
  return { ok: false, error };
}
