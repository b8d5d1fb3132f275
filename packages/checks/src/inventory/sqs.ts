import type { PolicyStatement } from '../policy/policy-document.js';
import type { ReadResult } from './read-result.js';

/** An SQS queue of the region (ListQueues, GetQueueAttributes). */
export interface SqsQueue {
  readonly url: string;
  readonly arn: string;
  readonly name: string;
  /** Normalized statements of the queue policy; null when it has none. */
  readonly policy: ReadResult<readonly PolicyStatement[] | null>;
}
