import { describe, expect, it } from 'vitest';
import {
  evaluate,
  InventoryBuilder,
  policyStatements,
  readFailed,
  readOk,
  sqsQueue,
} from '../../fixtures/index.js';
import type { SqsQueue } from '../../inventory/sqs.js';
import { sqsQueuePolicyNotPublic } from './sqs-queue-policy-not-public.js';

const inRegion = (...queues: SqsQueue[]) =>
  evaluate(
    sqsQueuePolicyNotPublic,
    new InventoryBuilder().regional('us-east-1', 'sqs.queues', queues).build(),
  );

const send = (condition?: object) => ({
  Effect: 'Allow',
  Principal: '*',
  Action: 'sqs:SendMessage',
  Resource: 'arn:aws:sqs:us-east-1:111111111111:q',
  ...(condition ? { Condition: condition } : {}),
});

describe('sqs-queue-policy-not-public', () => {
  it('passes the region when it has no queue', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes queues without policy or narrowed to a source topic, fails open ones', () => {
    const narrowed = send({ ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111111111111:events' } });
    const findings = inRegion(
      sqsQueue('none'),
      sqsQueue('fanout', readOk(policyStatements(narrowed))),
      sqsQueue('open', readOk(policyStatements(send()))),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      ['arn:aws:sqs:us-east-1:111111111111:none', 'PASS'],
      ['arn:aws:sqs:us-east-1:111111111111:fanout', 'PASS'],
      ['arn:aws:sqs:us-east-1:111111111111:open', 'FAIL'],
    ]);
    expect(findings[2]).toMatchObject({
      resourceType: 'AwsSqsQueue',
      evidence: { publicActions: ['sqs:SendMessage'] },
    });
    expect(findings[2]?.message).toBe(
      'The policy of queue open grants everyone access: statement #1 (sqs:SendMessage).',
    );
  });

  it('is an ERROR for the queue whose attributes could not be read', () => {
    expect(inRegion(sqsQueue('q', readFailed('AccessDenied', 'sqs:GetQueueAttributes')))).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
