import type { PolicyStatement } from '../policy/policy-document.js';

/** An SNS topic of the region (ListTopics + GetTopicAttributes). */
export interface SnsTopic {
  readonly arn: string;
  readonly name: string;
  /** The topic's access policy, normalized; null when the Policy attribute could not be parsed. */
  readonly policyStatements: readonly PolicyStatement[] | null;
  /** Confirmed subscriptions: someone (or something) receives what is published. */
  readonly subscriptionsConfirmed: number;
  /** Subscriptions waiting for their endpoint to confirm: nothing is delivered to them yet. */
  readonly subscriptionsPending: number;
}
