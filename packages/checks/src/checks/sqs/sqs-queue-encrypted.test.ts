import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, readFailed, readOk, sqsQueue } from '../../fixtures/index.js';
import type { SqsQueue } from '../../inventory/sqs.js';
import { sqsQueueEncrypted } from './sqs-queue-encrypted.js';

const REGION = 'eu-west-1';

const withQueues = (...queues: SqsQueue[]) =>
  new InventoryBuilder().regional(REGION, 'sqs.queues', queues).build();

describe('sqs-queue-encrypted', () => {
  it('passes SSE-SQS and SSE-KMS queues and fails one with neither', () => {
    const findings = evaluate(
      sqsQueueEncrypted,
      withQueues(
        sqsQueue('a-sqs-managed'),
        {
          ...sqsQueue('b-kms'),
          encryption: readOk({ sqsManagedSse: false, kmsMasterKeyId: 'alias/queues' }),
        },
        { ...sqsQueue('c-plain'), encryption: readOk({ sqsManagedSse: false, kmsMasterKeyId: null }) },
      ),
    );
    expect(findings.map((f) => [f.resourceId.split(':').at(-1), f.status])).toEqual([
      ['a-sqs-managed', 'PASS'],
      ['b-kms', 'PASS'],
      ['c-plain', 'FAIL'],
    ]);
    expect(findings[1]?.message).toContain('alias/queues');
  });

  it('is an ERROR for a queue whose attributes cannot be read', () => {
    const locked = {
      ...sqsQueue('locked'),
      encryption: readFailed('AccessDenied', 'sqs:GetQueueAttributes'),
    };
    expect(evaluate(sqsQueueEncrypted, withQueues(locked))).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });

  it('passes the region without queues and is an ERROR with the code when queues cannot be listed', () => {
    expect(evaluate(sqsQueueEncrypted, withQueues())).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/eu-west-1' },
    ]);
    const inventory = new InventoryBuilder()
      .regionalError(REGION, 'sqs.queues', 'AccessDenied', 'sqs:ListQueues')
      .build();
    expect(evaluate(sqsQueueEncrypted, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
