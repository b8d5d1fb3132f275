import { withRelatedRequirements } from '../frameworks/related-requirements.js';
import type {
  AccountInventory,
  RegionalSliceName,
  RegionalSlices,
  SliceError,
  SliceName,
  SliceResult,
  SliceValue,
} from '../inventory/slices.js';
import type { CheckResult } from './check-result.js';
import type { DeclaredFrameworkId, FrameworkId } from './framework.js';
import type { ResourceRef } from './resource.js';
import type { Severity } from './severity.js';

export interface Remediation {
  readonly text: string;
  readonly cli?: string;
  readonly url: string;
}

/** The account under evaluation, as the organization describes it. */
export interface AccountContext {
  readonly id: string;
  readonly name: string | null;
  readonly email: string | null;
  readonly partition: string;
  readonly isManagementAccount: boolean;
}

/**
 * What the scan knows about the organization around the account, so controls satisfied org-wide (an
 * organization trail, an org-wide Config aggregator) are not flagged in every member.
 * `management` is the management account's inventory, limited to the slices checks list in `orgRequires`,
 * collected once per scan; null when no check needs it, `{ error }` when it could not be read.
 */
export interface OrgContext {
  readonly organizationId: string | null;
  readonly managementAccountId: string | null;
  readonly management?: { readonly inventory: AccountInventory } | { readonly error: SliceError } | null;
}

export interface EvaluationContext {
  readonly account: AccountContext;
  readonly org: OrgContext;
  /** The scan time: checks never read the clock. */
  readonly now: Date;
  /** 'global' for global checks, else the region being evaluated. */
  readonly region: string;
  /** The value of a required slice; an unreadable slice ends the evaluation as ERROR with the AWS code. */
  slice<K extends SliceName>(name: K): SliceValue<K>;
  /** The raw result of a required slice, for checks that can still decide something when it failed. */
  sliceResult<K extends SliceName>(name: K): SliceResult<SliceValue<K>>;
  /**
   * A required regional slice in every scanned region, for global checks that judge the account as a whole
   * (a multi-region trail may be homed in any region). Sorted by region.
   */
  slicesByRegion<K extends RegionalSliceName>(
    name: K,
  ): ReadonlyArray<{
    readonly region: string;
    readonly result: SliceResult<RegionalSlices[K]>;
  }>;
  /** The account (or, in a regional evaluation, the account in this region) as a resource. */
  readonly scopeResource: ResourceRef;
  /**
   * A slice of the management account's inventory (declared in `orgRequires`): regional slices need the
   * region. Not collected or unreadable: `{ ok: false }` with the reason; checks then judge the member alone.
   */
  orgSliceResult<K extends SliceName>(name: K, region?: string): SliceResult<SliceValue<K>>;
  /**
   * A regional slice of the management account's inventory (declared in `orgRequires`) in every region it
   * was collected in, sorted by region: an organization trail may be homed in any of them. `{ ok: false }`
   * with the reason when the management inventory is not available.
   */
  orgSlicesByRegion<K extends RegionalSliceName>(
    name: K,
  ): SliceResult<
    ReadonlyArray<{
      readonly region: string;
      readonly result: SliceResult<RegionalSlices[K]>;
    }>
  >;
}

export type ComplianceMap = Readonly<Partial<Record<FrameworkId, readonly string[]>>>;

export interface CheckDefinition {
  /** kebab-case `<service>-<resource>-<expected>`, equal to the file name. */
  readonly id: string;
  readonly title: string;
  readonly service: string;
  readonly severity: Severity;
  readonly scope: 'global' | 'regional';
  /** The inventory slices evaluate() reads; only these are collected, and only these may be read. */
  readonly requires: readonly SliceName[];
  /** Slices of the management account's inventory the check reads through ctx.orgSliceResult (org-aware checks). */
  readonly orgRequires?: readonly SliceName[];
  readonly compliance: ComplianceMap;
  readonly remediation: Remediation;
  /** Pure and synchronous. */
  evaluate(ctx: EvaluationContext): readonly CheckResult[];
}

/** What a check file declares: the frameworks it decides itself (the derived ones follow from them). */
export type CheckDeclaration = Omit<CheckDefinition, 'compliance'> & {
  readonly compliance: Readonly<Partial<Record<DeclaredFrameworkId, readonly string[]>>>;
};

/** Gives check files a typed object literal, and adds the derived frameworks' requirements. */
export function defineCheck(declaration: CheckDeclaration): CheckDefinition {
  return { ...declaration, compliance: withRelatedRequirements(declaration.compliance) };
}
