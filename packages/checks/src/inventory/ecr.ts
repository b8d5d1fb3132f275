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
