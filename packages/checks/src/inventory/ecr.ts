import type { ReadResult } from './read-result.js';

/** A private ECR repository of the region (DescribeRepositories), with whether it has a lifecycle policy. */
export interface EcrRepository {
  readonly arn: string;
  readonly name: string;
  /** MUTABLE, IMMUTABLE, or a variant with exclusions (MUTABLE_WITH_EXCLUSION, IMMUTABLE_WITH_EXCLUSION). */
  readonly imageTagMutability: string;
  /** The repository's own scan-on-push setting (registry scanning rules may cover it too). */
  readonly scanOnPush: boolean;
  /** Whether a lifecycle policy is set (GetLifecyclePolicy); read on its own per repository. */
  readonly hasLifecyclePolicy: ReadResult<boolean>;
}

/** The registry's scanning configuration in the region (GetRegistryScanningConfiguration). */
export interface EcrRegistryScanning {
  /** BASIC or ENHANCED. */
  readonly scanType: string;
  readonly rules: readonly {
    /** SCAN_ON_PUSH, CONTINUOUS_SCAN or MANUAL. */
    readonly scanFrequency: string;
    /** Repository name filters; `*` matches any characters. */
    readonly repositoryFilters: readonly string[];
  }[];
}
