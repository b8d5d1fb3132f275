export const FRAMEWORK_IDS = ['cis-aws-7.0.0', 'account-checklist'] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

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
}

/** A framework is a view: requirement ids mapped to checks (through each check's `compliance`). */
export interface Framework {
  readonly id: FrameworkId;
  readonly name: string;
  readonly version: string;
  readonly requirements: readonly FrameworkRequirement[];
}
