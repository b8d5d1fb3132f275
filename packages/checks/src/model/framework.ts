import type { Severity } from './severity.js';

export const FRAMEWORK_IDS = [
  'cis-aws-7.0.0',
  'account-checklist',
  'aws-fsbp',
  'nist-800-53-r5',
  'pci-dss-4.0',
] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

/**
 * Frameworks whose check mapping is derived, never declared by a check: AWS relates each FSBP control to
 * NIST SP 800-53 Rev. 5 controls and PCI DSS v4.0.1 requirements, so a check that decides an FSBP control
 * is evidence for those requirements too (see frameworks/related-requirements.ts).
 */
export const DERIVED_FRAMEWORK_IDS = ['nist-800-53-r5', 'pci-dss-4.0'] as const;
export type DerivedFrameworkId = (typeof DERIVED_FRAMEWORK_IDS)[number];
export type DeclaredFrameworkId = Exclude<FrameworkId, DerivedFrameworkId>;

/** Benchmark versions whose requirement ids each CIS requirement also carries, for users on older versions. */
export const LEGACY_CIS_VERSIONS = [
  '1.2.0',
  '1.4.0',
  '1.5.0',
  '2.0.0',
  '3.0.0',
  '4.0.1',
  '5.0.0',
  '6.0.0',
] as const;
export type LegacyCisVersion = (typeof LEGACY_CIS_VERSIONS)[number];

export interface FrameworkRequirement {
  readonly id: string;
  readonly title: string;
  readonly section: string;
  readonly level: 'L1' | 'L2' | null;
  /** What the benchmark itself says: automated (true) or manual (false). */
  readonly automated: boolean;
  /** How the requirement is judged; for requirements no API can decide, the guidance for a human. */
  readonly guidance: string;
  /** The same requirement's id in older benchmark versions (absent when it did not exist there). */
  readonly legacyIds: Readonly<Partial<Record<LegacyCisVersion, string>>>;
  /** AWS Security Hub control ids that cover the same ground (for ASFF export and cross-reference). */
  readonly securityHubControls: readonly string[];
  /** The severity the framework's publisher gives the requirement (AWS FSBP controls), when it gives one. */
  readonly severity?: Severity;
  /** FSBP only: the requirements of the derived frameworks AWS relates the control to. */
  readonly related?: Readonly<Partial<Record<DerivedFrameworkId, readonly string[]>>>;
}

/** A framework is a view: requirement ids mapped to checks (through each check's `compliance`). */
export interface Framework {
  readonly id: FrameworkId;
  readonly name: string;
  readonly version: string;
  readonly requirements: readonly FrameworkRequirement[];
}
