import type { PolicyStatement } from '../policy/policy-document.js';
import type { ReadResult } from './read-result.js';

/** An SQS queue of the region (ListQueues, GetQueueAttributes). */
export interface SqsQueue {
  readonly url: string;
  readonly arn: string;
  readonly name: string;
  /** Normalized statements of the queue policy; null when it has none. */
  readonly policy: ReadResult<readonly PolicyStatement[] | null>;
  /** Server-side encryption, read by the same GetQueueAttributes call as the policy. */
  readonly encryption: ReadResult<SqsQueueEncryption>;
}

/** SSE-SQS (SqsManagedSseEnabled) or SSE-KMS (KmsMasterKeyId); neither: the queue is not encrypted at rest. */
export interface SqsQueueEncryption {
  readonly sqsManagedSse: boolean;
  /** The KMS key id, ARN or alias of SSE-KMS; null without SSE-KMS. */
  readonly kmsMasterKeyId: string | null;
}
